package dev.estateaudit.review;

import java.util.Locale;

/** Which findings the gate judges: all of them, or only those new since the baseline. */
public enum Gate {
    ALL, NEW;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Gate parse(String text) {
        for (Gate g : values()) {
            if (g.label().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown gate '" + text + "'; expected all or new");
    }
}
