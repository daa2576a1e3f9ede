package dev.estateaudit.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import could not settle from LifeTime's answers: comments for the estate file, per
 * environment, and warnings the user hears at once.
 */
final class ImportNotes {

    private final Map<String, List<String>> byEnvironment = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    /** A comment written above the environment {@code environment} in the estate file. */
    void note(String environment, String text) {
        byEnvironment.computeIfAbsent(environment, k -> new ArrayList<>()).add(text);
    }

    /** A warning printed on standard error. */
    void warn(String text) {
        warnings.add(text);
    }

    Map<String, List<String>> byEnvironment() {
        return byEnvironment;
    }

    List<String> warnings() {
        return warnings;
    }
}
