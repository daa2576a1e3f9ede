package dev.estateaudit.review;

import dev.estateaudit.findings.Finding;

/** A finding of the audit, as a fact the waiver rules match: its rule id and subject names. */
public final class ReportedFinding {

    private final int index;
    private final Finding finding;

    public ReportedFinding(int index, Finding finding) {
        this.index = index;
        this.finding = finding;
    }

    /** Position in the audit's sorted findings. */
    public int getIndex() { return index; }
    public Finding getFinding() { return finding; }
    public String getRuleId() { return finding.ruleId(); }
    public String getEnvironment() { return finding.subject().environment(); }
    public String getModule() { return finding.subject().module(); }
    public String getZone() { return finding.subject().zone(); }
    public String getFrontEnd() { return finding.subject().frontEnd(); }
}
