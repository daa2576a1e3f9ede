package dev.estateaudit.plan;

import dev.estateaudit.findings.Finding;
import dev.estateaudit.findings.Severity;
import java.util.Set;
import java.util.TreeSet;

/**
 * A finding of the audit, handed to the plan rules as a fact (blocking errors, modules with errors...).
 * {@code evidenceKeys} tell the shapes of one rule apart (e.g. upgrade.order's versus versions already ahead).
 */
public record AuditedFinding(String ruleId, String category, Severity severity, String title, String message, String environment,
                             String module, String remediation, Set<String> evidenceKeys) {

    public AuditedFinding {
        evidenceKeys = Set.copyOf(evidenceKeys);
    }

    public static AuditedFinding of(Finding f) {
        return new AuditedFinding(f.ruleId(), f.rule().category(), f.severity(), f.rule().title(), f.message(),
                f.subject().environment(), f.subject().module(), f.rule().remediation(), new TreeSet<>(f.evidence().keySet()));
    }

    public String getRuleId() { return ruleId; }
    public String getCategory() { return category; }
    public Severity getSeverity() { return severity; }
    public String getTitle() { return title; }
    public String getMessage() { return message; }
    public String getEnvironment() { return environment; }
    public String getModule() { return module; }
    public String getRemediation() { return remediation; }
    public Set<String> getEvidenceKeys() { return evidenceKeys; }
    public boolean isBlocking() { return severity == Severity.ERROR; }

    /** "Production / Orders_CS", "Production", or "the estate": where the finding is. */
    public String getSubject() {
        if (environment == null) {
            return "the estate";
        }
        return module == null ? environment : environment + " / " + module;
    }

    /** Tells one rule's findings apart (subject and message), so a rule can pick one of them to speak for all. */
    public String getKey() {
        return (environment == null ? "" : environment) + "\u0000" + (module == null ? "" : module) + "\u0000" + message;
    }

    /** The one of a rule's findings that speaks for them all: the smallest key, whatever order they came in. */
    public static AuditedFinding speakingFor(java.util.Collection<?> findings) {
        return findings.stream().map(AuditedFinding.class::cast).min(java.util.Comparator.comparing(AuditedFinding::getKey))
                .orElseThrow();
    }

    /** The command that prints the rule's page, which works wherever the tool is installed. */
    public String getExplain() {
        return "estate-audit explain " + ruleId;
    }
}
