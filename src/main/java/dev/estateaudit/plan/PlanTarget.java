package dev.estateaudit.plan;

import dev.estateaudit.estate.Version;

/** The request the plan rules answer: plan this estate's upgrade to {@code version}. Only plan sessions hold it. */
public record PlanTarget(Version version) {
    public Version getVersion() { return version; }
    public int getMajor() { return version.getMajor(); }

    /** Whether the target is exactly this release (e.g. "11.18.0", whose Deploy All has known issues). */
    public boolean is(String release) {
        return version.compareTo(Version.parse(release)) == 0;
    }

    /** Whether the target is this release or a later one. */
    public boolean isAtLeast(String release) {
        return !version.isOlderThan(Version.parse(release));
    }

    /**
     * The kind of jump from {@code from} to the target in OutSystems' numbering, Major release.Release.Cumulative
     * patch (OutSystems documentation, "OutSystems release cycle"): "major release" when the first number changes,
     * "release" when the second does, otherwise "cumulative patch".
     */
    public String jumpFrom(Version from) {
        if (from.getMajor() != version.getMajor()) {
            return "major release";
        }
        return from.getMinor() != version.getMinor() ? "release" : "cumulative patch";
    }
}
