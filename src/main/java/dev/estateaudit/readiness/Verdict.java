package dev.estateaudit.readiness;

import java.util.Locale;

/** A target's verdict in the readiness matrix. */
public enum Verdict {
    /** Every check was judged for this target and none blocks it at the gate's threshold (findings not evaluated aside). */
    READY,
    /** A finding at or above the gate's threshold, not waived, stands in the way. */
    BLOCKED,
    /**
     * The platform catalogue does not describe the target (beyond its horizon or before
     * its start), so the version-specific checks could not judge it: never ready, whatever the gate.
     */
    UNKNOWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
