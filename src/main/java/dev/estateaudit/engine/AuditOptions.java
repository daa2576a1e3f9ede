package dev.estateaudit.engine;

import dev.estateaudit.waivers.WaiverSet;

/** How one audit runs beyond the estate itself: which rules, and which waivers apply. */
public record AuditOptions(RuleSelection selection, WaiverSet waivers) {

    public static final AuditOptions DEFAULT = new AuditOptions(RuleSelection.ALL, WaiverSet.NONE);
}
