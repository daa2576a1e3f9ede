package dev.estateaudit.estate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The licence type an environment is registered with. */
public enum LicenseType implements EnumLabels.Labeled {
    DEVELOPMENT("development"),
    PRODUCTION("production");

    private final String label;

    LicenseType(String label) {
        this.label = label;
    }

    @JsonCreator
    public static LicenseType of(String value) {
        return EnumLabels.parse(LicenseType.class, value);
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
