package dev.estateaudit.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.EstateModule;
import dev.estateaudit.estate.LifeTime;
import dev.estateaudit.estate.ModuleKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps LifeTime Deployment API v2 answers to an estate, field by field as docs/import.md's table
 * says. What LifeTime does not know, or says ambiguously, is left out and noted for the overlay
 * rather than guessed, so that the audit reports it as "not evaluated" instead of passing it.
 * Each environment record is mapped by {@link EnvironmentRecords}; zones, modules and the file's
 * header are added here.
 */
public final class EstateImporter {

    private final LifeTimeSource source;
    private final ImportSettings settings;
    private final ImportProgress progress;

    private final ImportNotes notes = new ImportNotes();
    private final EnvironmentRecords records = new EnvironmentRecords(notes);

    public EstateImporter(LifeTimeSource source, ImportSettings settings, ImportProgress progress) {
        this.source = source;
        this.settings = settings;
        this.progress = progress;
    }

    public ImportedEstate run() {
        JsonNode environments = LifeTimeApi.requireArray("/environments/", source.environments());
        progress.start(1L + environments.size() + (settings.includeModules() ? 2 : 0));
        progress.step();
        Map<String, EstateEnvironment> byKey = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        boolean anyUnsureRole = false;
        for (JsonNode record : sorted(environments)) {
            EstateEnvironment environment = records.environment(record, skipped);
            if (environment != null && byKey.values().stream().anyMatch(e -> e.getName().equals(environment.getName()))) {
                throw new ImportException("LifeTime lists two environments named '" + environment.getName()
                        + "'; an estate needs unique names");
            }
            if (environment != null) {
                anyUnsureRole |= record.path("EnvironmentType").asText("").isBlank()
                        || EnvironmentRecords.roleOf(record.path("EnvironmentType").asText("")) == null;
                String key = EnvironmentKey.checked(environment.getName(), record.path("Key").asText(""));
                addZones(environment, key);
                byKey.put(record.path("Key").asText(environment.getName()), environment);
            }
            progress.step();
        }
        if (byKey.isEmpty()) {
            throw new ImportException("LifeTime lists no usable environment (" + source.description() + ")"
                    + (skipped.isEmpty() ? "" : "; skipped: " + String.join(", ", skipped)));
        }
        boolean modulesRead = settings.includeModules() && addModules(byKey);
        Estate estate = new Estate();
        estate.setName(settings.estateName() != null ? settings.estateName() : "LifeTime estate");
        if (settings.lifetimePlatformVersion() != null) {
            LifeTime lifetime = new LifeTime();
            lifetime.setPlatformVersion(settings.lifetimePlatformVersion());
            estate.setLifetime(lifetime);
        }
        estate.setEnvironments(new ArrayList<>(byKey.values()));
        return new ImportedEstate(estate, source.description(), settings,
                header(skipped, anyUnsureRole, modulesRead), notes.byEnvironment(), notes.warnings());
    }

    /** Environments by LifeTime's Order, then name, so that the file's order never depends on the answer's. */
    private static List<JsonNode> sorted(JsonNode environments) {
        List<JsonNode> list = new ArrayList<>();
        environments.forEach(list::add);
        list.sort(Comparator.<JsonNode>comparingInt(e -> e.path("Order").asInt(Integer.MAX_VALUE))
                .thenComparing(e -> e.path("Name").asText("")));
        return list;
    }

    /**
     * LifeTime names an environment's zones but not which front ends serve each, so no zone is
     * written: an empty zone would tell the zero-downtime rule the zone has no front end. The names
     * go into a comment, and frontEndCount stands for the environment.
     */
    private void addZones(EstateEnvironment environment, String key) {
        ZoneListing zones = source.deploymentZones(key, environment.getName());
        if (!zones.isAvailable()) {
            notes.note(environment.getName(), "zones: unknown (" + zones.unavailableBecause() + ")");
        } else if (!zones.zones().isEmpty()) {
            List<String> names = zones.zones().stream().map(ZoneListing.ZoneName::toString).sorted().toList();
            notes.note(environment.getName(), "zones in LifeTime: " + String.join(", ", names)
                    + "; LifeTime does not say which front ends serve them: list zones with their frontEnds in the overlay");
        }
    }

