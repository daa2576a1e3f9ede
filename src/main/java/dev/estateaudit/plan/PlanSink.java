package dev.estateaudit.plan;

import dev.estateaudit.knowledge.DocumentSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The DRL global {@code plan}: plan rules add steps through it.
 * <pre>
 * plan.step(PlanPhase.EXECUTION, "execution.installer", "Run the installer ...").slot($slot).order(20).detail("...").link($source);
 * </pre>
 */
public final class PlanSink {

    public static final String GLOBAL = "plan";

    private final List<Builder> steps = new ArrayList<>();

    public Builder step(PlanPhase phase, String id, String text) {
        Builder b = new Builder(phase, id, text);
        steps.add(b);
        return b;
    }

    /** The steps, sorted; the fixes of blocking findings in {@code fixes}' order. */
    List<PlanStep> steps(List<AuditedFinding> fixes) {
        // each finding's place, looked up rather than searched for, so that a plan stays linear in the findings
        Map<AuditedFinding, Integer> places = new HashMap<>();
        for (int i = 0; i < fixes.size(); i++) {
            places.putIfAbsent(fixes.get(i), i);
        }
        return steps.stream().map(b -> b.build(places)).sorted(PlanStep.ORDER).distinct().toList();
    }

    /** A step under construction. */
    public static final class Builder {
        private final PlanPhase phase;
        private final String id;
        private final String text;
        private int slot = -1;
        private String environment;
        private int order;
        private final List<String> details = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final List<PlanLink> links = new ArrayList<>();
        private final List<AuditedFinding> fixes = new ArrayList<>();

        private Builder(PlanPhase phase, String id, String text) {
            this.phase = phase;
            this.id = id;
            this.text = text;
        }

        /** Files the step under an environment's (or LifeTime's) upgrade. */
        public Builder slot(UpgradeSlot s) {
            this.slot = s.getPosition();
            this.environment = s.getEnvironment();
            return this;
        }

        public Builder order(int order) {
            this.order = order;
            return this;
        }

        public Builder detail(String detail) {
            details.add(detail);
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        /** Several notes at once, sorted so that the plan never depends on the order rules matched them. */
        public Builder notes(List<?> more) {
            more.stream().map(String::valueOf).sorted().forEach(notes::add);
            return this;
        }

        public Builder link(DocumentSource source) {
            if (source != null) {
                links.add(new PlanLink(source.title(), source.url()));
            }
            return this;
        }

        /** Marks the step as the fix of a blocking finding, so it sorts in the fix order. */
        public Builder fix(AuditedFinding finding) {
            return fixes(List.of(finding));
        }

        /**
         * Marks the step as the fix of these blocking findings (one rule's): it sorts where the
         * first of them in the fix order does, and covers their environments in that order.
         */
        public Builder fixes(List<AuditedFinding> findings) {
            this.fixes.addAll(findings);
            return this;
        }

        public Builder link(String title, String url) {
            links.add(new PlanLink(title, url));
            return this;
        }

        private PlanStep build(Map<AuditedFinding, Integer> places) {
            List<AuditedFinding> fixed = fixes.stream()
                    .sorted(java.util.Comparator.comparingInt(f -> places.getOrDefault(f, -1))).toList();
            int rank = fixed.isEmpty() ? 0 : places.getOrDefault(fixed.get(0), -1) + 1;
            List<String> covered = fixed.isEmpty() ? (environment == null ? List.of() : List.of(environment))
                    : fixed.stream().map(AuditedFinding::getEnvironment).filter(java.util.Objects::nonNull).distinct().toList();
            return new PlanStep(phase, slot, environment, order, rank, id, text, details, notes, links, covered);
        }
    }
}
