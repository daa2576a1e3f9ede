package dev.estateaudit.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Findings (or not-evaluated entries) of one severity, grouped by environment and, within it, by
 * rule, keeping the report's order: a rule that fires for thousands of modules of an environment
 * becomes one group that a report can show once with its count.
 */
final class FindingGroups {

    /** Past this many findings of one rule in one environment, reports show the count and the first few. */
    static final int SHOWN_PER_GROUP = 5;

    record Group<T>(String environment, String ruleId, List<T> items) {
        boolean folded(boolean listEvery) {
            return !listEvery && items.size() > SHOWN_PER_GROUP;
        }

        List<T> shown(boolean listEvery) {
            return folded(listEvery) ? items.subList(0, SHOWN_PER_GROUP) : items;
        }
    }

    /** Environment groups in order of first appearance, each with its rule groups in order of first appearance. */
    static <T> Map<String, List<Group<T>>> of(List<T> items, Function<T, String> environment, Function<T, String> ruleId) {
        Map<String, Map<String, Group<T>>> byEnvironment = new LinkedHashMap<>();
        for (T item : items) {
            String env = environment.apply(item);
            Map<String, Group<T>> rules = byEnvironment.computeIfAbsent(Objects.requireNonNullElse(env, ""),
                    k -> new LinkedHashMap<>());
            rules.computeIfAbsent(ruleId.apply(item), id -> new Group<>(env, id, new ArrayList<>())).items().add(item);
        }
        Map<String, List<Group<T>>> result = new LinkedHashMap<>();
        byEnvironment.forEach((env, rules) -> result.put(env, List.copyOf(rules.values())));
        return result;
    }
}
