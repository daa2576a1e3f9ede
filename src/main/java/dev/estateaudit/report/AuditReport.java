package dev.estateaudit.report;

import dev.estateaudit.ToolVersion;
import dev.estateaudit.baseline.Gate;
import dev.estateaudit.engine.AuditResult;
import dev.estateaudit.engine.Severity;
import java.util.Locale;

/**
 * Everything a renderer needs: the audit's result and the gate it was judged by.
 *
 * @param failOn the gate threshold; null means "never fail"
 * @param gate   which findings the gate judges: all, or only those new since the baseline
 */
public record AuditReport(AuditResult result, Severity failOn, String toolVersion, Gate gate) {

    public AuditReport(AuditResult result, Severity failOn) {
        this(result, failOn, ToolVersion.get());
    }

    public AuditReport(AuditResult result, Severity failOn, String toolVersion) {
        this(result, failOn, toolVersion, Gate.ALL);
    }

    public AuditReport(AuditResult result, Severity failOn, Gate gate) {
        this(result, failOn, ToolVersion.get(), gate);
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
