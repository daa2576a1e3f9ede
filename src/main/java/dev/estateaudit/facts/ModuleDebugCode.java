package dev.estateaudit.facts;

import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.EstateModule;
import dev.estateaudit.estate.ModuleKind;
import dev.estateaudit.estate.Role;
import dev.estateaudit.estate.RunningMode;
import dev.estateaudit.estate.Version;

/**
 * An eSpace of a production or pre-production environment whose published code carries debug
 * support, or may: what debug-mode-in-production and debug-mode-in-preproduction share, derived
 * once with everything they filter on, so each matches one pattern by alpha constraints (no
 * environment-to-module join holding every module in beta memory). eSpaces whose code surely
 * carries none get no fact.
 * <p>
 * Up to OutSystems 10 production running mode generates code without debug support whatever the
 * module's flag, and development running mode follows the module's debug mode (OutSystems
 * documentation, "OutSystems running modes: Development vs Production mode"). From OutSystems 11
 * the module's debug mode decides, and a change takes effect only when the module is republished,
 * so a module still flagged on keeps its debug code whatever the environment's debug mode says now
 * ("Configure your OutSystems environment", section "Environment Debug Mode").
 */
public record ModuleDebugCode(EstateModule module, String environment, Role role, Version platformVersion,
                              RunningMode runningMode, Boolean environmentDebugMode, State state) {

    /** What is known about the module's debug code. */
    public enum State {
        /** Its code carries debug support. */
        PRESENT,
        /** Debug code is possible, but the module's own debug mode is not given. */
        MODULE_DEBUG_MODE_UNKNOWN,
        /** OutSystems 10 or earlier, debug mode on, running mode not given: only the running mode decides. */
        RUNNING_MODE_UNKNOWN
    }

    /** The fact for one module, or null when the rules have nothing to say about it. */
    static ModuleDebugCode of(EstateEnvironment environment, EstateModule module) {
        Role role = environment.getRole();
        if (module.getKind() != ModuleKind.ESPACE || role != Role.PRODUCTION && role != Role.PREPRODUCTION) {
            return null;
        }
        State state = state(environment, module.getDebugMode());
        return state == null ? null : new ModuleDebugCode(module, environment.getName(), role,
                environment.getPlatformVersion(), environment.getRunningMode(), environment.getDebugMode(), state);
    }

    private static State state(EstateEnvironment environment, Boolean moduleDebugMode) {
        if (Boolean.FALSE.equals(moduleDebugMode)) {
            return null;
        }
        boolean legacy = environment.getMajor() <= 10;
        if (legacy && environment.getRunningMode() == RunningMode.PRODUCTION) {
            return null;
        }
        if (moduleDebugMode == null) {
            return State.MODULE_DEBUG_MODE_UNKNOWN;
        }
        return legacy && environment.getRunningMode() == null ? State.RUNNING_MODE_UNKNOWN : State.PRESENT;
    }

    public EstateModule getModule() { return module; }
    public String getEnvironment() { return environment; }
    public Role getRole() { return role; }
    public Version getPlatformVersion() { return platformVersion; }
    public RunningMode getRunningMode() { return runningMode; }
    public Boolean getEnvironmentDebugMode() { return environmentDebugMode; }
    public State getState() { return state; }

    /** True up to OutSystems 10, where the running mode takes part. */
    public boolean isLegacy() {
        return platformVersion.getMajor() <= 10;
    }

    /** The version context a message gives: the running mode up to 10, the environment's debug mode from 11. */
    public String context() {
        if (isLegacy()) {
            return "Platform Server " + platformVersion + ", running mode " + runningMode;
        }
        return "Platform Server " + platformVersion + (Boolean.FALSE.equals(environmentDebugMode)
                ? "; the environment's debug mode is off, but the module keeps its debug code until it is republished" : "");
    }
}
