package dev.estateaudit.knowledge;

import dev.estateaudit.estate.Version;

/**
 * Something a Platform Server release changes that an upgrade past it should know, though it is no
 * breaking change: a newly supported session database, a port the servers now use, the Erlang or
 * RabbitMQ it ships. An upgrade from below {@code version} to it or later passes it.
 */
public record ReleaseNotice(Version version, String text, DocumentSource source) {
    public Version getVersion() { return version; }
    public String getText() { return text; }
    public DocumentSource getSource() { return source; }
}
