package dev.estateaudit.estate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An environment's role in the staging pipeline. Personal environments are developers' own. */
public enum Role implements EnumLabels.Labeled {
    DEVELOPMENT("development"),
    QUALITY("quality"),
    PREPRODUCTION("preproduction"),
    PRODUCTION("production"),
    PERSONAL("personal");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @JsonCreator
    public static Role of(String value) {
        return EnumLabels.parse(Role.class, value);
    }

    @Override
    @JsonValue
    public String label() {
        return label;
    }

    /** Every role but production and personal: the environments that validate an upgrade first. */
    public boolean isNonProduction() {
        return this != PRODUCTION && this != PERSONAL;
    }

    @Override
    public String toString() {
        return label;
    }
}
