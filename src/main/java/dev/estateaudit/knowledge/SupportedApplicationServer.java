package dev.estateaudit.knowledge;

import dev.estateaudit.estate.ApplicationServer;
import dev.estateaudit.estate.Version;

/** An application server the Platform Server runs on, from {@code since} until (excluding) {@code until}. */
public record SupportedApplicationServer(ApplicationServer server, String minimumVersion, Version since, Version until,
                                         String note, DocumentSource source) {
    public ApplicationServer getServer() { return server; }
    public String getMinimumVersion() { return minimumVersion; }
    public Version getSince() { return since; }
    public Version getUntil() { return until; }
    public String getNote() { return note; }
    public DocumentSource getSource() { return source; }
}
