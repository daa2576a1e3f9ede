package dev.estateaudit.readiness;

import dev.estateaudit.findings.NotEvaluated;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.review.ReviewedFinding;
import dev.estateaudit.review.ReviewedResult;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One target's column of the readiness matrix: ready, blocked (and by which findings) or unknown
 * (and which checks could not judge it), with its counts.
 */
public record TargetReadiness(String target, Verdict verdict, long errors, long warnings, long info, long notEvaluated,
                              List<ReviewedFinding> blocking, List<UnjudgedCheck> unjudged) {

    /** What a rule that could not judge a target for want of knowledge gives as the missing fact. */
    static final String KNOWLEDGE_OF = "platform knowledge of ";

    public TargetReadiness {
        blocking = List.copyOf(blocking);
        unjudged = List.copyOf(unjudged);
    }

    /** The rule that says a target lies outside the catalogue: that is what "unknown" means, so it never blocks. */
    static final String BEYOND_KNOWLEDGE = "target-beyond-knowledge";

    /**
     * Blocked by a finding at or above the gate's threshold, not waived (null threshold: never
     * blocked), whether or not the catalogue describes the target: what the checks that could judge
     * it found still stands in the way. Otherwise unknown when the catalogue does not describe the
     * target, whatever the gate, and ready when it does.
     */
    static TargetReadiness of(String target, ReviewedResult result, Severity failOn, boolean known) {
        List<ReviewedFinding> blocking = failOn == null ? List.of()
                : result.findings().stream().filter(f -> !f.waived() && f.severity().atLeast(failOn))
                        .filter(f -> known || !f.ruleId().equals(BEYOND_KNOWLEDGE)).toList();
        Verdict verdict = known ? (result.passes(failOn) ? Verdict.READY : Verdict.BLOCKED)
                : blocking.isEmpty() ? Verdict.UNKNOWN : Verdict.BLOCKED;
        return new TargetReadiness(target, verdict, result.count(Severity.ERROR), result.count(Severity.WARNING),
                result.count(Severity.INFO), result.notEvaluated().size(), blocking, unjudged(result.notEvaluated(), target));
    }

    private static List<UnjudgedCheck> unjudged(List<NotEvaluated> notEvaluated, String target) {
        Map<String, Long> byRule = new TreeMap<>();
        for (NotEvaluated n : notEvaluated) {
            if (n.missing().contains(KNOWLEDGE_OF + target)) {
                byRule.merge(n.ruleId(), 1L, Long::sum);
            }
        }
        return byRule.entrySet().stream().map(e -> new UnjudgedCheck(e.getKey(), e.getValue())).toList();
    }

    public boolean ready() {
        return verdict == Verdict.READY;
    }

    /** The verdict with what stands beside it: "ready (2 checks not evaluated)", "unknown", "blocked". */
    public String verdictText() {
        return verdict.label() + (verdict == Verdict.READY && notEvaluated > 0
                ? " (" + notEvaluated + (notEvaluated == 1 ? " check" : " checks") + " not evaluated)" : "");
    }
}
