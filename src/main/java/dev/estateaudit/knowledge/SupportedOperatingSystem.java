package dev.estateaudit.knowledge;

import java.util.List;

import dev.estateaudit.estate.Version;

/** An operating system the Platform Server supports from {@code since} until (excluding) {@code until}. */
public record SupportedOperatingSystem(String name, String key, Version since, Version until, List<String> excludedEditions,
                                       String note, DocumentSource source) {
    public SupportedOperatingSystem {
        // not List.copyOf: its contains(null) throws, and the rule asks "not contains $edition" with no edition given
        excludedEditions = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(excludedEditions == null ? List.of() : excludedEditions));
    }

    public String getName() { return name; }
    /** The name normalised as {@link InfrastructureNames#operatingSystem} normalises an estate's. */
    public String getKey() { return key; }
    public Version getSince() { return since; }
    public Version getUntil() { return until; }
    /** Editions of this version the support leaves out, as {@link InfrastructureNames#operatingSystemEdition} words. */
    public List<String> getExcludedEditions() { return excludedEditions; }
    public String getNote() { return note; }
    public DocumentSource getSource() { return source; }
}
