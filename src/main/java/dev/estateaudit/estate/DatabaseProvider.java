package dev.estateaudit.estate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The engine of the environment's platform databases (LifeTime reports SqlServer and SQLServer alike; both parse). */
public enum DatabaseProvider implements EnumLabels.Labeled {
    SQL_SERVER("SQLServer"),
    AZURE_SQL("AzureSQL"),
    ORACLE("Oracle"),
    MYSQL("MySQL");

    private final String label;

    DatabaseProvider(String label) {
        this.label = label;
    }

    @JsonCreator
    public static DatabaseProvider of(String value) {
        return EnumLabels.parse(DatabaseProvider.class, value);
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
