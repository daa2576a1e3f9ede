package dev.estateaudit.review;

import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.engine.RuleSelection;
import dev.estateaudit.estate.Estate;

/** How one audit runs beyond the estate itself: which rules, and which waivers apply. */
public record AuditOptions(RuleSelection selection, WaiverSet waivers) {

    public static final AuditOptions DEFAULT = new AuditOptions(RuleSelection.ALL, WaiverSet.NONE);

    /** Audits the estate with the selected rules, then reviews the findings against the waivers. */
    public ReviewedResult review(AuditEngine engine, Estate estate) {
        return WaiverReview.review(engine.audit(estate, selection), waivers, selection);
    }
}
