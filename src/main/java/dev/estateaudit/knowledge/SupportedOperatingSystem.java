package dev.estateaudit.knowledge;

import dev.estateaudit.estate.Version;

/** An operating system the Platform Server supports from {@code since} until (excluding) {@code until}. */
public record SupportedOperatingSystem(String name, String key, Version since, Version until, String note,
                                       DocumentSource source) {
    public String getName() { return name; }
    /** The name normalised as {@link InfrastructureNames#operatingSystem} normalises an estate's. */
    public String getKey() { return key; }
    public Version getSince() { return since; }
    public Version getUntil() { return until; }
    public String getNote() { return note; }
    public DocumentSource getSource() { return source; }
}
