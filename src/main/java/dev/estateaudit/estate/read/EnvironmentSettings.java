package dev.estateaudit.estate.read;

import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.Purpose;
import dev.estateaudit.estate.SourcePosition;

/**
 * The environment settings that exist only on some major versions. Up to OutSystems 10 an
 * environment has a running mode (development or production); OutSystems 11 replaced it with a
 * Purpose and an environment-level Debug Mode. An estate file that gives an environment the
 * other version's setting is refused, naming the field that applies and how the values map,
 * rather than silently judged by a setting that version does not have. Sources: OutSystems
 * documentation, "OutSystems running modes: Development vs Production mode" ("applies only up to
 * OutSystems 10"), and "Configure your OutSystems environment", sections "Purpose" and
 * "Environment Debug Mode" (see docs/rules/ for the addresses).
 */
final class EnvironmentSettings {

    /** The first major version with Purpose and environment Debug Mode instead of a running mode. */
    static final int PURPOSE_MAJOR = 11;

    private static final String PURPOSE_VALUES = "development | non-production | production";

    private EnvironmentSettings() {
    }

    static void check(EstateEnvironment environment, String path, EstateProblems problems) {
        if (environment.getPlatformVersion() == null) {
            // missing, or written so it did not parse (11.29 unquoted): that has its own message, and
            // judging the settings against no version would send an OutSystems 11 user the wrong way
            return;
        }
        SourcePosition at = environment.getPosition();
        String label = "environment '" + environment.getName() + "' runs Platform Server " + environment.getPlatformVersion();
        if (environment.getMajor() >= PURPOSE_MAJOR) {
            if (environment.getRunningMode() != null) {
                problems.add(at, path + ".runningMode", "OutSystems 11 has no running mode ("
                        + label + "): state the environment's purpose (" + PURPOSE_VALUES + ") and its debugMode "
                        + "(true | false) instead. Running mode development maps to purpose development, production to "
                        + "production; a quality or pre-production environment is usually non-production");
            }
            if (environment.getRunningModeChangedAt() != null) {
                problems.add(at, path + ".runningModeChangedAt", "OutSystems 11 has no running mode ("
                        + label + "): remove runningModeChangedAt; a change of purpose applies to every module without "
                        + "a republish");
            }
            if (environment.getPurpose() == Purpose.MANAGEMENT) {
                problems.add(at, path + ".purpose", "management is the purpose of LifeTime's own "
                        + "environment, which the lifetime block describes; an application environment's purpose is one of "
                        + PURPOSE_VALUES);
            }
        } else {
            if (environment.getPurpose() != null) {
                problems.add(at, path + ".purpose", "purpose exists from OutSystems 11 on (" + label
                        + "): state its runningMode (development | production) instead");
            }
            if (environment.getDebugMode() != null) {
                problems.add(at, path + ".debugMode", "an environment-level debug mode exists from "
                        + "OutSystems 11 on (" + label + "): up to OutSystems 10 the runningMode (development | production) "
                        + "and each module's debugMode decide");
            }
        }
    }
}
