package dev.estateaudit.plan;

/** The audit's counts, as a fact for the plan rules. */
public record AuditSummary(long errors, long warnings, long notEvaluated) {
    public long getErrors() { return errors; }
    public long getWarnings() { return warnings; }
    public long getNotEvaluated() { return notEvaluated; }
}
