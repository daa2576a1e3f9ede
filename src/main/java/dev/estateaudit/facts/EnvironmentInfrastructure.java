package dev.estateaudit.facts;

import dev.estateaudit.estate.ApplicationServer;
import dev.estateaudit.estate.DatabaseProvider;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.knowledge.InfrastructureNames;

/**
 * An environment's infrastructure with its free-text names normalised (see
 * {@link InfrastructureNames}), derived when facts are inserted so rules join the catalogue by
 * {@code ==}. Null fields were not given in the estate.
 */
public record EnvironmentInfrastructure(String environment, String operatingSystem, String operatingSystemEdition,
                                        ApplicationServer applicationServer, DatabaseProvider databaseProvider,
                                        String databaseVersion, String databaseEdition,
                                        Integer databaseCompatibilityLevel, String azureSqlServiceTier) {

    public static EnvironmentInfrastructure of(EstateEnvironment e) {
        return new EnvironmentInfrastructure(e.getName(), InfrastructureNames.operatingSystem(e.getOperatingSystem()),
                InfrastructureNames.operatingSystemEdition(e.getOperatingSystem()),
                e.getApplicationServer(), e.getDatabaseProvider(), InfrastructureNames.databaseVersion(e.getDatabaseVersion()),
                InfrastructureNames.databaseEdition(e.getDatabaseEdition()), e.getDatabaseCompatibilityLevel(),
                InfrastructureNames.serviceTier(e.getAzureSqlServiceTier()));
    }

    public String getEnvironment() { return environment; }
    public String getOperatingSystem() { return operatingSystem; }
    /** The Windows Server edition the name states, e.g. "essentials"; null when it names none. */
    public String getOperatingSystemEdition() { return operatingSystemEdition; }
    public ApplicationServer getApplicationServer() { return applicationServer; }
    public DatabaseProvider getDatabaseProvider() { return databaseProvider; }
    public String getDatabaseVersion() { return databaseVersion; }
    public String getDatabaseEdition() { return databaseEdition; }
    public Integer getDatabaseCompatibilityLevel() { return databaseCompatibilityLevel; }
    /** Upper-case, e.g. "S3"; null when not given. */
    public String getAzureSqlServiceTier() { return azureSqlServiceTier; }

    /** Azure SQL (Database or Managed Instance) is versionless: only the other engines need a version to be judged. */
    public boolean isDatabaseVersionNeeded() {
        return databaseProvider != null && !databaseProvider.isVersionless();
    }
}
