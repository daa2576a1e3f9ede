package dev.estateaudit.report;

import dev.estateaudit.findings.NotEvaluated;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.review.ReviewedFinding;
import dev.estateaudit.review.ReviewedResult;
import dev.estateaudit.util.ToolVersion;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Markdown for pull-request comments and CI job summaries: the verdict and a severity table up
 * front, then the findings by environment, each environment folded in a {@code <details>} block,
 * waived findings with their waiver and, against a baseline, marked new or unchanged, then the
 * findings fixed since the baseline.
 * Stays under GitHub's comment limit: past {@link #BUDGET} characters, findings are counted, not listed.
 */
public final class MarkdownReport implements ReportRenderer {

    /** GitHub refuses comments over 65,536 characters; keep room for the closing lines. */
    static final int BUDGET = 60_000;
    private static final String ESTATE = "Estate-wide";

    @Override
    public void render(AuditReport report, Writer out) throws IOException {
        ReviewedResult result = report.result();
        StringBuilder md = new StringBuilder();
        md.append("## ").append(report.passed() ? "✅" : "❌").append(" estate-audit: ")
                .append(Markdown.escape(result.estate().getName())).append(" — gate ").append(report.verdict()).append("\n\n");
        md.append("Gate: fail on **").append(report.failOnLabel()).append("**").append(FindingLifeMarkdown.gateScope(report)).append(" · ")
                .append(AuditReport.plural(result.estate().getEnvironments().size(), "environment")).append(" · ")
                .append(AuditReport.plural(result.estate().getModuleCount(), "module")).append(" · ")
                .append(AuditReport.plural(result.rules().size(), "rule")).append(" · ")
                .append(ToolVersion.NAME).append(' ').append(report.toolVersion()).append("\n\n");
        md.append("Judged ").append(Markdown.escape(result.judgedAgainst().describe())).append("\n\n");
        md.append(FindingLifeMarkdown.summaryLine(result));
        md.append("Coverage: ").append(Markdown.escape(result.coverage().describe())).append("\n\n");
        report.notEvaluatedVerdict().ifPresent(why -> md.append("**Gate failed**: ").append(Markdown.escape(why))
                .append(" (`--fail-on-not-evaluated`)\n\n"));
        md.append("| Severity | Count |\n|---|---:|\n");
        for (Severity s : Severity.values()) {
            md.append("| ").append(s.label()).append(" | ").append(result.count(s)).append(" |\n");
        }
        md.append("| not evaluated | ").append(result.notEvaluated().size()).append(" |\n\n");
        appendFixFirst(md, report);
        int omitted = appendFindings(md, report);
        FindingLifeMarkdown.appendFixed(md, result);
        appendNotEvaluated(md, result.notEvaluated());
        if (omitted > 0) {
            md.append("_").append(AuditReport.plural(omitted, "more finding"))
                    .append(" not shown to keep this comment short; see the full report._\n");
        }
        out.write(md.toString().stripTrailing() + "\n");
    }

    /** The text report's Fix first, in the same order and the same lines ({@link FixFirstList}). */
    private static void appendFixFirst(StringBuilder md, AuditReport report) {
        FixFirstList list = FixFirstList.of(report);
        if (list.isEmpty()) {
            return;
        }
        md.append("### Fix first\n\n").append(Markdown.escape(list.heading())).append(":\n\n");
        for (FixFirstList.Line line : list.lines()) {
            md.append(line.number()).append(". `").append(line.first().ruleId()).append("` ")
                    .append(Markdown.escape(line.what())).append(" **Fix:** ")
                    .append(Markdown.escape(line.first().rule().remediation())).append('\n');
        }
        if (list.notShown() > 0) {
            md.append("\n_… and ").append(list.notShown()).append(" more among the errors below._\n");
        }
        md.append('\n');
    }

