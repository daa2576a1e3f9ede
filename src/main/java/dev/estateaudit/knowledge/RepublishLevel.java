package dev.estateaudit.knowledge;

import java.util.Locale;

/** What an upgrade asks of the applications' code. */
public enum RepublishLevel {
    /** Every application must be republished after the upgrade. */
    REQUIRED,
    /** Republishing everything is recommended. */
    RECOMMENDED,
    /** The upgrade prepares the modules in the background; no full republish. */
    BACKGROUND;

    public static java.util.Optional<RepublishLevel> parse(String text) {
        for (RepublishLevel level : values()) {
            if (level.label().equalsIgnoreCase(text.trim())) {
                return java.util.Optional.of(level);
            }
        }
        return java.util.Optional.empty();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
