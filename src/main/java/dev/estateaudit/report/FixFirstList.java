package dev.estateaudit.report;

import dev.estateaudit.findings.Severity;
import dev.estateaudit.review.ReviewedFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every report's Fix first shows, computed once so text, Markdown, HTML and JSON agree: the
 * blocking findings (errors the gate counts) in the order the upgrade needs them fixed
 * ({@link FixFirstOrder}), and at most {@link #LIMIT} lines, a rule's findings in one environment
 * sharing a line so that ten lines say ten different things.
 */
public final class FixFirstList {

    /** At most this many lines head a report. */
    public static final int LIMIT = 10;

    /** One line: a rule's blocking findings in one environment, the first of them shown. */
    public record Line(int number, List<ReviewedFinding> findings) {

        public ReviewedFinding first() {
            return findings.get(0);
        }

        /** "Production / Orders_CS: message", or "Production: 3 findings, the first Production / Orders_CS: message". */
        public String what() {
            ReviewedFinding f = first();
            if (findings.size() == 1) {
                return f.subject().label() + ": " + f.message();
            }
            return (f.subject().environment() == null ? "estate" : f.subject().environment()) + ": " + findings.size()
                    + " findings, the first " + f.subject().label() + ": " + f.message();
        }
    }

    private final List<ReviewedFinding> blocking;
    private final List<Line> lines;
    private final int lineCount;

    private FixFirstList(List<ReviewedFinding> blocking, List<Line> lines, int lineCount) {
        this.blocking = blocking;
        this.lines = lines;
        this.lineCount = lineCount;
    }

    public static FixFirstList of(AuditReport report) {
        List<ReviewedFinding> blocking = report.result().findings().stream()
                .filter(f -> f.severity() == Severity.ERROR && f.countsToward(report.gate()))
                .sorted(FixFirstOrder.standard().comparator(report.result().estate())).toList();
        Map<String, List<ReviewedFinding>> grouped = new LinkedHashMap<>();
        for (ReviewedFinding f : blocking) {
            grouped.computeIfAbsent(f.ruleId() + "\u0000" + f.subject().environment(), k -> new ArrayList<>()).add(f);
        }
        List<Line> lines = new ArrayList<>();
        for (List<ReviewedFinding> same : grouped.values()) {
            if (lines.size() == LIMIT) {
                break;
            }
            lines.add(new Line(lines.size() + 1, List.copyOf(same)));
        }
        return new FixFirstList(blocking, List.copyOf(lines), grouped.size());
    }

    public boolean isEmpty() {
        return blocking.isEmpty();
    }

    /** Every blocking finding, in fix order (JSON's fixFirst lists them all). */
    public List<ReviewedFinding> blocking() {
        return blocking;
    }

    /** The lines shown, at most {@link #LIMIT}. */
    public List<Line> lines() {
        return lines;
    }

    /** The blocking findings the shown lines leave out. */
    public int notShown() {
        return blocking.size() - lines.stream().mapToInt(l -> l.findings().size()).sum();
    }

    /**
     * "11 blocking findings on 7 lines, a rule's findings in one environment sharing a line, in the
     * order the upgrade needs them fixed": the count above the lines says why it differs from theirs.
     */
    public String heading() {
        String count = AuditReport.plural(blocking.size(), "blocking finding");
        if (lineCount != blocking.size()) {
            count += " on " + AuditReport.plural(lineCount, "line") + " (a rule's findings in one environment share a line)";
        }
        return count + ", in the order the upgrade needs them fixed";
    }
}