    /** Returns how many findings did not fit in the budget. */
    private static int appendFindings(StringBuilder md, AuditReport report) {
        ReviewedResult result = report.result();
        if (result.findings().isEmpty()) {
            md.append("No findings.\n\n");
            return 0;
        }
        Map<String, List<ReviewedFinding>> byEnvironment = new LinkedHashMap<>();
        byEnvironment.put(ESTATE, new ArrayList<>());
        result.estate().getEnvironments().forEach(e -> byEnvironment.put(e.getName(), new ArrayList<>()));
        result.findings().forEach(f -> byEnvironment.computeIfAbsent(environmentLabel(f), k -> new ArrayList<>()).add(f));
        byEnvironment.values().removeIf(List::isEmpty);
        int omitted = 0;
        md.append("### Findings by environment\n\n");
        for (Map.Entry<String, List<ReviewedFinding>> group : byEnvironment.entrySet()) {
            if (md.length() > BUDGET) {
                omitted += group.getValue().size();
                continue;
            }
            List<ReviewedFinding> findings = group.getValue();
            // open where an error counts toward the gate; waived and (with --gate new) unchanged ones stay folded
            md.append("<details").append(findings.stream()
                            .anyMatch(f -> f.severity() == Severity.ERROR && f.countsToward(report.gate())) ? " open" : "")
                    .append("><summary><b>").append(Markdown.escape(group.getKey())).append("</b>: ")
                    .append(counts(findings)).append("</summary>\n\n");
            for (ReviewedFinding f : findings) {
                if (md.length() > BUDGET) {
                    omitted++;
                    continue;
                }
                appendFinding(md, f);
            }
            md.append("\n</details>\n\n");
        }
        return omitted;
    }

    private static void appendFinding(StringBuilder md, ReviewedFinding f) {
        md.append("- **").append(f.severity().label()).append("** ").append(Markdown.code(f.ruleId())).append(" ")
                .append(Markdown.escape(f.rule().title()));
        if (!f.subject().isEstate() && !f.subject().label().equals(f.subject().environment())) {
            md.append(" — ").append(Markdown.escape(f.subject().label()));
        }
        md.append(FindingLifeMarkdown.marks(f));
        md.append("<br>\n  ").append(Markdown.escape(f.message()));
        if (!f.evidence().isEmpty()) {
            md.append("<br>\n  Evidence: ").append(f.evidence().entrySet().stream()
                    .map(e -> Markdown.escape(e.getKey() + " = " + e.getValue())).collect(Collectors.joining(", ")));
        }
        md.append("<br>\n  Fix: ").append(Markdown.escape(f.rule().remediation()));
        md.append(FindingLifeMarkdown.waiverLine(f)).append('\n');
    }

    private static void appendNotEvaluated(StringBuilder md, List<NotEvaluated> notEvaluated) {
        if (notEvaluated.isEmpty()) {
            return;
        }
        md.append("<details><summary><b>Not evaluated</b>: ").append(notEvaluated.size())
                .append(" (facts missing from the estate)</summary>\n\n");
        for (NotEvaluated n : notEvaluated) {
            if (md.length() > BUDGET) {
                md.append("- …\n");
                break;
            }
            md.append("- ").append(Markdown.code(n.ruleId())).append(" ").append(Markdown.escape(n.subject().label()))
                    .append(": missing ").append(Markdown.escape(String.join(", ", n.missing()))).append('\n');
        }
        md.append("\n</details>\n\n");
    }

    private static String environmentLabel(ReviewedFinding f) {
        return f.subject().environment() == null ? ESTATE : f.subject().environment();
    }

    private static String counts(List<ReviewedFinding> findings) {
        return Arrays.stream(Severity.values())
                .map(s -> Map.entry(s, findings.stream().filter(f -> f.severity() == s).count()))
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() == Severity.INFO ? e.getValue() + " info" : AuditReport.plural(e.getValue(), e.getKey().label()))
                .collect(Collectors.joining(", "));
    }
}
