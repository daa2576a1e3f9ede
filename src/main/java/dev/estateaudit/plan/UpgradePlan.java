package dev.estateaudit.plan;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.findings.JudgedAgainst;
import java.util.List;

/**
 * The upgrade plan of an estate for one target, as the plan rules derived it: the order of the
 * upgrades with each environment's strategy, what blocks the upgrade, and the steps of the four
 * phases, sorted. Every renderer reads this and nothing else, so all formats say the same.
 * {@code blocking} is in fix order ({@link FixOrder}); {@code input} is the estate planned, for drawings.
 */
public record UpgradePlan(String estate, List<String> files, String target, List<AuditedFinding> blocking,
                          long warnings, long notEvaluated, List<PlannedEnvironment> order, List<PlanStep> steps, Estate input,
                          JudgedAgainst judgedAgainst) {

    public UpgradePlan {
        files = List.copyOf(files);
        blocking = List.copyOf(blocking);
        order = List.copyOf(order);
        steps = List.copyOf(steps);
    }

    public boolean blocked() {
        return !blocking.isEmpty();
    }

    /** The order this plan fixes blocking findings in, to list other findings the same way. */
    public FixOrder fixOrder() {
        return FixOrder.of(this);
    }

    public List<PlanStep> steps(PlanPhase phase) {
        return steps.stream().filter(s -> s.phase() == phase).toList();
    }
}
