package dev.estateaudit.plan;

import dev.estateaudit.findings.Finding;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The order in which blocking findings must be fixed: by when the fix is needed in the upgrade,
 * not by rule id. LifeTime comes first (the guide upgrades it before anything it manages), then
 * licences (an environment cannot be installed or moved without its licence slot), then the
 * infrastructure the installer needs (operating system, database, application server, front
 * ends), then everything else environment by environment in the plan's order. Estate-wide
 * findings open their stage; ties fall back to rule id and message so the order is stable.
 *
 * <p>Built from a plan ({@link #of(UpgradePlan)}) so other outputs can list fixes in the same order.
 */
public final class FixOrder {

    /** When a fix must happen, earliest first. */
    public enum Stage {
        LIFETIME, LICENCES, INFRASTRUCTURE, ENVIRONMENT;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The stage of a rule's category (its folder under rules/). */
        public static Stage of(String category) {
            if (category == null) {
                return ENVIRONMENT;
            }
            return switch (category) {
                case "lifetime" -> LIFETIME;
                case "licensing" -> LICENCES;
                case "readiness", "frontends", "hosting", "support" -> INFRASTRUCTURE;
                default -> ENVIRONMENT;
            };
        }
    }

    private final Map<String, Integer> positions = new HashMap<>();

    /** @param environments the environments (and LifeTime) in the plan's upgrade order */
    public FixOrder(List<String> environments) {
        for (String name : environments) {
            positions.putIfAbsent(name, positions.size());
        }
    }

    public static FixOrder of(UpgradePlan plan) {
        return new FixOrder(plan.order().stream().map(PlannedEnvironment::name).toList());
    }

    /** Orders any kind of finding, given how to read its category, environment, rule id and message. */
    public <T> Comparator<T> comparing(Function<T, String> category, Function<T, String> environment,
            Function<T, String> ruleId, Function<T, String> message) {
        Comparator<T> byStage = Comparator.comparing(t -> Stage.of(category.apply(t)));
        return byStage.thenComparingInt(t -> position(environment.apply(t)))
                .thenComparing(ruleId, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(message, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    public Comparator<Finding> findings() {
        return comparing(f -> f.rule().category(), f -> f.subject().environment(), Finding::ruleId, Finding::message);
    }

    public Comparator<AuditedFinding> audited() {
        return comparing(AuditedFinding::category, AuditedFinding::environment, AuditedFinding::ruleId, AuditedFinding::message);
    }

    /** The findings in fix order (a new list). */
    public List<Finding> sort(Collection<Finding> findings) {
        return findings.stream().sorted(findings()).toList();
    }

    /** Estate-wide first (-1), then by the plan's order; an environment the plan does not know goes last. */
    private int position(String environment) {
        return environment == null ? -1 : positions.getOrDefault(environment, Integer.MAX_VALUE);
    }
}
