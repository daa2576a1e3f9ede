package dev.estateaudit.app;

import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.EstateModule;
import dev.estateaudit.findings.AuditResult;
import dev.estateaudit.estate.Role;
import dev.estateaudit.findings.NotEvaluated;
import dev.estateaudit.importer.EstateYamlWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code init --from}: an overlay for an imported estate that names, commented out, every fact the
 * rules need and the import lacks, per environment, with what it means and how many checks wait
 * for it. The user uncomments and fills in what they know; as written it changes nothing, so the
 * two files already load and check together.
 */
public final class StarterOverlay {

    /**
     * A fact of an environment: its field, an example value (for that environment: a licence or a
     * purpose follows its role), what it means, and whether the estate lacks it.
     */
    private record Field(String name, Function<EstateEnvironment, String> example, String meaning, Predicate<EstateEnvironment> lacking) {

        Field(String name, String example, String meaning, Predicate<EstateEnvironment> lacking) {
            this(name, e -> example, meaning, lacking);
        }
    }

    private static final List<Field> ELEVEN = List.of(
            new Field("purpose", StarterOverlay::purposeFor, "OutSystems 11: development | non-production | production",
                    e -> e.getPurpose() == null),
            new Field("debugMode", "false", "OutSystems 11: the environment's own Debug Mode", e -> e.getDebugMode() == null));
    private static final List<Field> TEN = List.of(
            new Field("runningMode", "production", "up to OutSystems 10: development | production", e -> e.getRunningMode() == null));
    private static final List<Field> EVERY = List.of(
            // only a production environment takes a production licence: any other suggestion, uncommented, exceeds the licences held
            new Field("license", e -> isProduction(e) ? "production" : "development",
                    "the licence it is registered with: development | production", e -> e.getLicense() == null),
            new Field("upgradeStrategy", "downtime", "downtime | zero-downtime (two enabled front ends per zone)", e -> e.getUpgradeStrategy() == null),
            new Field("operatingSystem", "Windows Server 2019", "the front ends' operating system", e -> e.getOperatingSystem() == null),
            new Field("databaseVersion", "\"2019\"", "the platform database's version", e -> e.getDatabaseVersion() == null),
            new Field("databaseEdition", "Standard", "the platform database's edition", e -> e.getDatabaseEdition() == null),
            new Field("dotnetHostingBundle", "[\"8.0.11\"]", "the front ends' .NET hosting bundles: one version, or a list of those installed side by side",
                    e -> e.getDotnetHostingBundle() == null),
            new Field("zones", "[{name: Global, frontEnds: [{name: fe-01}, {name: fe-02}]}]",
                    "deployment zones with the front ends that serve them (LifeTime only counts them)", e -> e.getZones().isEmpty()));

    /** Where a suggestion's meaning starts, counted from 0: past the longest usual suggestion. */
    static final int COMMENT_COLUMN = 45;

    private StarterOverlay() {
    }

    /** The overlay, opening with {@code schemaLine} (the editor's pointer to the estate file's JSON Schema, or ""). */
    public static String write(Estate estate, String importedFile, String schemaLine) {
        AuditResult audit = AuditEngine.builtinOnly().audit(estate);
        Map<String, Map<String, Integer>> waiting = new HashMap<>();
        for (NotEvaluated n : audit.notEvaluated()) {
            for (String fact : n.missing()) {
                waiting.computeIfAbsent(Objects.requireNonNullElse(n.subject().environment(), ""), k -> new LinkedHashMap<>())
                        .merge(fact, 1, Integer::sum);
            }
        }
        StringBuilder yaml = new StringBuilder(schemaLine);
        yaml.append("# Overlay for ").append(importedFile).append(", written by 'estate-audit init --from'.\n")
                .append("# Each commented line is a fact the rules need that the import does not give. Uncomment the\n")
                .append("# ones you know and put in your values; as written, this file changes nothing. Check both with:\n")
                .append("#   estate-audit check ").append(importedFile).append(" THIS-FILE.yaml\n")
                .append("# Checks not evaluated now: ").append(audit.notEvaluated().size()).append(".\n");
        estateLevel(yaml, estate, waiting.getOrDefault("", Map.of()));
        yaml.append("environments:\n");
        for (EstateEnvironment e : estate.getEnvironments()) {
            environment(yaml, e, waiting.getOrDefault(e.getName(), Map.of()));
        }
        return yaml.toString();
    }

