package dev.estateaudit.review;

import dev.estateaudit.findings.Finding;
import dev.estateaudit.findings.RuleDescriptor;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.findings.Subject;
import java.util.Map;

/**
 * A finding with what people decided about it: the waiver that accepts it for now (or null) and,
 * against a baseline, whether it is new or unchanged (null without a baseline).
 */
public record ReviewedFinding(Finding finding, Waiver waiver, BaselineStatus status) {

    public static ReviewedFinding of(Finding finding) {
        return new ReviewedFinding(finding, null, null);
    }

    public RuleDescriptor rule() { return finding.rule(); }
    public String ruleId() { return finding.ruleId(); }
    public Severity severity() { return finding.severity(); }
    public String message() { return finding.message(); }
    public Subject subject() { return finding.subject(); }
    public Map<String, Object> evidence() { return finding.evidence(); }
    public String fingerprint() { return finding.fingerprint(); }

    public boolean waived() {
        return waiver != null;
    }

    public ReviewedFinding withWaiver(Waiver newWaiver) {
        return new ReviewedFinding(finding, newWaiver, status);
    }

    public ReviewedFinding withStatus(BaselineStatus newStatus) {
        return new ReviewedFinding(finding, waiver, newStatus);
    }

    /** Waived findings never count; with {@link Gate#NEW}, neither do findings already in the baseline. */
    public boolean countsToward(Gate gate) {
        return !waived() && (gate == Gate.ALL || status != BaselineStatus.UNCHANGED);
    }
}
