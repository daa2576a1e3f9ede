package dev.estateaudit.estate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The application server the Platform Server runs on: IIS (.NET stack) or, before OutSystems 11, a Java stack. */
public enum ApplicationServer implements EnumLabels.Labeled {
    IIS("IIS"),
    JBOSS("JBoss"),
    WEBLOGIC("WebLogic");

    private final String label;

    ApplicationServer(String label) {
        this.label = label;
    }

    @JsonCreator
    public static ApplicationServer of(String value) {
        return EnumLabels.parse(ApplicationServer.class, value);
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
