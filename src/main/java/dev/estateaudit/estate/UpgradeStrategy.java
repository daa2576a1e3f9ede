package dev.estateaudit.estate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How the environment's Platform Server is upgraded. */
public enum UpgradeStrategy implements EnumLabels.Labeled {
    DOWNTIME("downtime"),
    ZERO_DOWNTIME("zero-downtime");

    private final String label;

    UpgradeStrategy(String label) {
        this.label = label;
    }

    @JsonCreator
    public static UpgradeStrategy of(String value) {
        return EnumLabels.parse(UpgradeStrategy.class, value);
    }

    @Override
    @JsonValue
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
