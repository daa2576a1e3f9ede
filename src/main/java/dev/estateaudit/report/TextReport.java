package dev.estateaudit.report;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.findings.NotEvaluated;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.review.ReviewedFinding;
import dev.estateaudit.review.ReviewedResult;
import dev.estateaudit.util.TerminalText;
import dev.estateaudit.util.ToolVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report for people: what to fix first, then findings grouped by severity, environment and
 * rule, each with its subject, message, evidence and remediation, and a summary line with the
 * gate's verdict. A rule that fires for many subjects of one environment is shown once with its
 * count and the first few subjects, so a large estate's report stays readable; {@code listEvery}
 * (check --all) lists each one. The machine formats always keep every finding.
 */
public final class TextReport implements ReportRenderer {

    private final Ansi ansi;
    private final boolean listEvery;

    public TextReport(boolean colour) {
        this(colour, false);
    }

    public TextReport(boolean colour, boolean listEvery) {
        this.ansi = new Ansi(colour);
        this.listEvery = listEvery;
    }

    @Override
    public void render(AuditReport report, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        ReviewedResult result = report.result();
        Estate estate = result.estate();
        out.print(ansi.bold(ToolVersion.NAME + " " + report.toolVersion() + ": " + t(estate.getName())) + "\n");
        out.print("Estate: " + t(String.join(", ", estate.getFiles())) + " (" + AuditReport.plural(estate.getEnvironments().size(), "environment")
                + ", " + AuditReport.plural(estate.getModuleCount(), "module") + "); " + AuditReport.plural(result.rules().size(), "rule") + "\n");
        out.print("Judged " + t(result.judgedAgainst().describe()) + "\n");
        fixFirst(out, report);
        for (Severity severity : Severity.values()) {
            List<ReviewedFinding> findings = result.findings().stream().filter(f -> f.severity() == severity).toList();
            if (findings.isEmpty()) {
                continue;
            }
            out.print("\n" + ansi.severity(severity, AuditReport.upper(severity.label()) + " (" + findings.size() + ")") + "\n");
            FindingGroups.of(findings, f -> f.subject().environment(), ReviewedFinding::ruleId).forEach((env, groups) -> {
                out.print("  " + ansi.bold(env.isEmpty() ? "Estate" : t(env)) + "\n");
                groups.forEach(group -> printGroup(out, group));
            });
        }
        if (!result.notEvaluated().isEmpty()) {
            out.print("\n" + ansi.bold("NOT EVALUATED (" + result.notEvaluated().size() + ")")
                    + " facts missing from the estate; these rules could not decide\n");
            FindingGroups.of(result.notEvaluated(), n -> n.subject().environment(), NotEvaluated::ruleId)
                    .values().forEach(groups -> groups.forEach(group -> printNotEvaluated(out, group)));
        }
        FindingLifeText.fixedSection(result).ifPresent(section -> out.print("\n" + ansi.bold(t(section.heading())) + TerminalText.escapeKeepingLines(section.body())));
        if (result.findings().isEmpty()) {
            out.print("\nNo findings.\n");
        }
        out.print("\n");
        verdict(out, report);
        out.flush();
    }

    /**
     * The report's head and verdict without the findings, for a terminal when every report went to
     * a file: which estate, as of when, the coverage, the counts and the gate.
     */
    public void renderSummary(AuditReport report, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        ReviewedResult result = report.result();
        out.print(ansi.bold(ToolVersion.NAME + " " + report.toolVersion() + ": " + t(result.estate().getName())) + "\n");
        out.print("Judged " + t(result.judgedAgainst().describe()) + "\n");
        verdict(out, report);
        out.flush();
    }

    private void verdict(PrintWriter out, AuditReport report) {
        out.print("Coverage: " + t(report.result().coverage().describe()) + "\n");
        out.print(summary(report) + "\n");
        report.notEvaluatedVerdict().ifPresent(why -> out.print(ansi.red("Gate failed") + ": " + t(why)
                + " (--fail-on-not-evaluated)\n"));
    }

