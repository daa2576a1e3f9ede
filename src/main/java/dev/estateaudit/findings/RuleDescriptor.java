package dev.estateaudit.findings;

import java.util.Map;

/**
 * A rule as reports and the catalogue see it. Everything here is read from the DRL rule's own
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
     * Marks a rule that decides something other than a finding (which waiver covers which finding):
     * it has no id, is not in the catalogue and is never deselected by --only/--skip.
     */
    public static final String INTERNAL = "internal";
}
