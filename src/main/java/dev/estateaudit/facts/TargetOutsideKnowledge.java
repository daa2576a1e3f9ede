package dev.estateaudit.facts;

import dev.estateaudit.estate.Upgrade;
import dev.estateaudit.estate.Version;

/**
 * The upgrade's target lies before the first version the platform catalogue describes
 * ({@code since}) or beyond its horizon: the version-specific rules report "not evaluated" for it,
 * and target-beyond-knowledge says so once.
 */
public record TargetOutsideKnowledge(Upgrade upgrade, Version target, Version since, Version horizon) {
    public Upgrade getUpgrade() { return upgrade; }
    public Version getTarget() { return target; }
    public Version getSince() { return since; }
    public Version getHorizon() { return horizon; }

    /** True when the target is newer than the horizon (false: older than the catalogue's start). */
    public boolean isBeyondHorizon() {
        return target.compareTo(horizon) > 0;
    }
}
