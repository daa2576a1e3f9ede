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
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The report for people: findings grouped by severity, then environment, each with its subject,
 * message, evidence and remediation, and a summary line with the gate's verdict.
 */
public final class TextReport implements ReportRenderer {

    private final Ansi ansi;

    public TextReport(boolean colour) {
        this.ansi = new Ansi(colour);
    }

    @Override
    public void render(AuditReport report, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        ReviewedResult result = report.result();
        Estate estate = result.estate();
        out.print(ansi.bold(ToolVersion.NAME + " " + report.toolVersion() + ": " + t(estate.getName())) + "\n");
        out.print("Estate: " + t(String.join(", ", estate.getFiles())) + " (" + AuditReport.plural(estate.getEnvironments().size(), "environment")
                + ", " + AuditReport.plural(estate.getModuleCount(), "module") + "); " + AuditReport.plural(result.rules().size(), "rule") + "\n");
        for (Severity severity : Severity.values()) {
            List<ReviewedFinding> findings = result.findings().stream().filter(f -> f.severity() == severity).toList();
            if (findings.isEmpty()) {
                continue;
            }
            out.print("\n" + ansi.severity(severity, AuditReport.upper(severity.label()) + " (" + findings.size() + ")") + "\n");
            String environment = "\u0000";
            for (ReviewedFinding f : findings) {
                String env = f.subject().environment();
                if (!Objects.equals(env, environment)) {
                    environment = env;
                    out.print("  " + ansi.bold(env == null ? "Estate" : t(env)) + "\n");
                }
                printFinding(out, f);
            }
        }
        if (!result.notEvaluated().isEmpty()) {
            out.print("\n" + ansi.bold("NOT EVALUATED (" + result.notEvaluated().size() + ")")
                    + " facts missing from the estate; these rules could not decide\n");
            for (NotEvaluated n : result.notEvaluated()) {
                out.print("  " + t(n.ruleId() + "  " + n.subject().label() + ": missing " + String.join(", ", n.missing())) + "\n");
            }
        }
        FindingLifeText.fixedSection(result).ifPresent(section -> out.print("\n" + ansi.bold(t(section.heading())) + TerminalText.escapeKeepingLines(section.body())));
        if (result.findings().isEmpty()) {
            out.print("\nNo findings.\n");
        }
        out.print("\n" + summary(report) + "\n");
        out.flush();
    }

    private void printFinding(PrintWriter out, ReviewedFinding f) {
        out.print("    " + ansi.severity(f.severity(), "[" + t(f.ruleId()) + "]") + " " + t(f.rule().title()
                + FindingLifeText.tag(f)) + "\n");
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
