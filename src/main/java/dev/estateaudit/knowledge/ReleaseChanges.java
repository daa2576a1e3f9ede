package dev.estateaudit.knowledge;

import dev.estateaudit.estate.Version;
import java.util.List;

/**
 * The breaking changes and side effects documented for one Platform Server release. A release with
 * a documented version is crossed by an upgrade that starts below {@code version} and ends at or
 * above it. A release whose version number is not documented (Release Oct.2019) has no
 * {@code version} but is placed between two versions: it came after {@code placedAfter} and
 * before {@code placedBefore} (the catalogue's {@code after} and {@code before}), so an upgrade
 * from {@code placedAfter} or lower to {@code placedBefore} or higher surely crosses it.
 */
public record ReleaseChanges(Version version, Version placedAfter, Version placedBefore, String label, List<String> breakingChanges,
                             List<String> sideEffects, DocumentSource source) {
    public ReleaseChanges {
        breakingChanges = List.copyOf(breakingChanges);
        sideEffects = List.copyOf(sideEffects);
    }

    public Version getVersion() { return version; }
    /** For a release without a documented version: the newest version known to come before it. */
    public Version getPlacedAfter() { return placedAfter; }
    /** For a release without a documented version: the oldest version known to come after it. */
    public Version getPlacedBefore() { return placedBefore; }
    /** How the release is named: its version, or a name such as "Sep.2018 (the first OutSystems 11 release)". */
    public String getLabel() { return label; }
    public List<String> getBreakingChanges() { return breakingChanges; }
    public List<String> getSideEffects() { return sideEffects; }
    public DocumentSource getSource() { return source; }

    /** Where the release sorts among the others: its version, or the version it came after. */
    public Version getPosition() {
        return version != null ? version : placedAfter;
    }

    /** One line per release: its name, then each change (side effects marked). */
    public String summary() {
        List<String> parts = new java.util.ArrayList<>(breakingChanges);
        sideEffects.forEach(effect -> parts.add("Side effect: " + effect));
        return label + ": " + String.join(" ", parts);
    }
}
