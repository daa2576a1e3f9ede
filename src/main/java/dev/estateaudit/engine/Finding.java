package dev.estateaudit.engine;

import dev.estateaudit.baseline.BaselineStatus;
import dev.estateaudit.waivers.Waiver;
import java.util.Collections;
import java.util.Map;

/**
 * One problem a rule found, with the facts that matched as evidence.
 *
 * @param fingerprint the finding's identity across runs (see {@link Fingerprint})
 * @param waiver      the waiver that accepts this finding for now, or null
 * @param status      new or unchanged against a baseline, or null when no baseline was given
 */
public record Finding(RuleDescriptor rule, String message, Subject subject, Map<String, Object> evidence,
                      String fingerprint, Waiver waiver, BaselineStatus status) {

    public Finding {
        evidence = Collections.unmodifiableMap(evidence);
    }

    public Finding(RuleDescriptor rule, String message, Subject subject, Map<String, Object> evidence) {
        this(rule, message, subject, evidence, Fingerprint.of(rule.id(), subject, null), null, null);
    }

    public String ruleId() {
        return rule.id();
    }

    public Severity severity() {
        return rule.severity();
    }

    public boolean waived() {
        return waiver != null;
    }

    public Finding withFingerprint(String newFingerprint) {
        return new Finding(rule, message, subject, evidence, newFingerprint, waiver, status);
    }

    public Finding withWaiver(Waiver newWaiver) {
        return new Finding(rule, message, subject, evidence, fingerprint, newWaiver, status);
    }

    public Finding withStatus(BaselineStatus newStatus) {
        return new Finding(rule, message, subject, evidence, fingerprint, waiver, newStatus);
    }
}
