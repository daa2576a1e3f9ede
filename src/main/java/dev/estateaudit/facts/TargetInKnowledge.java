package dev.estateaudit.facts;

import dev.estateaudit.estate.Upgrade;
import dev.estateaudit.estate.Version;

/**
 * The upgrade's target lies within the span the platform catalogue describes, so the
 * version-specific rules may judge it. Derived once when facts are inserted: the one place the
 * horizon is compared, instead of a guard repeated in every readiness rule.
 */
public record TargetInKnowledge(Upgrade upgrade, Version target) {
    public Upgrade getUpgrade() { return upgrade; }
    public Version getTarget() { return target; }
}
