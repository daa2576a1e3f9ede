package dev.estateaudit.review;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.findings.AuditResult;
import dev.estateaudit.findings.Coverage;
import dev.estateaudit.findings.JudgedAgainst;
import dev.estateaudit.findings.NotEvaluated;
import dev.estateaudit.findings.RuleDescriptor;
import dev.estateaudit.findings.Severity;
import java.util.List;

/**
 * An audit after review: every finding with its waiver and baseline status, the waiver rules' own
 * findings among them, the rules that ran (audit and waiver rules), and the baseline's fixed findings.
 *
 * @param baseline the baseline report compared with, or null
 * @param fixed    the baseline's findings that are gone now (empty without a baseline)
 * @param judgedAgainst the day and the platform catalogue the audit judged against
 */
public record ReviewedResult(Estate estate, List<RuleDescriptor> rules, List<ReviewedFinding> findings,
                             List<NotEvaluated> notEvaluated, String baseline, List<FixedFinding> fixed,
                             JudgedAgainst judgedAgainst) {

    public ReviewedResult {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        notEvaluated = List.copyOf(notEvaluated);
        fixed = List.copyOf(fixed);
    }

    /** An audit nobody has reviewed yet: no waiver, no baseline. */
    public static ReviewedResult unreviewed(AuditResult audit) {
        return new ReviewedResult(audit.estate(), audit.rules(), audit.findings().stream().map(ReviewedFinding::of).toList(),
                audit.notEvaluated(), null, List.of(), audit.judgedAgainst());
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public long waivedCount() {
        return findings.stream().filter(ReviewedFinding::waived).count();
    }

    public long count(BaselineStatus status) {
        return findings.stream().filter(f -> f.status() == status).count();
    }

    /** How many of the run's checks decided for every subject, and which absent facts left the most undecided. */
    public Coverage coverage() {
        return Coverage.of(rules, notEvaluated);
    }

    /**
     * The checks at or above the threshold that could not decide for some subject, by id: what
     * {@code --fail-on-not-evaluated} fails the gate on (none with a null threshold).
     */
    public List<String> notEvaluatedAtLeast(Severity failOn) {
        return failOn == null ? List.of()
                : notEvaluated.stream().filter(n -> n.rule().severity().atLeast(failOn)).map(NotEvaluated::ruleId)
                        .distinct().sorted().toList();
    }

    public boolean hasBaseline() {
        return baseline != null;
    }

    public ReviewedResult withBaseline(String baselineName, List<ReviewedFinding> marked, List<FixedFinding> fixedSince) {
        return new ReviewedResult(estate, rules, marked, notEvaluated, baselineName, fixedSince, judgedAgainst);
    }

    /** The gate: passes unless a finding is at least as severe as the threshold (null = never fail). */
    public boolean passes(Severity failOn) {
        return passes(failOn, Gate.ALL);
    }

    public boolean passes(Severity failOn, Gate gate) {
        return failOn == null || findings.stream().noneMatch(f -> f.countsToward(gate) && f.severity().atLeast(failOn));
    }

    /** The findings that fail the gate: unwaived, counted by the gate, at or above the threshold. */
    public List<ReviewedFinding> failing(Severity failOn, Gate gate) {
        return failOn == null ? List.of()
                : findings.stream().filter(f -> f.countsToward(gate) && f.severity().atLeast(failOn)).toList();
    }
}
