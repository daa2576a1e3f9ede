package dev.estateaudit.knowledge;

import dev.estateaudit.estate.Version;

/**
 * One LifeTime release (LifeTime's own number) and the Platform Server its release note says it
 * bundles; {@code platformServer} is null where the note names none. LifeTime releases are
 * numbered apart from Platform Server, so this table is how the two are compared. Their numbers
 * are not in date order everywhere (security patches of old lines came out in 2021), so each
 * release keeps its date.
 */
public record LifetimeRelease(Version version, java.time.LocalDate released, Version platformServer, String note,
                              DocumentSource source) {
    public Version getVersion() { return version; }
    /** The day its release note says it was released. */
    public java.time.LocalDate getReleased() { return released; }
    /** The Platform Server this release bundles, or null when its release note states none. */
    public Version getPlatformServer() { return platformServer; }
    public boolean isBundling() { return platformServer != null; }
    public String getNote() { return note; }
    public DocumentSource getSource() { return source; }
}