    /** The blocking findings in the order the upgrade needs them fixed, one line each with its fix ({@link FixFirstList}). */
    private void fixFirst(PrintWriter out, AuditReport report) {
        FixFirstList list = FixFirstList.of(report);
        if (list.isEmpty()) {
            return;
        }
        out.print("\n" + ansi.red("FIX FIRST") + " (" + list.heading() + ")\n");
        for (FixFirstList.Line line : list.lines()) {
            out.print(String.format(Locale.ROOT, "  %2d. [%s] %s Fix: %s\n", line.number(), t(line.first().ruleId()), t(line.what()),
                    t(line.first().rule().remediation())));
        }
        if (list.notShown() > 0) {
            out.print("      ... and " + list.notShown() + " more under ERROR below\n");
        }
    }

    private void printGroup(PrintWriter out, FindingGroups.Group<ReviewedFinding> group) {
        if (!group.folded(listEvery)) {
            group.items().forEach(f -> printFinding(out, f));
            return;
        }
        ReviewedFinding first = group.items().get(0);
        out.print("    " + ansi.severity(first.severity(), "[" + t(first.ruleId()) + "]") + " " + t(first.rule().title())
                + " (" + group.items().size() + " in " + (group.environment() == null ? "the estate" : t(group.environment()))
                + "; the first " + FindingGroups.SHOWN_PER_GROUP + " below, check --all lists every one)\n");
        for (ReviewedFinding f : group.shown(listEvery)) {
            out.print("      - " + t(f.subject().label() + ": " + f.message() + FindingLifeText.tag(f)) + "\n");
        }
        out.print("      fix:      " + t(first.rule().remediation()) + "\n");
    }

    private void printNotEvaluated(PrintWriter out, FindingGroups.Group<NotEvaluated> group) {
        for (NotEvaluated n : group.shown(listEvery)) {
            out.print("  " + t(n.ruleId() + "  " + n.subject().label() + ": missing " + String.join(", ", n.missing())) + "\n");
        }
        if (group.folded(listEvery)) {
            out.print("  " + t(group.ruleId()) + "  ... and " + (group.items().size() - FindingGroups.SHOWN_PER_GROUP)
                    + " more in " + (group.environment() == null ? "the estate" : t(group.environment()))
                    + " (check --all lists every one)\n");
        }
    }

    private void printFinding(PrintWriter out, ReviewedFinding f) {
        out.print("    " + ansi.severity(f.severity(), "[" + t(f.ruleId()) + "]") + " " + t(f.rule().title())
                + FindingLifeText.tag(f) + "\n");
        String subject = f.subject().label();
        if (!f.subject().isEstate() && !subject.equals(f.subject().environment())) {
            out.print("      subject:  " + t(subject) + "\n");
        }
        out.print("      " + t(f.message()) + "\n");
        if (!f.evidence().isEmpty()) {
            out.print("      evidence: " + t(f.evidence().entrySet().stream()
                    .map(TextReport::evidence).collect(Collectors.joining(", "))) + "\n");
        }
        out.print("      fix:      " + t(f.rule().remediation()) + "\n");
        FindingLifeText.waiverLine(f).ifPresent(line -> out.print("      " + t(line) + "\n"));
    }

    private static String evidence(Map.Entry<String, Object> e) {
        return e.getKey() + "=" + e.getValue();
    }

    private String summary(AuditReport report) {
        ReviewedResult r = report.result();
        String counts = AuditReport.plural(r.count(Severity.ERROR), "error") + ", "
                + AuditReport.plural(r.count(Severity.WARNING), "warning") + ", "
                + r.count(Severity.INFO) + " info, " + r.notEvaluated().size() + " not evaluated";
        counts += t(FindingLifeText.summary(report));
        String gate = FindingLifeText.gateLabel(report) + ": " + report.verdict();
        return "Summary: " + counts + "; " + (report.passed() ? ansi.green(gate) : ansi.red(gate));
    }

    /** A value from the input, made safe for a terminal: only this report's own colours are control codes. */
    private static String t(String value) {
        return TerminalText.escape(value);
    }

    /** ANSI colour, or plain text when colour is off. */
    private record Ansi(boolean on) {
        String bold(String s) {
            return wrap("1", s);
        }

        String red(String s) {
            return wrap("31;1", s);
        }

        String green(String s) {
            return wrap("32;1", s);
        }

        String severity(Severity severity, String s) {
            return switch (severity) {
                case ERROR -> wrap("31", s);
                case WARNING -> wrap("33", s);
                case INFO -> wrap("36", s);
            };
        }

        private String wrap(String code, String s) {
            return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
        }
    }
}
