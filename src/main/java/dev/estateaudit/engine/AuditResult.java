package dev.estateaudit.engine;

import dev.estateaudit.estate.Estate;
import java.util.List;

/** What the rules found for an estate, sorted deterministically, and which rules ran. */
public record AuditResult(Estate estate, List<RuleDescriptor> rules, List<Finding> findings,
                          List<NotEvaluated> notEvaluated) {

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** The gate: passes unless a finding is at least as severe as the threshold (null = never fail). */
    public boolean passes(Severity failOn) {
        return failOn == null || findings.stream().noneMatch(f -> f.severity().atLeast(failOn));
    }
}
