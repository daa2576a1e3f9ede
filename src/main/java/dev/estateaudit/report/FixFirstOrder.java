package dev.estateaudit.report;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.review.ReviewedFinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order of the report's Fix first list: blocking findings by when the upgrade needs them fixed
 * (LifeTime, then licences, then infrastructure, then environment by environment in the planned
 * order), so the first line is the first thing to do. One interface, so reports follow the plan's
 * fix order wherever it is defined.
 */
public interface FixFirstOrder {

    Comparator<ReviewedFinding> comparator(Estate estate);

    /** The order every report uses. */
    static FixFirstOrder standard() {
        return StagedOrder.INSTANCE;
    }

    /** The environments in the order they are upgraded: upgrade.order first, then by staging order, then as written. */
    static List<String> upgradeOrder(Estate estate) {
        Set<String> names = new LinkedHashSet<>();
        if (estate.getUpgrade() != null && estate.getUpgrade().getOrder() != null) {
            names.addAll(estate.getUpgrade().getOrder());
        }
        List<EstateEnvironment> staged = new ArrayList<>(estate.getEnvironments());
        staged.sort(Comparator.comparing(EstateEnvironment::getOrder, Comparator.nullsLast(Comparator.naturalOrder())));
        staged.forEach(e -> names.add(e.getName()));
        return List.copyOf(names);
    }

    /** Stage by the rule's category (its folder under rules/), then environment, rule and message. */
    enum StagedOrder implements FixFirstOrder {
        INSTANCE;

        private static int stage(String category) {
            if (category == null) {
                return 3;
            }
            return switch (category) {
                case "lifetime" -> 0;
                case "licensing" -> 1;
                case "readiness", "frontends", "hosting" -> 2;
                default -> 3;
            };
        }

        @Override
        public Comparator<ReviewedFinding> comparator(Estate estate) {
            Map<String, Integer> positions = new HashMap<>();
            for (String name : upgradeOrder(estate)) {
                positions.putIfAbsent(name, positions.size());
            }
            Comparator<String> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
            return Comparator.comparingInt((ReviewedFinding f) -> stage(f.rule().category()))
                    .thenComparingInt(f -> f.subject().environment() == null ? -1
                            : positions.getOrDefault(f.subject().environment(), Integer.MAX_VALUE))
                    .thenComparing(ReviewedFinding::ruleId, nullsFirst)
                    .thenComparing(ReviewedFinding::message, nullsFirst);
        }
    }
}
