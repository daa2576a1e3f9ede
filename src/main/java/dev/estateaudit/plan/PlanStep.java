package dev.estateaudit.plan;

import java.util.Comparator;
import java.util.List;

/**
 * One item of the plan, emitted by a plan rule. Steps sort by phase, then by the position of the
 * upgrade they belong to ({@code slot}: -1 for the whole estate, then LifeTime, then the
 * environments in their upgrade order), then by the rule-given {@code order} within that group.
 *
 * @param details sub-tasks, each to be ticked off
 * @param notes why the step is there or what to know, nothing to tick off
 * @param id a stable identifier of the kind of step (e.g. "execution.installer"), for tools and tests
 * @param environments the environments the step covers: its own environment's, or for a fix the
 *                     environments of the findings it fixes, in the fix order (then {@code environment} is null)
 */
public record PlanStep(PlanPhase phase, int slot, String environment, int order, int rank, String id, String text,
                       List<String> details, List<String> notes, List<PlanLink> links, List<String> environments) {

    public static final Comparator<PlanStep> ORDER = Comparator.comparing(PlanStep::phase)
            .thenComparingInt(PlanStep::slot)
            .thenComparing(PlanStep::environment, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(PlanStep::order)
            .thenComparingInt(PlanStep::rank)
            .thenComparing(PlanStep::id)
            .thenComparing(PlanStep::text);

    public PlanStep {
        details = List.copyOf(details);
        notes = List.copyOf(notes);
        links = List.copyOf(links);
        environments = List.copyOf(environments);
    }
}
