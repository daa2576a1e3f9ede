package dev.estateaudit.review;

import java.util.Locale;

/** Where a finding stands against the baseline report it was compared with. */
public enum BaselineStatus {
    /** Not in the baseline: introduced since. */
    NEW,
    /** In the baseline already (same fingerprint). */
    UNCHANGED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
