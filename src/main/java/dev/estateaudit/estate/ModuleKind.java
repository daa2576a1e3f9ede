package dev.estateaudit.estate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a module is: an eSpace (a module built in Service Studio) or an Integration Studio extension. */
public enum ModuleKind implements EnumLabels.Labeled {
    ESPACE("espace"),
    EXTENSION("extension");

    private final String label;

    ModuleKind(String label) {
        this.label = label;
    }

    @JsonCreator
    public static ModuleKind of(String value) {
        return EnumLabels.parse(ModuleKind.class, value);
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
