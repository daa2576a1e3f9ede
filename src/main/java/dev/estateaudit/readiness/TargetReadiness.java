package dev.estateaudit.readiness;

import dev.estateaudit.findings.Severity;
import dev.estateaudit.review.ReviewedFinding;
import dev.estateaudit.review.ReviewedResult;
import java.util.List;

/** One target's column of the readiness matrix: ready or blocked, and by which findings. */
public record TargetReadiness(String target, boolean ready, long errors, long warnings, long info, long notEvaluated,
                              List<ReviewedFinding> blocking) {

    public TargetReadiness {
        blocking = List.copyOf(blocking);
    }

    /** Blocked = a finding at or above the gate's threshold, not waived (null threshold: never blocked). */
    static TargetReadiness of(String target, ReviewedResult result, Severity failOn) {
        List<ReviewedFinding> blocking = failOn == null ? List.of()
                : result.findings().stream().filter(f -> !f.waived() && f.severity().atLeast(failOn)).toList();
        return new TargetReadiness(target, result.passes(failOn), result.count(Severity.ERROR), result.count(Severity.WARNING),
                result.count(Severity.INFO), result.notEvaluated().size(), blocking);
    }

    public String verdict() {
        return ready ? "ready" : "blocked";
    }
}
