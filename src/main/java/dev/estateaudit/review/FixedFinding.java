package dev.estateaudit.review;

import dev.estateaudit.findings.Subject;

/** A finding of the baseline report that this run no longer has: fixed (or its rule was deselected). */
public record FixedFinding(String fingerprint, String ruleId, String severity, String title, String message,
                           Subject subject) {
}
