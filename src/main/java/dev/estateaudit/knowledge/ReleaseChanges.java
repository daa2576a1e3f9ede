package dev.estateaudit.knowledge;

import dev.estateaudit.estate.Version;
import java.util.List;

/**
 * The breaking changes and side effects documented for one Platform Server release: an upgrade
 * that starts below {@code version} and ends at or above it crosses them.
 */
public record ReleaseChanges(Version version, String label, List<String> breakingChanges, List<String> sideEffects,
                             DocumentSource source) {
    public ReleaseChanges {
        breakingChanges = List.copyOf(breakingChanges);
        sideEffects = List.copyOf(sideEffects);
    }

    public Version getVersion() { return version; }
    /** How the release is named: its version, or a name such as "Sep.2018 (the first OutSystems 11 release)". */
    public String getLabel() { return label; }
    public List<String> getBreakingChanges() { return breakingChanges; }
    public List<String> getSideEffects() { return sideEffects; }
    public DocumentSource getSource() { return source; }

    /** One line per release: its name, then each change (side effects marked). */
    public String summary() {
        List<String> parts = new java.util.ArrayList<>(breakingChanges);
        sideEffects.forEach(effect -> parts.add("Side effect: " + effect));
        return label + ": " + String.join(" ", parts);
    }
}
