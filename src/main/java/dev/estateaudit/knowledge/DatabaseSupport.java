package dev.estateaudit.knowledge;

import dev.estateaudit.estate.DatabaseProvider;
import dev.estateaudit.estate.Version;
import java.util.List;

/**
 * A platform database the Platform Server supports from {@code since} until (excluding)
 * {@code until}. A null {@code version} accepts any version (Azure SQL is versionless).
 * Editions are kept normalised (see {@link InfrastructureNames#databaseEdition}).
 */
public record DatabaseSupport(DatabaseProvider provider, String version, Version since, Version until,
                              List<String> excludedEditions, String note, DocumentSource source) {
    public DatabaseSupport {
        // not List.copyOf: its contains(null) throws, and rules ask "not contains $edition" with no edition given
        excludedEditions = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(excludedEditions));
    }

    public DatabaseProvider getProvider() { return provider; }
    public String getVersion() { return version; }
    public Version getSince() { return since; }
    public Version getUntil() { return until; }
    public List<String> getExcludedEditions() { return excludedEditions; }
    public String getNote() { return note; }
    public DocumentSource getSource() { return source; }
}
