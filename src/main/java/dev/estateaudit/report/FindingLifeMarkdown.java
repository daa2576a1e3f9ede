package dev.estateaudit.report;

import dev.estateaudit.review.BaselineStatus;
import dev.estateaudit.review.FixedFinding;
import dev.estateaudit.review.Gate;
import dev.estateaudit.review.ReviewedFinding;
import dev.estateaudit.review.ReviewedResult;
import dev.estateaudit.review.Waiver;

/** The Markdown report's marks for waived, new and fixed findings and the gate's scope. */
final class FindingLifeMarkdown {

    private FindingLifeMarkdown() {
    }

    /** After "fail on **error**": the gate's scope when it is not every finding. */
    static String gateScope(AuditReport report) {
        return report.gate() == Gate.NEW ? ", **new findings only**" : "";
    }

    /** A line under the gate for the waivers and the baseline, or nothing when neither was used. */
    static String summaryLine(ReviewedResult result) {
        StringBuilder line = new StringBuilder();
        if (result.waivedCount() > 0) {
            line.append("Waived: **").append(result.waivedCount()).append("** (not counted by the gate)");
        }
        if (result.hasBaseline()) {
            line.append(line.isEmpty() ? "" : " · ").append("Since the baseline ").append(Markdown.escape(result.baseline()))
                    .append(": **").append(result.count(BaselineStatus.NEW)).append("** new, ")
                    .append(result.count(BaselineStatus.UNCHANGED)).append(" unchanged, **")
                    .append(result.fixed().size()).append("** fixed");
        }
        return line.isEmpty() ? "" : line + "\n\n";
    }

    /** After a finding's title: " · **new**", " · unchanged", " · **waived**", or nothing. */
    static String marks(ReviewedFinding f) {
        String marks = "";
        if (f.status() == BaselineStatus.NEW) {
            marks += " · **new**";
        } else if (f.status() == BaselineStatus.UNCHANGED) {
            marks += " · unchanged";
        }
        return f.waived() ? marks + " · **waived**" : marks;
    }

    /** The line under a waived finding: who accepted it, until when, and why. */
    static String waiverLine(ReviewedFinding f) {
        Waiver w = f.waiver();
        return w == null ? "" : "<br>\n  Waived " + Markdown.escape(FindingLifeText.acceptance(w)) + ": "
                + Markdown.escape(w.getJustification());
    }

    /** The baseline's findings that are gone, folded like the other sections. */
    static void appendFixed(StringBuilder md, ReviewedResult result) {
        if (result.fixed().isEmpty()) {
            return;
        }
        md.append("<details><summary><b>Fixed since the baseline</b>: ").append(result.fixed().size()).append("</summary>\n\n");
        for (FixedFinding f : result.fixed()) {
            if (md.length() > MarkdownReport.BUDGET) {
                md.append("- …\n");
                break;
            }
            md.append("- ").append(f.severity()).append(" ").append(Markdown.code(f.ruleId())).append(" ")
                    .append(Markdown.escape(f.subject().label())).append(": ").append(Markdown.escape(f.message())).append('\n');
        }
        md.append("\n</details>\n\n");
    }
}
