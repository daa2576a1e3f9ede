package dev.estateaudit.report;

import dev.estateaudit.findings.AuditResult;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.review.Gate;
import dev.estateaudit.review.ReviewedResult;
import dev.estateaudit.util.ToolVersion;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything a renderer needs: the audit's result and the gate it was judged by.
 *
 * @param failOn             the gate threshold; null means "never fail"
 * @param gate               which findings the gate judges: all, or only those new since the baseline
 * @param failOnNotEvaluated whether a check at or above the threshold that could not be evaluated fails the gate too
 */
public record AuditReport(ReviewedResult result, Severity failOn, String toolVersion, Gate gate, boolean failOnNotEvaluated) {

    public AuditReport(ReviewedResult result, Severity failOn, String toolVersion, Gate gate) {
        this(result, failOn, toolVersion, gate, false);
    }

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

    /**
     * Waived findings, and with {@code --gate new} unchanged ones, do not fail the gate; with
     * {@code --fail-on-not-evaluated}, a check at or above the threshold that could not decide does.
     */
    public boolean passed() {
        return result.passes(failOn, gate) && notEvaluatedFailing().isEmpty();
    }

    /** The checks that fail the gate because they could not be evaluated (none without --fail-on-not-evaluated). */
    public List<String> notEvaluatedFailing() {
        return failOnNotEvaluated ? result.notEvaluatedAtLeast(failOn) : List.of();
    }

    /**
     * What the gate says beyond its verdict, the same words in every report: "3 checks at or above
     * error not evaluated: a, b, c", or empty.
     */
    public Optional<String> notEvaluatedVerdict() {
        List<String> failing = notEvaluatedFailing();
        return failing.isEmpty() ? Optional.empty()
                : Optional.of(plural(failing.size(), "check") + " at or above " + failOnLabel() + " not evaluated: "
                        + String.join(", ", failing));
    }

    /** The same report, its gate also failing on checks not evaluated when {@code on} (--fail-on-not-evaluated). */
    public AuditReport failingOnNotEvaluated(boolean on) {
        return new AuditReport(result, failOn, toolVersion, gate, on);
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
