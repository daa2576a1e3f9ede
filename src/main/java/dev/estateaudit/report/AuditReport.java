package dev.estateaudit.report;

import dev.estateaudit.findings.AuditResult;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.review.Gate;
import dev.estateaudit.review.ReviewedResult;
import dev.estateaudit.util.ToolVersion;
import java.util.Locale;

/**
 * Everything a renderer needs: the audit's result and the gate it was judged by.
 *
 * @param failOn the gate threshold; null means "never fail"
 * @param gate   which findings the gate judges: all, or only those new since the baseline
 */
public record AuditReport(ReviewedResult result, Severity failOn, String toolVersion, Gate gate) {

    public AuditReport(ReviewedResult result, Severity failOn) {
        this(result, failOn, ToolVersion.get());
    }

    public AuditReport(ReviewedResult result, Severity failOn, String toolVersion) {
        this(result, failOn, toolVersion, Gate.ALL);
    }

    public AuditReport(ReviewedResult result, Severity failOn, Gate gate) {
        this(result, failOn, ToolVersion.get(), gate);
    }

    /** A report of an audit nobody has reviewed: no waivers, no baseline. */
    public AuditReport(AuditResult audit, Severity failOn, String toolVersion) {
        this(ReviewedResult.unreviewed(audit), failOn, toolVersion, Gate.ALL);
    }

    public AuditReport(AuditResult audit, Severity failOn) {
        this(ReviewedResult.unreviewed(audit), failOn, ToolVersion.get(), Gate.ALL);
    }

    /** Waived findings, and with {@code --gate new} unchanged ones, do not fail the gate. */
    public boolean passed() {
        return result.passes(failOn, gate);
    }

    /** The --fail-on value as the user wrote it: error, warning, info or never. */
    public String failOnLabel() {
        return failOn == null ? "never" : failOn.label();
    }

    public String verdict() {
        return passed() ? "PASSED" : "FAILED";
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : word.endsWith("s") ? "es" : "s");
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
