package dev.estateaudit.plan;

import dev.estateaudit.estate.LifeTime;

/**
 * Where an environment's upgrade falls in the plan, inserted by the ordering plan rules:
 * lower {@code position} goes first. {@code group} separates what must come first (LifeTime),
 * the non-production environments, personal ones, and production last.
 */
public record UpgradeSlot(String environment, int group, int rank, String basis) {

    /** LifeTime's slot name: it is not an environment of the estate file. */
    public static final String LIFETIME = "LifeTime";

    public String getEnvironment() { return environment; }
    public int getGroup() { return group; }
    public int getRank() { return rank; }
    /** Why the environment sits here: "upgrade.order", "staging order", "file order". */
    public String getBasis() { return basis; }

    /** The environments of these slots, in plan order (accumulated slots arrive in no useful order). */
    public static String names(java.util.List<?> slots) {
        return slots.stream().map(UpgradeSlot.class::cast)
                .sorted(java.util.Comparator.comparingInt(UpgradeSlot::getPosition).thenComparing(UpgradeSlot::getEnvironment))
                .map(UpgradeSlot::getEnvironment).collect(java.util.stream.Collectors.joining(", "));
    }

    /** One number that orders all slots: the group first, then the rank within it. */
    public int getPosition() {
        return group * 1_000_000 + rank;
    }
}
