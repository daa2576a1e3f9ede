package dev.estateaudit.plan;

import java.util.Locale;

/**
 * How the plan has an environment's Platform Server upgraded. The estate's {@code upgradeStrategy}
 * is the customer's wish for a self-managed environment (downtime or zero-downtime); an OutSystems
 * Cloud environment is upgraded by OutSystems, to whom the balanced (zero-downtime) procedure does
 * not apply, so the plan never calls it either.
 */
public enum PlannedStrategy {
    DOWNTIME, ZERO_DOWNTIME, BY_OUTSYSTEMS;

    /** As the plan's JSON writes it: downtime, zero-downtime, by-outsystems. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** As the plan's text says it. */
    @Override
    public String toString() {
        return this == BY_OUTSYSTEMS ? "upgraded by OutSystems" : label();
    }
}
