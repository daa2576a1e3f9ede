package dev.estateaudit.knowledge;

import dev.estateaudit.estate.Version;

/** A requirement that holds for every environment from a version on (one database engine per environment, say). */
public record PlatformConstraint(String id, Version since, String text, DocumentSource source) {
    public String getId() { return id; }
    public Version getSince() { return since; }
    public String getText() { return text; }
    public DocumentSource getSource() { return source; }
}
