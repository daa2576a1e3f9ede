package dev.estateaudit.report;

import dev.estateaudit.cli.BaselineCliTest;
import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.engine.RuleBase;
import dev.estateaudit.engine.RuleSelection;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.estate.LifeTime;
import dev.estateaudit.estate.SourcePosition;
import dev.estateaudit.findings.AuditResult;
import dev.estateaudit.findings.Finding;
import dev.estateaudit.findings.NotEvaluated;
import dev.estateaudit.findings.RuleDescriptor;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.findings.Subject;
import dev.estateaudit.review.AuditOptions;
import dev.estateaudit.review.Baseline;
import dev.estateaudit.review.Gate;
import dev.estateaudit.review.ReviewedResult;
import dev.estateaudit.review.WaiverCalendar;
import dev.estateaudit.review.WaiverFile;
import dev.estateaudit.review.WaiverSet;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Audits the sample estates for the report tests, and builds a hand-made report that covers every case. */
final class SampleAudits {

    /** What the hand-made reports say they were judged against: a fixed day and the built-in catalogue. */
    static final dev.estateaudit.findings.JudgedAgainst JUDGED = dev.estateaudit.findings.JudgedAgainst.of(
            java.time.LocalDate.of(2026, 12, 7), dev.estateaudit.knowledge.PlatformKnowledge.builtin());


    /** For {@code @MethodSource}: every sample estate. */
    static final String SAMPLES = "dev.estateaudit.report.SampleAudits#sampleStream";
    static final String HOSTILE = "<script>alert('x')</script> & | *bold* `code`";

    private SampleAudits() {
    }

    /**
     * Every sample estate, samples/*.yaml by name; an overlay (samples/overlay*.yaml) only completes
     * an imported estate and is not an estate on its own.
     */
    static List<Path> samples() {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().startsWith("overlay")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Path> sampleStream() {
        return samples().stream();
    }

    static AuditReport audit(Path sample) {
        Estate estate = new EstateLoader().load(List.of(sample));
        return new AuditReport(new AuditEngine(List.of(RuleBase.builtin())).audit(estate), Severity.ERROR, "1.2.3");
    }

    static String render(ReportRenderer renderer, AuditReport report) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A report with a finding of every severity, an estate-wide one, a front-end one, a
     * not-evaluated subject and text that must be escaped, gated on warning.
     */
    static AuditReport handMade() {
        Estate estate = new EstateLoader().loadText("estates/hand made.yaml", """
                name: "Hand & made <estate>"
                lifetime: {version: "11.23.0", platformVersion: "11.20.0", dedicated: true}
                environments:
                  - name: Development
                    role: development
                    order: 1
                    platformVersion: "11.30.1"
                  - name: "Prod <main>"
                    role: production
                    order: 2
                    platformVersion: "11.29.0"
                    zones:
                      - name: Global
                        frontEnds: [{name: fe-01}]
                    modules:
                      - {name: Orders_CS}
                """);
        RuleDescriptor outdated = rule("lifetime-outdated", Severity.ERROR, "lifetime");
        RuleDescriptor disabled = rule("front-end-disabled", Severity.WARNING, "front-ends");
        RuleDescriptor missing = rule("lifetime-missing", Severity.INFO, "lifetime");
        RuleDescriptor debug = rule("debug-mode-in-production", Severity.ERROR, "debug");
        RuleDescriptor quiet = rule("module-errors-logged", Severity.WARNING, "modules");
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("environment.platformVersion", "11.30.1");
        evidence.put("lifetime.platformVersion", "11.20.0");
        List<Finding> findings = List.of(
                new Finding(outdated, "Development is newer than LifeTime " + HOSTILE, 
                        new Subject("Development", null, null, null, new SourcePosition("estates/hand made.yaml", 4, 5)), evidence),
                new Finding(disabled, "fe-01 is disabled", new Subject("Prod <main>", null, "Global", "fe-01",
                        new SourcePosition("estates/hand made.yaml", 13, 22)), Map.of("frontEnd.enabled", false)),
                new Finding(missing, "The estate has no LifeTime.", Subject.ESTATE, Map.of()));
        List<NotEvaluated> notEvaluated = List.of(new NotEvaluated(debug,
                new Subject("Prod <main>", "Orders_CS", null, null, new SourcePosition("estates/hand made.yaml", 15, 9)),
                List.of("module.debugMode")));
        AuditResult result = new AuditResult(estate, List.of(debug, disabled, outdated, missing, quiet), findings, notEvaluated, JUDGED);
        return new AuditReport(result, Severity.WARNING, "1.2.3");
    }

    /**
     * A report of {@code count} findings spread over 40 environments and four rules (built without
     * the engine, so it is quick), to see the HTML page stay usable at that size.
     */
    static AuditReport manyFindings(int count) {
        StringBuilder yaml = new StringBuilder("name: Many findings\nupgrade: {targetVersion: \"11.31.0\"}\nenvironments:\n");
        for (int e = 0; e < 40; e++) {
            yaml.append("  - {name: Env-").append(e).append(", role: quality, order: ").append(e)
                    .append(", platformVersion: \"11.30.1\"}\n");
        }
        Estate estate = new EstateLoader().loadText("many.yaml", yaml.toString());
        List<RuleDescriptor> rules = List.of(rule("broken-module-reference", Severity.ERROR, "modules"),
                rule("module-not-republished", Severity.WARNING, "modules"), rule("module-errors-logged", Severity.WARNING, "modules"),
                rule("module-in-debug", Severity.INFO, "debug"));
        List<Finding> findings = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            RuleDescriptor rule = rules.get(i % rules.size());
            String environment = "Env-" + (i / rules.size()) % 40;
            findings.add(new Finding(rule, "Module M_" + i + " in " + environment + " needs attention",
                    new Subject(environment, "M_" + i, null, null, null), Map.of()).withFingerprint("f" + i));
        }
        findings.sort(java.util.Comparator.comparing(Finding::severity));
        return new AuditReport(new AuditResult(estate, rules, findings, List.of(), JUDGED), Severity.ERROR, "1.2.3");
    }

