package dev.estateaudit.report;

import dev.estateaudit.review.BaselineStatus;
import dev.estateaudit.review.FixedFinding;
import dev.estateaudit.util.TerminalText;
import dev.estateaudit.review.Gate;
import dev.estateaudit.review.ReviewedFinding;
import dev.estateaudit.review.ReviewedResult;
import dev.estateaudit.review.Waiver;
import java.util.Optional;

/** The text report's words for waived, new and fixed findings and the gate's scope. */
final class FindingLifeText {

    private FindingLifeText() {
    }

    /** After a finding's title: " (waived)", " (new)", or nothing. */
    static String tag(ReviewedFinding f) {
        if (f.waived()) {
            return " (waived)";
        }
        return f.status() == BaselineStatus.NEW ? " (new)" : "";
    }

    static Optional<String> waiverLine(ReviewedFinding f) {
        Waiver w = f.waiver();
        if (w == null) {
            return Optional.empty();
        }
        return Optional.of("waived:   " + acceptance(w) + ": " + w.getJustification());
    }

    /** Who accepted a finding until when, as every format words it: "until 2026-12-31 by jane.doe@acme.example (UPG-1432)". */
    static String acceptance(Waiver w) {
        return "until " + w.getExpires() + " by " + w.getOwner() + (w.getTicket() == null ? "" : " (" + w.getTicket() + ")");
    }

    record Section(String heading, String body) {
    }

    static Optional<Section> fixedSection(ReviewedResult result) {
        if (result.fixed().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder body = new StringBuilder(" in the baseline, gone now\n");
        for (FixedFinding f : result.fixed()) {
            // a baseline is a file someone else may write: a line break in it must not start a line of the report
            body.append("  ").append(TerminalText.escape(f.ruleId())).append("  ").append(TerminalText.escape(f.subject().label()))
                    .append(": ").append(TerminalText.escape(f.message())).append('\n');
        }
        return Optional.of(new Section("FIXED (" + result.fixed().size() + ")", body.toString()));
    }

    /** Appended to the summary's counts: "; 1 waived; 2 new, 5 unchanged, 1 fixed". */
    static String summary(AuditReport report) {
        ReviewedResult r = report.result();
        String text = r.waivedCount() == 0 ? "" : "; " + r.waivedCount() + " waived";
        if (r.hasBaseline()) {
            text += "; " + r.count(BaselineStatus.NEW) + " new, " + r.count(BaselineStatus.UNCHANGED) + " unchanged, "
                    + r.fixed().size() + " fixed";
        }
        return text;
    }

    static String gateLabel(AuditReport report) {
        return "gate (fail on " + report.failOnLabel() + (report.gate() == Gate.NEW ? ", new findings only" : "") + ")";
    }
}
