package dev.estateaudit.findings;

import java.util.Map;

/**
 * A rule as reports and the rule list see it. Everything here is read from the DRL rule's own
 * metadata ({@code @id}, {@code @severity}, {@code @title}, {@code @remediation}), never from a
 * table in Java. The category is the rule's folder under {@code rules/}.
 */
public record RuleDescriptor(String id, Severity severity, String title, String remediation, String category,
                             String source, Map<String, String> metadata) {

    public static final String ID = "id";
    public static final String SEVERITY = "severity";
    public static final String TITLE = "title";
    public static final String REMEDIATION = "remediation";
    /** Marks a companion rule that reports the facts its main rule could not see. */
    public static final String NOT_EVALUATED_FOR = "notEvaluatedFor";
    /**
     * Marks a second DRL rule that reports findings for the rule with that id, for a check whose
     * condition has two shapes that one pattern cannot bind (a zone, or no zones at all).
     */
    public static final String PART_OF = "partOf";
    /**
     * Marks an internal rule: one that infers facts for other rules instead of reporting (which
     * waiver covers which finding, which modules carry debug code), with the reason as its value.
     * It has no id, is not in the rule list, and always fires, whatever --only/--skip select.
     */
    public static final String INTERNAL = "internal";
}
