package dev.estateaudit.report;

import dev.estateaudit.findings.Severity;
import dev.estateaudit.review.BaselineStatus;
import dev.estateaudit.review.Gate;
import dev.estateaudit.review.ReviewedFinding;
import dev.estateaudit.review.ReviewedResult;
import dev.estateaudit.review.Waiver;
import dev.estateaudit.util.ToolVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the HTML template shows, computed here so the template stays logic-less: counts, chart
 * bars and the staging diagram (see {@link StagingDiagram}). Every string is raw; the template escapes it.
 */
public final class HtmlReportModel {

    static final String ESTATE_WIDE = "(estate)";
    private static final int CHART_BAR_WIDTH = 320;

    public final String estateName;
    public final String files;
    public final String tool;
    /** "as of 2026-12-07; platform catalogue: built-in, horizon 11.43.0". */
    public final String judgedAgainst;
    public final String failOn;
    /** Null when the gate judges every finding; "new findings only" with --gate new. */
    public final String gateScope;
    /** "1 waived (...) · against the baseline b.json: 1 new, 2 unchanged, 3 fixed", or empty when neither applies. */
    public final String life;
    public final boolean hasLife;
    public final String verdict;
    public final boolean passed;
    public final String summary;
    /** Fix first: the same lines, in the same order, as the text report's; empty when nothing blocks. */
    public final List<FixFirstView> fixFirst;
    public final boolean hasFixFirst;
    /** "11 blocking findings on 7 lines (...), in the order the upgrade needs them fixed". */
    public final String fixFirstHeading;
    /** The blocking findings beyond the lines shown (0 when none). */
    public final int fixFirstNotShown;
    public final boolean hasFixFirstNotShown;
    /** "46 of 115 checks evaluated; missing most: ...", the same words as every report's. */
    public final String coverage;
    /** Why --fail-on-not-evaluated failed the gate, or null. */
    public final String notEvaluatedVerdict;
    public final List<Count> counts = new ArrayList<>();
    public final List<Bar> severityBars = new ArrayList<>();
    public final int severityChartHeight;
    public final List<StackedBar> environmentBars = new ArrayList<>();
    public final int environmentChartHeight;
    public final StagingDiagram pipeline;
    public final List<Option> environmentOptions = new ArrayList<>();
    public final List<HtmlFindingGroup> groups;
    /** How many findings the folded groups count but do not list. */
    public final long unlisted;
    public final boolean hasUnlisted;
    public final boolean hasFindings;
    /** The target Platform Server version audited against, or null when the estate plans no upgrade. */
    public final String targetVersion;
    public final List<NotEvaluatedView> notEvaluated;
    public final boolean hasNotEvaluated;
    public final List<FixedView> fixed;
    public final boolean hasFixed;

    HtmlReportModel(AuditReport report) {
        ReviewedResult result = report.result();
        estateName = result.estate().getName();
        files = String.join(", ", result.estate().getFiles());
        tool = ToolVersion.NAME + " " + report.toolVersion();
        judgedAgainst = result.judgedAgainst().describe();
        failOn = report.failOnLabel();
        gateScope = report.gate() == Gate.NEW ? "new findings only" : null;
        life = life(result);
        hasLife = !life.isEmpty();
        verdict = report.verdict();
        passed = report.passed();
        summary = AuditReport.plural(result.estate().getEnvironments().size(), "environment") + ", "
                + AuditReport.plural(result.estate().getModuleCount(), "module") + ", "
                + AuditReport.plural(result.rules().size(), "rule");
        FixFirstList fixFirstList = FixFirstList.of(report);
        fixFirst = fixFirstList.lines().stream().map(l -> new FixFirstView(l.number(), l.first().ruleId(), l.what(),
                l.first().rule().remediation())).toList();
        hasFixFirst = !fixFirst.isEmpty();
        fixFirstHeading = fixFirstList.heading();
        fixFirstNotShown = fixFirstList.notShown();
        hasFixFirstNotShown = fixFirstNotShown > 0;
        coverage = result.coverage().describe();
        notEvaluatedVerdict = report.notEvaluatedVerdict().orElse(null);
        long most = 1;
        for (Severity s : Severity.values()) {
            counts.add(new Count(s.label(), result.count(s)));
            most = Math.max(most, result.count(s));
        }
        counts.add(new Count("not evaluated", result.notEvaluated().size()));
        for (Severity s : Severity.values()) {
            int y = severityBars.size() * 28;
            severityBars.add(new Bar(s.label(), result.count(s), y, y + 15, barWidth(result.count(s), most)));
        }
        severityChartHeight = severityBars.size() * 28;
        List<String> environments = new ArrayList<>();
        environments.add(ESTATE_WIDE);
        result.estate().getEnvironments().forEach(e -> environments.add(e.getName()));
        addEnvironmentBars(result, environments);
        environmentChartHeight = Math.max(28, environmentBars.size() * 28);
        environments.forEach(e -> environmentOptions.add(new Option(e)));
        groups = HtmlFindingGroup.of(result.findings());
        unlisted = groups.stream().mapToLong(g -> g.unlisted).sum();
        hasUnlisted = unlisted > 0;
        hasFindings = !groups.isEmpty();
        targetVersion = result.estate().isUpgradePlanned() ? result.estate().getUpgrade().getTargetVersion().toString() : null;
        notEvaluated = result.notEvaluated().stream()
                .map(n -> new NotEvaluatedView(n.ruleId(), n.subject().label(), String.join(", ", n.missing()))).toList();
        hasNotEvaluated = !notEvaluated.isEmpty();
        fixed = result.fixed().stream()
                .map(f -> new FixedView(f.ruleId(), f.subject().label(), f.severity(), f.message())).toList();
        hasFixed = !fixed.isEmpty();
        pipeline = pipeline(result);
    }

