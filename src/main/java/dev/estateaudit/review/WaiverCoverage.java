package dev.estateaudit.review;

/** Inserted by the internal waiver rule: this waiver accepts this finding. */
public final class WaiverCoverage {

    private final Waiver waiver;
    private final ReportedFinding finding;

    public WaiverCoverage(Waiver waiver, ReportedFinding finding) {
        this.waiver = waiver;
        this.finding = finding;
    }

    public Waiver getWaiver() { return waiver; }
    public ReportedFinding getFinding() { return finding; }
}
