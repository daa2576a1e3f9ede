package dev.estateaudit.plan;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where an environment's upgrade falls in the plan, inserted by the ordering plan rules:
 * lower {@code position} goes first. {@code group} separates what must come first (LifeTime),
 * then the environments of a kept upgrade.order, then the others (non-production, personal,
 * production). {@code nonProduction} marks the environments that can validate the target before
 * production.
 */
public record UpgradeSlot(String environment, int group, int rank, String basis, boolean nonProduction) {

    /** LifeTime's slot name: it is not an environment of the estate file. */
    public static final String LIFETIME = "LifeTime";

    public String getEnvironment() { return environment; }
    public int getGroup() { return group; }
    public int getRank() { return rank; }
    /** Why the environment sits here: upgrade.order kept, the staging order, the file's order. */
    public String getBasis() { return basis; }
    public boolean isNonProduction() { return nonProduction; }

    /** The environments of these slots, in plan order (accumulated slots arrive in no useful order). */
    public static String names(List<?> slots) {
        return slots.stream().map(UpgradeSlot.class::cast)
                .sorted(Comparator.comparingInt(UpgradeSlot::getPosition).thenComparing(UpgradeSlot::getEnvironment))
                .map(UpgradeSlot::getEnvironment).collect(Collectors.joining(", "));
    }

    /**
     * "Development, Quality, Production": those of {@code environments} that have a slot, in the upgrade
     * order, then any without one by name; for a step that covers several environments.
     */
    public static String inOrder(List<?> slots, java.util.Collection<?> environments) {
        List<UpgradeSlot> covered = slots.stream().map(UpgradeSlot.class::cast)
                .filter(s -> environments.contains(s.getEnvironment())).toList();
        java.util.Set<String> slotted = covered.stream().map(UpgradeSlot::getEnvironment).collect(Collectors.toSet());
        String rest = environments.stream().map(String::valueOf).filter(e -> !slotted.contains(e)).sorted()
                .collect(Collectors.joining(", "));
        String inOrder = names(covered);
        return inOrder.isEmpty() ? rest : rest.isEmpty() ? inOrder : inOrder + ", " + rest;
    }

    /** One number that orders all slots: the group first, then the rank within it. */
    public int getPosition() {
        return group * 1_000_000 + rank;
    }
}
