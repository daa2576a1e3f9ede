package dev.estateaudit.estate;

/** The engine of the environment's platform databases (LifeTime reports SqlServer and SQLServer alike; both parse). */
public enum DatabaseProvider implements EnumLabels.Labeled {
    SQL_SERVER("SQLServer"),
    AZURE_SQL("AzureSQL"),
    /** From Platform Server 11.43.0; versionless, like Azure SQL Database. */
    AZURE_SQL_MANAGED_INSTANCE("AzureSQLManagedInstance"),
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

    /** Azure SQL Database and Managed Instance have no version to state. */
    public boolean isVersionless() {
        return this == AZURE_SQL || this == AZURE_SQL_MANAGED_INSTANCE;
    }

    @Override
    public String toString() {
        return label();
    }
}
