package dev.estateaudit.estate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The environment's running mode, set in Service Center (Administration > Environment Configuration). */
public enum RunningMode implements EnumLabels.Labeled {
    DEVELOPMENT("development"),
    PRODUCTION("production");

    private final String label;

    RunningMode(String label) {
        this.label = label;
    }

    @JsonCreator
    public static RunningMode of(String value) {
        return EnumLabels.parse(RunningMode.class, value);
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
