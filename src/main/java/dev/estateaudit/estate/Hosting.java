package dev.estateaudit.estate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where the environment runs: OutSystems Cloud, or the customer's own servers. */
public enum Hosting implements EnumLabels.Labeled {
    CLOUD("cloud"),
    ON_PREMISES("on-premises");

    private final String label;

    Hosting(String label) {
        this.label = label;
    }

    @JsonCreator
    public static Hosting of(String value) {
        return EnumLabels.parse(Hosting.class, value);
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
