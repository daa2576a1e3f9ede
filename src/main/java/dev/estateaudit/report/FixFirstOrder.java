package dev.estateaudit.report;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.plan.FixOrder;
import dev.estateaudit.review.ReviewedFinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The order of the report's Fix first list: the plan's fix order ({@link FixOrder}: LifeTime, then
 * licences, then infrastructure, then environment by environment in the planned order), so the
 * first line is the first thing the upgrade needs done. One interface, so every report follows
 * the plan's order.
 */
public interface FixFirstOrder {

    Comparator<ReviewedFinding> comparator(Estate estate);

    /** The plan's fix order over the environments in their upgrade order. */
    static FixFirstOrder standard() {
        return estate -> new FixOrder(upgradeOrder(estate)).comparing(f -> f.rule().category(),
                f -> f.subject().environment(), ReviewedFinding::ruleId, ReviewedFinding::message);
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
}
