package dev.estateaudit.engine;

import dev.estateaudit.baseline.BaselineStatus;
import dev.estateaudit.baseline.FixedFinding;
import dev.estateaudit.baseline.Gate;
import dev.estateaudit.estate.Estate;
import java.util.List;

/**
 * What the rules found for an estate, sorted deterministically, and which rules ran.
 *
 * @param baseline the baseline report compared with, or null
 * @param fixed    the baseline's findings that are gone now (empty without a baseline)
 */
public record AuditResult(Estate estate, List<RuleDescriptor> rules, List<Finding> findings,
                          List<NotEvaluated> notEvaluated, String baseline, List<FixedFinding> fixed) {

    public AuditResult {
        fixed = List.copyOf(fixed);
    }

    public AuditResult(Estate estate, List<RuleDescriptor> rules, List<Finding> findings, List<NotEvaluated> notEvaluated) {
        this(estate, rules, findings, notEvaluated, null, List.of());
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public long waivedCount() {
        return findings.stream().filter(Finding::waived).count();
    }

    public long count(BaselineStatus status) {
        return findings.stream().filter(f -> f.status() == status).count();
    }

    public boolean hasBaseline() {
        return baseline != null;
    }

    /** The result compared with a baseline: findings marked new or unchanged, and those fixed since. */
    public AuditResult withBaseline(String baselineName, List<Finding> marked, List<FixedFinding> fixedSince) {
        return new AuditResult(estate, rules, marked, notEvaluated, baselineName, fixedSince);
    }

    /** The gate: passes unless a finding is at least as severe as the threshold (null = never fail). */
    public boolean passes(Severity failOn) {
        return passes(failOn, Gate.ALL);
    }

    /**
     * Waived findings never fail the gate; with {@link Gate#NEW}, neither do findings already in
     * the baseline.
     */
    public boolean passes(Severity failOn, Gate gate) {
        return failOn == null || findings.stream().noneMatch(f -> countsTowardGate(f, gate) && f.severity().atLeast(failOn));
    }

    public static boolean countsTowardGate(Finding f, Gate gate) {
        return !f.waived() && (gate == Gate.ALL || f.status() != BaselineStatus.UNCHANGED);
    }
}
