package dev.estateaudit.plan;

import dev.estateaudit.findings.Finding;
import dev.estateaudit.findings.Severity;

/** A finding of the audit, handed to the plan rules as a fact (blocking errors, modules with errors...). */
public record AuditedFinding(String ruleId, Severity severity, String title, String message, String environment,
                             String module, String remediation) {

    static AuditedFinding of(Finding f) {
        return new AuditedFinding(f.ruleId(), f.severity(), f.rule().title(), f.message(), f.subject().environment(),
                f.subject().module(), f.rule().remediation());
    }

    public String getRuleId() { return ruleId; }
    public Severity getSeverity() { return severity; }
    public String getTitle() { return title; }
    public String getMessage() { return message; }
    public String getEnvironment() { return environment; }
    public String getModule() { return module; }
    public String getRemediation() { return remediation; }
    public boolean isBlocking() { return severity == Severity.ERROR; }

    /** Where the rule's documentation page lives in the repository. */
    public String getRuleDoc() {
        return "docs/rules/" + ruleId + ".md";
    }
}