    private static String life(ReviewedResult result) {
        List<String> parts = new ArrayList<>();
        if (result.waivedCount() > 0) {
            parts.add(result.waivedCount() + " waived (not counted by the gate)");
        }
        if (result.hasBaseline()) {
            parts.add("against the baseline " + result.baseline() + ": " + result.count(BaselineStatus.NEW) + " new, "
                    + result.count(BaselineStatus.UNCHANGED) + " unchanged, " + result.fixed().size() + " fixed");
        }
        return String.join(" · ", parts);
    }

    private void addEnvironmentBars(ReviewedResult result, List<String> environments) {
        Map<String, List<ReviewedFinding>> byEnvironment = result.findings().stream().collect(Collectors.groupingBy(HtmlReportModel::environmentOf));
        long most = Math.max(1, byEnvironment.values().stream().mapToLong(List::size).max().orElse(1));
        for (String environment : environments) {
            List<ReviewedFinding> findings = byEnvironment.getOrDefault(environment, List.of());
            if (findings.isEmpty() && ESTATE_WIDE.equals(environment)) {
                continue;
            }
            int y = environmentBars.size() * 28;
            List<Segment> segments = new ArrayList<>();
            int x = 0;
            for (Severity s : Severity.values()) {
                long n = findings.stream().filter(f -> f.severity() == s).count();
                if (n > 0) {
                    int width = barWidth(n, most);
                    segments.add(new Segment(s.label(), x, width, n));
                    x += width;
                }
            }
            environmentBars.add(new StackedBar(environment, findings.size(), y, y + 15, segments, x));
        }
    }

    static String environmentOf(ReviewedFinding f) {
        return f.subject().environment() == null ? ESTATE_WIDE : f.subject().environment();
    }

    private static int barWidth(long count, long most) {
        return count == 0 ? 0 : (int) Math.max(4, Math.round(CHART_BAR_WIDTH * (double) count / most));
    }

    /** "error", "warning", "info", or "ok" when nothing was found. */
    static String worst(List<ReviewedFinding> findings) {
        return findings.stream().map(ReviewedFinding::severity).min(Comparator.naturalOrder()).map(Severity::label).orElse("ok");
    }

    public record Count(String label, long count) {
        public String cssClass() {
            return label.replace(' ', '-');
        }
    }

    public record Bar(String label, long count, int y, int textY, int width) {
        public int countX() {
            return 110 + width + 6;
        }
    }

    public record Segment(String severity, int x, int width, long count) {
        public int absoluteX() {
            return 150 + x;
        }
    }

    public record StackedBar(String label, long count, int y, int textY, List<Segment> segments, int width) {
        public int countX() {
            return 150 + width + 6;
        }
    }

    public record Option(String value) {
    }

    public record EvidenceView(String key, String value) {
    }

    public record NotEvaluatedView(String ruleId, String subject, String missing) {
    }

    /** A finding of the baseline that is gone, with the severity it had there. */
    public record FixedView(String ruleId, String subject, String severity, String message) {
    }

    /** Who accepted a finding, until when, why, and where the waiver is written. */
    public record WaiverView(String acceptance, String justification, String source) {
        static WaiverView of(Waiver w) {
            return w == null ? null : new WaiverView(FindingLifeText.acceptance(w), w.getJustification(),
                    w.getPosition() == null ? null : w.getPosition().file() + ":" + w.getPosition().line());
        }
    }

    public static final class FindingView {
        public final String severity;
        public final String environment;
        public final String ruleId;
        public final String title;
        public final String subject;
        public final String message;
        public final String remediation;
        public final List<EvidenceView> evidence;
        public final boolean hasEvidence;
        public final WaiverView waiver;
        public final boolean isNew;
        public final boolean unchanged;
        /** For the status filter: "new", "unchanged" and "waived" as apply, space-separated. */
        public final String status;

        FindingView(ReviewedFinding f) {
            severity = f.severity().label();
            environment = environmentOf(f);
            ruleId = f.ruleId();
            title = f.rule().title();
            subject = f.subject().label();
            message = f.message();
            remediation = f.rule().remediation();
            evidence = f.evidence().entrySet().stream().map(e -> new EvidenceView(e.getKey(), String.valueOf(e.getValue()))).toList();
            hasEvidence = !evidence.isEmpty();
            waiver = WaiverView.of(f.waiver());
            isNew = f.status() == BaselineStatus.NEW;
            unchanged = f.status() == BaselineStatus.UNCHANGED;
            status = ((f.status() == null ? "" : f.status().label()) + (f.waived() ? " waived" : "")).trim();
        }
    }

    /** The staging diagram, each box coloured by its worst finding; LifeTime's are the lifetime rules'. */
    private static StagingDiagram pipeline(ReviewedResult result) {
        return new StagingDiagram(result.estate(), e -> {
            String worst = worst(result.findings().stream().filter(f -> Objects.equals(f.subject().environment(), e.getName())).toList());
            return new StagingDiagram.Label("Platform Server " + e.getPlatformVersion(), e.getRole() == null ? "" : e.getRole().toString(),
                    worst, e.getName() + ": worst finding " + worst);
        }, lt -> {
            String worst = worst(result.findings().stream().filter(f -> "lifetime".equals(f.rule().category())).toList());
            return new StagingDiagram.Label("Platform Server " + lt.getPlatformVersion(), lt.getVersion() == null ? "" : "LifeTime " + lt.getVersion(),
                    worst, "LifeTime: worst finding " + worst);
        });
    }

    /** One Fix first line: its number, rule, what it is about and the rule's fix. */
    public record FixFirstView(int number, String ruleId, String what, String remediation) {
    }
}