    private static void estateLevel(StringBuilder yaml, Estate estate, Map<String, Integer> waiting) {
        if (estate.getLicenses() == null) {
            long production = estate.getEnvironments().stream().filter(StarterOverlay::isProduction).count();
            line(yaml, "", "licenses: {production: " + production + ", development: " + (estate.getEnvironments().size() - production) + "}",
                    "the licences you hold, by kind", waiting, "licenses");
        }
        if (estate.getLifetime() == null || estate.getLifetime().getPlatformVersion() == null) {
            line(yaml, "", "lifetime: {platformVersion: \"11.31.0\", dedicated: true}",
                    "LifeTime's environment's Platform Server (see Service Center), and whether it is its own", waiting, "lifetime.");
        } else if (estate.getLifetime().getDedicated() == null) {
            line(yaml, "", "lifetime: {dedicated: true}", "true: LifeTime has an environment of its own", waiting, "lifetime.dedicated");
        }
        if (!estate.isUpgradePlanned()) {
            line(yaml, "", "upgrade: {targetVersion: \"11.31.0\"}", "the Platform Server version to upgrade to", waiting, "upgrade.");
        }
    }

    private static void environment(StringBuilder yaml, EstateEnvironment e, Map<String, Integer> waiting) {
        yaml.append("  - name: ").append(EstateYamlWriter.quote(e.getName())).append("\n");
        List<Field> fields = new ArrayList<>(e.getMajor() >= 11 ? ELEVEN : TEN);
        fields.addAll(EVERY);
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Field field : fields) {
            named.add("environment." + field.name());
            if (field.lacking().test(e)) {
                String example = field.example().apply(e);
                line(yaml, "    ", field.name() + ": " + example, field.meaning(), waiting, "environment." + field.name());
            }
        }
        // any other fact of the environment a rule waits for (runtimes, say), by the name the rule gives
        waiting.keySet().stream().filter(f -> f.startsWith("environment.") && !named.contains(f)).sorted()
                .forEach(f -> line(yaml, "    ", f.substring("environment.".length()) + ": ...", "a fact the rules read; "
                        + "see the README's estate file section", waiting, f));
        modules(yaml, e, waiting);
    }

    private static boolean isProduction(EstateEnvironment e) {
        return e.getRole() == Role.PRODUCTION;
    }

    /** The purpose an environment of that role usually has. */
    private static String purposeFor(EstateEnvironment e) {
        if (e.getRole() == null) {
            return "non-production";
        }
        return switch (e.getRole()) {
            case DEVELOPMENT, PERSONAL -> "development";
            case PRODUCTION -> "production";
            default -> "non-production";
        };
    }

    private static void modules(StringBuilder yaml, EstateEnvironment e, Map<String, Integer> waiting) {
        Map<String, Function<EstateModule, Object>> facts = new LinkedHashMap<>();
        facts.put("debugMode", EstateModule::getDebugMode);
        facts.put("publishedWith", EstateModule::getPublishedWith);
        facts.put("errorsLast7Days", EstateModule::getErrorsLast7Days);
        List<String> lacking = facts.entrySet().stream()
                .filter(f -> e.getModules().stream().anyMatch(m -> f.getValue().apply(m) == null)).map(Map.Entry::getKey).toList();
        if (lacking.isEmpty()) {
            return;
        }
        int checks = lacking.stream().mapToInt(f -> waiting.getOrDefault("module." + f, 0)).sum();
        yaml.append("    # modules lack ").append(String.join(", ", lacking)).append(" (").append(checks)
                .append(checks == 1 ? " check waits" : " checks wait").append(" for them); per module:\n");
        yaml.append("    # modules:\n");
        for (EstateModule m : e.getModules()) {
            yaml.append("    #   - {name: ").append(EstateYamlWriter.quote(m.getName())).append(", debugMode: false, publishedWith: ")
                    .append(EstateYamlWriter.quote(String.valueOf(e.getPlatformVersion()))).append(", errorsLast7Days: 0}\n");
        }
    }

    /**
     * A suggestion with its meaning beside it, every meaning starting at {@link #COMMENT_COLUMN}; a
     * suggestion too long for that has its meaning on the line above instead, so no column drifts.
     */
    private static void line(StringBuilder yaml, String indent, String field, String meaning, Map<String, Integer> waiting,
            String factPrefix) {
        int checks = waiting.entrySet().stream().filter(w -> w.getKey().startsWith(factPrefix)).mapToInt(Map.Entry::getValue).sum();
        String suggestion = indent + "# " + field;
        String note = "# " + meaning + (checks > 0 ? " (" + checks + (checks == 1 ? " check waits" : " checks wait") + " for it)" : "");
        if (suggestion.length() < COMMENT_COLUMN - 1) {
            yaml.append(suggestion).append(" ".repeat(COMMENT_COLUMN - suggestion.length())).append(note).append("\n");
        } else {
            yaml.append(indent).append(note).append("\n").append(suggestion).append("\n");
        }
    }
}