    private boolean addModules(Map<String, EstateEnvironment> byKey) {
        Map<String, String> applicationNames = new HashMap<>();
        for (JsonNode application : LifeTimeApi.requireArray("/applications/", source.applications())) {
            applicationNames.put(application.path("Key").asText(""), application.path("Name").asText("").strip());
        }
        progress.step();
        JsonNode modules = source.modulesWithStatus();
        progress.step();
        if (modules == null) {
            notes.warn("no module statuses in " + source.description() + ": modules are not imported");
            return false;
        }
        Map<String, TreeMap<String, EstateModule>> perEnvironment = new HashMap<>();
        for (JsonNode module : LifeTimeApi.requireArray("/modules/", modules)) {
            String name = module.path("Name").asText("").strip();
            if (name.isEmpty()) {
                continue;
            }
            for (JsonNode status : module.path("ModuleStatusInEnv")) {
                String environmentKey = status.path("EnvironmentKey").asText("");
                if (!byKey.containsKey(environmentKey)) {
                    continue; // an environment skipped above, or one LifeTime no longer lists
                }
                EstateModule imported = module(name, module, status, applicationNames);
                EstateModule earlier = perEnvironment.computeIfAbsent(environmentKey, k -> new TreeMap<>())
                        .putIfAbsent(name, imported);
                if (earlier != null) {
                    notes.warn("module '" + name + "' appears twice in environment '" + byKey.get(environmentKey).getName()
                            + "'; the first is kept");
                }
            }
        }
        perEnvironment.forEach((key, modulesByName) -> byKey.get(key).setModules(new ArrayList<>(modulesByName.values())));
        return true;
    }

    private static EstateModule module(String name, JsonNode module, JsonNode status, Map<String, String> applicationNames) {
        EstateModule imported = new EstateModule();
        imported.setName(name);
        imported.setKind(switch (module.path("Kind").asText("").strip().toLowerCase(Locale.ROOT)) {
            case "espace" -> ModuleKind.ESPACE;
            case "extension" -> ModuleKind.EXTENSION;
            default -> null;
        });
        String application = applicationNames.get(status.path("ApplicationKey").asText(""));
        if (application != null && !application.isEmpty()) {
            imported.setApplication(application);
        }
        String consistency = status.path("ConsistencyStatus").asText("").strip();
        if (!consistency.isEmpty()) {
            imported.setConsistencyStatus(consistency);
        }
        return imported;
    }

    private List<String> header(List<String> skipped, boolean anyUnsureRole, boolean modulesRead) {
        List<String> header = new ArrayList<>();
        if (settings.lifetimePlatformVersion() == null) {
            header.add("lifetime: LifeTime's own Platform Server version is not in the API; give lifetime.platformVersion "
                    + "(read in LifeTime's Service Center) in the overlay, or import again with --lifetime-platform-version");
        }
        header.add("lifetime.dedicated and lifetime.version: whether LifeTime has an environment of its own, and its release");
        header.add("licenses, and per environment: license, upgradeStrategy; on OutSystems 11 debugMode (and purpose where "
                + "LifeTime's type does not settle it); up to 10 runningMode and runningModeChangedAt");
        header.add("zones with their frontEnds: LifeTime counts front ends (frontEndCount) but does not list them per zone");
        header.add("roles: LifeTime knows Development, Test and Production only, so a pre-production environment is imported "
                + "as quality (Test) and cannot be told apart: set role: preproduction in the overlay"
                + (anyUnsureRole ? "; environments without a type are imported as quality too (see their comments)" : ""));
        if (modulesRead) {
            header.add("per module: debugMode, publishedWith, lastPublished, references, errorsLast7Days");
        } else if (settings.includeModules()) {
            header.add("modules: the source holds no module statuses");
        } else {
            header.add("modules: not imported (import again with --modules)");
        }
        if (!skipped.isEmpty()) {
            header.add("skipped, no Platform Server version in LifeTime: " + String.join(", ", skipped));
        }
        return header;
    }
}