    /** Waives the finding that is new since the baseline (Production ahead of LifeTime). */
    static final String LIFECYCLE_WAIVERS = """
            waivers:
              - rule: lifetime-outdated
                environment: Production
                justification: "LifeTime upgrade <booked> & approved | CAB-7"
                owner: ops@acme.example
                ticket: UPG-1432
                expires: 2027-03-31
            """;

    /**
     * A finding's whole life, audited for real: BaselineCliTest's estate of last month as the
     * baseline and this month's with one waiver, as of 2026-11-01. Development's finding is
     * unchanged, Production's is new and waived, Quality's is fixed. Failing on error, the gate
     * fails on all findings (Development) and passes on new ones (Production's is waived).
     */
    static AuditReport lifecycle(Path dir, Gate gate) {
        AuditEngine engine = new AuditEngine(List.of(RuleBase.builtin()));
        Estate before = new EstateLoader().loadText("estates/before.yaml", BaselineCliTest.BEFORE);
        Path baseline = dir.resolve("baseline.json");
        try {
            Files.writeString(baseline, render(new JsonReport(), new AuditReport(engine.audit(before), Severity.ERROR, "1.2.3")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Estate after = new EstateLoader().loadText("estates/after.yaml", BaselineCliTest.AFTER);
        List<String> ruleIds = engine.rules().stream().map(RuleDescriptor::id).toList();
        WaiverSet waivers = new WaiverSet(WaiverFile.read("waivers.yaml", LIFECYCLE_WAIVERS, ruleIds),
                new WaiverCalendar(LocalDate.of(2026, 11, 1), WaiverCalendar.DEFAULT_WARNING_DAYS));
        ReviewedResult result = Baseline.read(baseline).compare(new AuditOptions(RuleSelection.ALL, waivers).review(engine, after));
        return new AuditReport(result, Severity.ERROR, "1.2.3", gate);
    }

    static RuleDescriptor rule(String id, Severity severity, String category) {
        return new RuleDescriptor(id, severity, "Title of " + id, "Remediation of " + id + " & more", category, "built-in", Map.of());
    }
}
