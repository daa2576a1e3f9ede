package dev.estateaudit.facts;

import dev.estateaudit.estate.EstateModule;
import dev.estateaudit.estate.ModuleNames;

/**
 * One entry of a module's {@code references}, inserted as a fact of its own. It carries the
 * referencing module ({@code source}) and the names of the modules of its environment
 * ({@code environmentModules}), so that a rule asks about the target without joining modules.
 */
public record ModuleReference(String environment, String module, String target, EstateModule source,
                              ModuleNames environmentModules) {
    public String getEnvironment() { return environment; }
    public String getModule() { return module; }
    public String getTarget() { return target; }
    public EstateModule getSource() { return source; }
    public ModuleNames getEnvironmentModules() { return environmentModules; }
}
