package dev.estateaudit.findings;

import dev.estateaudit.estate.Estate;
import java.util.List;

/** What the rules found for an estate, sorted deterministically, which rules ran, and what they judged against. */
public record AuditResult(Estate estate, List<RuleDescriptor> rules, List<Finding> findings,
                          List<NotEvaluated> notEvaluated, JudgedAgainst judgedAgainst) {

    public AuditResult {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        notEvaluated = List.copyOf(notEvaluated);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
