package dev.estateaudit.knowledge;

import dev.estateaudit.estate.DatabaseProvider;
import dev.estateaudit.estate.Version;
import java.util.List;

/**
 * A platform database the Platform Server supports from {@code since} until (excluding)
 * {@code until}. A null {@code version} accepts any version (Azure SQL is versionless).
 * Editions are kept normalised (see {@link InfrastructureNames#databaseEdition}), service tiers
 * upper-case.
 */
public record DatabaseSupport(DatabaseProvider provider, String version, Version since, Version until,
                              List<String> excludedEditions, List<String> editions, List<Integer> compatibilityLevels,
                              String minimumServiceTier, List<String> serviceTiersBelowMinimum, String note,
                              DocumentSource source) {
    public DatabaseSupport {
        // not List.copyOf: its contains(null) throws, and rules ask "not contains $edition" with no edition given
        excludedEditions = nullSafe(excludedEditions);
        editions = nullSafe(editions);
        compatibilityLevels = nullSafe(compatibilityLevels);
        serviceTiersBelowMinimum = nullSafe(serviceTiersBelowMinimum);
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list == null ? List.of() : list));
    }

    public DatabaseProvider getProvider() { return provider; }
    public String getVersion() { return version; }
    public Version getSince() { return since; }
    public Version getUntil() { return until; }
    public List<String> getExcludedEditions() { return excludedEditions; }
    /** When not empty, the only editions supported (normalised); any other, stated, is not. */
    public List<String> getEditions() { return editions; }
    /** The compatibility levels the platform databases may run at; empty when the source lists none. */
    public List<Integer> getCompatibilityLevels() { return compatibilityLevels; }
    /** Azure SQL: the lowest service tier supported, e.g. "S3"; null for other engines. */
    public String getMinimumServiceTier() { return minimumServiceTier; }
    /** Azure SQL: the tiers below the minimum, upper-case, as estates are compared. */
    public List<String> getServiceTiersBelowMinimum() { return serviceTiersBelowMinimum; }
    public String getNote() { return note; }
    public DocumentSource getSource() { return source; }
}
