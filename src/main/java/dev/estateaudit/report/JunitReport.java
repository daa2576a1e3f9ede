package dev.estateaudit.report;

import dev.estateaudit.findings.NotEvaluated;
import dev.estateaudit.findings.RuleDescriptor;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.review.FixedFinding;
import dev.estateaudit.review.ReviewedFinding;
import dev.estateaudit.review.ReviewedResult;
import dev.estateaudit.util.TerminalText;
import dev.estateaudit.util.ToolVersion;
import java.io.IOException;
import java.io.Writer;
import dev.estateaudit.findings.JudgedAgainst;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * JUnit XML as CI servers read it (Jenkins, Azure DevOps, GitLab): one testsuite per rule
 * category, one testcase per rule and subject. A finding that fails the gate (at or above
 * --fail-on, not waived, and with --gate new not already in the baseline) is a failure; any other
 * passes with the finding as its output, a waived one is skipped with its waiver as the reason
 * (so CI views show it), a not-evaluated subject is skipped, a finding fixed since the baseline is
 * a passing testcase, and a rule without findings is one passing testcase. The failures are thus
 * exactly the findings that fail the gate. No timestamps or host names: time is always 0, so the
 * same estate gives the same file.
 */
public final class JunitReport implements ReportRenderer {

    /** The suite of fixed findings whose rules did not run this time. */
    static final String NOT_RUN = "not-run";

    @Override
    public void render(AuditReport report, Writer out) throws IOException {
        List<JunitXml.Suite> suites = new ArrayList<>();
        cases(report).forEach((suite, cases) -> suites.add(new JunitXml.Suite(suite, cases.stream().map(JunitReport::testCase).toList())));
        JudgedAgainst judged = report.result().judgedAgainst();
        Map<String, String> properties = new java.util.LinkedHashMap<>();
        properties.put("asOf", judged.asOf().toString());
        properties.put("knowledge.source", judged.catalogue());
        properties.put("knowledge.from", judged.from().toString());
        properties.put("knowledge.horizon", judged.horizon().toString());
        JunitXml.write(out, ToolVersion.NAME + ": " + report.result().estate().getName(), properties, suites);
    }

    /** Cases by category (sorted), rules by id, findings in the audit's order, then the fixed ones. */
    private static Map<String, List<Case>> cases(AuditReport report) {
        Map<String, List<Case>> suites = new TreeMap<>();
        ReviewedResult result = report.result();
        Map<String, List<ReviewedFinding>> findings = result.findings().stream()
                .collect(Collectors.groupingBy(ReviewedFinding::ruleId));
        Map<String, List<NotEvaluated>> skipped = result.notEvaluated().stream()
                .collect(Collectors.groupingBy(NotEvaluated::ruleId));
        Map<String, List<FixedFinding>> fixed = result.fixed().stream()
                .collect(Collectors.groupingBy(FixedFinding::ruleId, TreeMap::new, Collectors.toList()));
        for (RuleDescriptor rule : result.rules()) {
            List<Case> cases = suites.computeIfAbsent(rule.category(), c -> new ArrayList<>());
            List<ReviewedFinding> ruleFindings = findings.getOrDefault(rule.id(), List.of());
            List<FixedFinding> ruleFixed = fixed.getOrDefault(rule.id(), List.of());
            // one rule can find two things about one subject (two broken references of a module):
            // CI servers merge cases of the same name, so the second gets a number
            Map<String, Integer> seen = new HashMap<>();
            String classname = classname(rule.category(), rule.id());
            for (ReviewedFinding f : ruleFindings) {
                cases.add(new Case(classname, numbered(seen, shown(f.subject().label())), outcome(f, report), f, null, null));
            }
            Outcome notEvaluated = report.notEvaluatedFailing().contains(rule.id()) ? Outcome.NOT_EVALUATED_FAILED : Outcome.SKIPPED;
            for (NotEvaluated n : skipped.getOrDefault(rule.id(), List.of())) {
                cases.add(new Case(classname, shown(n.subject().label()), notEvaluated, null, n, null));
            }
            for (FixedFinding f : ruleFixed) {
                cases.add(new Case(classname, numbered(seen, shown(f.subject().label())), Outcome.FIXED, null, null, f));
            }
            if (ruleFindings.isEmpty() && ruleFixed.isEmpty()) {
                cases.add(new Case(classname, "no finding", Outcome.PASSED, null, null, null));
            }
        }
        // the baseline's findings of rules left out of this run (--only/--skip) are listed as fixed too, as in JSON
        Set<String> ran = result.rules().stream().map(RuleDescriptor::id).collect(Collectors.toSet());
        fixed.forEach((ruleId, gone) -> {
            if (!ran.contains(ruleId)) {
                Map<String, Integer> seen = new HashMap<>();
                gone.forEach(f -> suites.computeIfAbsent(NOT_RUN, c -> new ArrayList<>())
                        .add(new Case(classname(NOT_RUN, ruleId), numbered(seen, shown(f.subject().label())), Outcome.FIXED, null, null, f)));
            }
        });
        return suites;
    }

