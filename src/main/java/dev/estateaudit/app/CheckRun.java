package dev.estateaudit.app;

import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.engine.RuleBase;
import dev.estateaudit.engine.RulePhase;
import dev.estateaudit.engine.RuleSelection;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.estate.Version;
import dev.estateaudit.findings.RuleDescriptor;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.readiness.ReadinessMatrix;
import dev.estateaudit.report.AuditReport;
import dev.estateaudit.review.AuditOptions;
import dev.estateaudit.review.Baseline;
import dev.estateaudit.review.Gate;
import dev.estateaudit.review.ReviewedResult;
import dev.estateaudit.review.WaiverCalendar;
import dev.estateaudit.review.WaiverFile;
import dev.estateaudit.review.WaiverSet;
import dev.estateaudit.util.UsageException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code check} use case: read the estate once, audit it with the selected rules, review the
 * findings against waivers and a baseline, and judge them by the gate; or, for several targets,
 * the readiness matrix. Writing the reports is the caller's part.
 */
public final class CheckRun {

    /** How findings are reviewed: waivers judged as of a date, an optional baseline, the gate. */
    public record Review(RuleSelection selection, Path waivers, LocalDate asOf, int waiverWarningDays, Path baseline,
                         Severity failOn, Gate gate) {

        public static Review defaults(Severity failOn) {
            return new Review(RuleSelection.ALL, null, LocalDate.now(java.time.ZoneOffset.UTC), WaiverCalendar.DEFAULT_WARNING_DAYS, null, failOn, Gate.ALL);
        }

        /** The same review, judged as of {@code day}. */
        public Review asOf(LocalDate day) {
            return new Review(selection, waivers, day, waiverWarningDays, baseline, failOn, gate);
        }
    }

    private final AuditEngine engine;
    private final Review review;
    private java.util.function.Consumer<String> progress = phase -> { };

    public CheckRun(AuditEngine engine, Review review) {
        this.engine = engine.judgedAsOf(review.asOf());
        this.review = review;
    }

    /** Told the name of each phase as it starts ("reading the estate", "running the rules"), for a progress line. */
    public CheckRun onPhase(java.util.function.Consumer<String> listener) {
        this.progress = listener;
        return this;
    }

    /** One report: the estate audited against {@code target}, or its own upgrade.targetVersion when null. */
    public AuditReport report(List<Path> estateFiles, Version target) {
        buildWaiverRulesInBackground();
        progress.accept("reading the estate");
        Estate loaded = new EstateLoader().load(estateFiles);
        Estate estate = target == null ? loaded : loaded.withTargetVersion(target);
        progress.accept("running the rules on " + estate.getModuleCount() + " modules");
        ReviewedResult result = auditOptions().review(engine, estate);
        if (review.baseline() != null) {
            result = Baseline.read(review.baseline()).compare(result);
        }
        return new AuditReport(result, review.failOn(), review.gate());
    }

    /** Several targets: one parsed estate audited per target. */
    public ReadinessMatrix readiness(List<Path> estateFiles, List<Version> targets) {
        buildWaiverRulesInBackground();
        return ReadinessMatrix.audit(new EstateLoader().load(estateFiles), targets, engine, auditOptions(), review.failOn());
    }

    /** With waivers, the waiver phase's rules are built in the background while the estate is read and audited. */
    private void buildWaiverRulesInBackground() {
        if (review.waivers() != null) {
            RuleBase.buildInBackground(RulePhase.WAIVERS);
        }
    }

    /** The rule selection checked against the rules of the run, and the waivers read against them. */
    private AuditOptions auditOptions() {
        List<String> ids = engine.rules().stream().map(RuleDescriptor::id).toList();
        List<String> problems = review.selection().problems(ids);
        if (!problems.isEmpty()) {
            throw new UsageException(String.join("\n  ", problems));
        }
        WaiverSet waivers = review.waivers() == null ? WaiverSet.NONE
                : new WaiverSet(WaiverFile.read(review.waivers(), ids), new WaiverCalendar(review.asOf(), review.waiverWarningDays()));
        return new AuditOptions(review.selection(), waivers);
    }
}
