package dev.estateaudit.estate;

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

    @Override
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label();
    }
}
