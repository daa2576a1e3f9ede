package dev.estateaudit.plan;

/** A document a plan step points to: an OutSystems page, or a rule's documentation page. */
public record PlanLink(String title, String url) {
}
