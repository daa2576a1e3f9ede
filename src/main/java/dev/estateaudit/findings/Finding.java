package dev.estateaudit.findings;

import java.util.Collections;
import java.util.Map;

/**
 * One problem a rule found, with the facts that matched as evidence. What people later decide
 * about it (a waiver, a baseline) is not part of it: see {@code review.ReviewedFinding}.
 *
 * @param fingerprint the finding's identity across runs (see {@link Fingerprint})
 */
public record Finding(RuleDescriptor rule, String message, Subject subject, Map<String, Object> evidence,
                      String fingerprint) {

    public Finding {
        evidence = Collections.unmodifiableMap(evidence);
    }

    public Finding(RuleDescriptor rule, String message, Subject subject, Map<String, Object> evidence) {
        this(rule, message, subject, evidence, Fingerprint.of(rule.id(), subject, null));
    }

    public String ruleId() {
        return rule.id();
    }

    public Severity severity() {
        return rule.severity();
    }

    public Finding withFingerprint(String newFingerprint) {
        return new Finding(rule, message, subject, evidence, newFingerprint);
    }
}