    private static Outcome outcome(ReviewedFinding f, AuditReport report) {
        if (f.waived()) {
            return Outcome.WAIVED;
        }
        if (!failsGate(f.severity(), report.failOn())) {
            return Outcome.PASSED_WITH_FINDING;
        }
        return f.countsToward(report.gate()) ? Outcome.FAILED : Outcome.PASSED_UNCHANGED;
    }

    private static String numbered(Map<String, Integer> seen, String label) {
        int nth = seen.merge(label, 1, Integer::sum);
        return label + (nth == 1 ? "" : " #" + nth);
    }

    private static String classname(String category, String ruleId) {
        return ToolVersion.NAME + "." + category + "." + ruleId;
    }

    private static JunitXml.TestCase testCase(Case c) {
        return switch (c.outcome) {
            case FAILED -> JunitXml.TestCase.failed(c.name, c.classname, shown(c.finding.message()), c.finding.severity().label(),
                    details(c.finding));
            case PASSED_WITH_FINDING -> JunitXml.TestCase.passed(c.name, c.classname,
                    AuditReport.upper(c.finding.severity().label()) + " (below --fail-on): " + details(c.finding));
            case PASSED_UNCHANGED -> JunitXml.TestCase.passed(c.name, c.classname, AuditReport.upper(c.finding.severity().label())
                    + " (unchanged since the baseline; --gate new fails on new findings only): " + details(c.finding));
            case WAIVED -> JunitXml.TestCase.skipped(c.name, c.classname,
                    "waived " + FindingLifeText.acceptance(c.finding.waiver()) + ": " + shown(c.finding.waiver().getJustification()),
                    AuditReport.upper(c.finding.severity().label()) + " (waived): " + details(c.finding));
            case FIXED -> JunitXml.TestCase.passed(c.name, c.classname, "FIXED since the baseline (was " + c.fixed.severity() + "): "
                    + shown(c.fixed.title()) + "\n" + "subject: " + shown(c.fixed.subject().label()) + "\n" + "message: "
                    + shown(c.fixed.message()));
            case SKIPPED -> JunitXml.TestCase.skipped(c.name, c.classname,
                    "not evaluated: missing " + String.join(", ", c.notEvaluated.missing()), null);
            case NOT_EVALUATED_FAILED -> JunitXml.TestCase.failed(c.name, c.classname,
                    "not evaluated: missing " + String.join(", ", c.notEvaluated.missing()), "not-evaluated",
                    "--fail-on-not-evaluated: a check at or above --fail-on " + c.notEvaluated.rule().severity().label()
                            + " could not decide, as facts it reads are missing from the estate");
            case PASSED -> JunitXml.TestCase.passed(c.name, c.classname, null);
        };
    }

    private static String details(ReviewedFinding f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.rule().title()).append('\n');
        sb.append("subject: ").append(shown(f.subject().label())).append('\n');
        sb.append("message: ").append(shown(f.message())).append('\n');
        if (!f.evidence().isEmpty()) {
            sb.append("evidence: ").append(shown(f.evidence().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")))).append('\n');
        }
        sb.append("remediation: ").append(f.rule().remediation());
        if (f.status() != null) {
            sb.append('\n').append("baseline: ").append(f.status().label());
        }
        FindingLifeText.waiverLine(f).ifPresent(line -> sb.append('\n').append(line));
        return sb.toString();
    }

    /**
     * A value from the estate (a name, a message quoting one) as a CI log may show it: one line, its
     * line breaks and control characters as visible escapes, so that it cannot forge a line of the output.
     */
    private static String shown(String value) {
        return TerminalText.escape(value);
    }

    private enum Outcome {
        PASSED, PASSED_WITH_FINDING, PASSED_UNCHANGED, FAILED, SKIPPED, NOT_EVALUATED_FAILED, WAIVED, FIXED
    }

    /** One testcase: a finding, a not-evaluated subject, a fixed finding, or none of them (a passing rule). */
    private record Case(String classname, String name, Outcome outcome, ReviewedFinding finding, NotEvaluated notEvaluated, FixedFinding fixed) {
    }

    static boolean failsGate(Severity severity, Severity failOn) {
        return failOn != null && severity.atLeast(failOn);
    }
}
