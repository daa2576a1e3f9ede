package dev.estateaudit.facts;

/**
 * One entry of a module's {@code references}, inserted as a fact of its own so that a rule can
 * join it to the referenced module with an indexed {@code ==} on environment and name.
 */
public record ModuleReference(String environment, String module, String target) {
    public String getEnvironment() { return environment; }
    public String getModule() { return module; }
    public String getTarget() { return target; }
}
