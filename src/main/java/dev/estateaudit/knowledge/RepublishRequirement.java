package dev.estateaudit.knowledge;

import dev.estateaudit.estate.DatabaseProvider;
import dev.estateaudit.estate.Version;
import java.util.List;

/**
 * What republishing an upgrade from a version in [sourceFrom, sourceUntil) to a target in
 * [targetFrom, targetUntil) asks for, for the engines in {@code databaseProviders} (empty: every
 * engine). Absent bounds are open.
 */
public record RepublishRequirement(RepublishLevel level, Version sourceFrom, Version sourceUntil, Version targetFrom,
                                   Version targetUntil, List<DatabaseProvider> databaseProviders, String reason,
                                   DocumentSource source) {
    public RepublishRequirement {
        // not List.copyOf: its contains(null) throws, and rules ask whether an unstated engine is listed
        databaseProviders = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(databaseProviders));
    }

    public RepublishLevel getLevel() { return level; }
    public Version getSourceFrom() { return sourceFrom; }
    public Version getSourceUntil() { return sourceUntil; }
    public Version getTargetFrom() { return targetFrom; }
    public Version getTargetUntil() { return targetUntil; }
    /** The engines this verdict is for; empty when it holds for every engine. */
    public List<DatabaseProvider> getDatabaseProviders() { return databaseProviders; }
    public boolean isForEveryEngine() { return databaseProviders.isEmpty(); }
    public String getReason() { return reason; }
    public DocumentSource getSource() { return source; }
    public boolean isAction() { return level != RepublishLevel.BACKGROUND; }

    /** Whether this verdict holds for an environment on this engine (an unstated engine: only verdicts for every engine). */
    public boolean appliesTo(DatabaseProvider provider) {
        return databaseProviders.isEmpty() || databaseProviders.contains(provider);
    }
}
