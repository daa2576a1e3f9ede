package dev.estateaudit.knowledge;

import dev.estateaudit.estate.Version;

/**
 * The span of Platform Server versions the catalogue describes: from {@code from} up to and
 * including {@code horizon}, the newest release it knows. A target outside this span cannot be
 * judged by the version-specific rules.
 */
public record KnowledgeHorizon(Version since, Version horizon, DocumentSource source) {
    public Version getSince() { return since; }
    public Version getHorizon() { return horizon; }
    public DocumentSource getSource() { return source; }

    /** True when the catalogue can speak about this target version. */
    public boolean covers(Version target) {
        return target.compareTo(since) >= 0 && target.compareTo(horizon) <= 0;
    }
}
