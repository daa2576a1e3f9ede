package dev.estateaudit.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What comes before one production environment in the plan's order, inserted once every slot is
 * in (order.drl). It names each environment once across the plan: the non-production environments
 * {@code since} the previous production environment, and that one ({@code previous}) standing for
 * those before it. Listing every validator in every production environment's steps made a plan
 * grow with the square of the estate (5,000 environments gave 911 MB). {@code rehearsal} is the
 * last pre-production environment, behind the target, before this one: where its checklist is
 * written.
 */
public record ProductionStage(String environment, String previous, List<UpgradeSlot> since, boolean validated,
        boolean previousValidated, String rehearsal) {

    public String getEnvironment() { return environment; }
    /** Whether some non-production environment comes before this one and can validate the target first. */
    public boolean isValidated() { return validated; }
    public String getRehearsal() { return rehearsal; }

    /** "Development, Quality", or "the non-production environments before Production-1, and Quality-2". */
    public String validators() {
        String named = UpgradeSlot.names(since);
        if (!previousValidated) {
            return named;
        }
        String earlier = "the non-production environments before " + previous;
        return named.isEmpty() ? earlier : earlier + ", and " + named;
    }

    /**
     * The stages of the production environments among {@code slots}, walking the order once.
     *
     * @param productions the names of the estate's production environments
     * @param rehearsals  the names of the pre-production environments the upgrade reaches
     */
    public static List<ProductionStage> of(List<?> slots, Collection<?> productions, Collection<?> rehearsals) {
        Set<Object> production = new HashSet<>(productions);
        Set<Object> rehearsal = new HashSet<>(rehearsals);
        List<UpgradeSlot> ordered = slots.stream().map(UpgradeSlot.class::cast)
                .sorted(Comparator.comparingInt(UpgradeSlot::getPosition).thenComparing(UpgradeSlot::getEnvironment)).toList();
        List<ProductionStage> stages = new ArrayList<>();
        String previous = null;
        boolean previousValidated = false;
        boolean validated = false;
        String lastRehearsal = null;
        List<UpgradeSlot> since = new ArrayList<>();
        for (UpgradeSlot slot : ordered) {
            String name = slot.getEnvironment();
            if (production.contains(name)) {
                stages.add(new ProductionStage(name, previous, List.copyOf(since), validated, previousValidated, lastRehearsal));
                previous = name;
                previousValidated = validated;
                since.clear();
            } else if (slot.isNonProduction()) {
                since.add(slot);
                validated = true;
                if (rehearsal.contains(name)) {
                    lastRehearsal = name;
                }
            }
        }
        return stages;
    }
}
