package dev.estateaudit.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estateaudit.estate.ApplicationServer;
import dev.estateaudit.estate.DatabaseProvider;
import dev.estateaudit.estate.EnumLabels;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.EstateModule;
import dev.estateaudit.estate.Hosting;
import dev.estateaudit.estate.LifeTime;
import dev.estateaudit.estate.ModuleKind;
import dev.estateaudit.estate.Purpose;
import dev.estateaudit.estate.Role;
import dev.estateaudit.estate.Version;
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
 */
public final class EstateImporter {

    private final LifeTimeSource source;
    private final ImportSettings settings;
    private final ImportProgress progress;

    private final List<String> warnings = new ArrayList<>();
    private final Map<String, List<String>> notes = new LinkedHashMap<>();

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
            EstateEnvironment environment = environment(record, skipped);
            if (environment != null && byKey.values().stream().anyMatch(e -> e.getName().equals(environment.getName()))) {
                throw new ImportException("LifeTime lists two environments named '" + environment.getName()
                        + "'; an estate needs unique names");
            }
            if (environment != null) {
                anyUnsureRole |= record.path("EnvironmentType").asText("").isBlank()
                        || roleOf(record.path("EnvironmentType").asText("")) == null;
                addZones(environment, record.path("Key").asText(""));
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
                header(skipped, anyUnsureRole, modulesRead), notes, warnings);
    }

    /** Environments by LifeTime's Order, then name, so that the file's order never depends on the answer's. */
    private static List<JsonNode> sorted(JsonNode environments) {
        List<JsonNode> list = new ArrayList<>();
        environments.forEach(list::add);
        list.sort(Comparator.<JsonNode>comparingInt(e -> e.path("Order").asInt(Integer.MAX_VALUE))
                .thenComparing(e -> e.path("Name").asText("")));
        return list;
    }

    private EstateEnvironment environment(JsonNode record, List<String> skipped) {
        String name = record.path("Name").asText("").strip();
        String key = record.path("Key").asText("");
        if (name.isEmpty()) {
            throw new ImportException("GET /environments/: an environment has no Name (Key '" + key + "')");
        }
        Version version;
        try {
            version = Version.parse(record.path("OSVersion").asText(""));
        } catch (IllegalArgumentException e) {
            skipped.add(name);
            warn("environment '" + name + "' is skipped: LifeTime gives no Platform Server version for it (OSVersion '"
                    + record.path("OSVersion").asText("") + "')");
            return null;
        }
        EstateEnvironment environment = new EstateEnvironment();
        environment.setName(name);
        environment.setPlatformVersion(version);
        if (record.path("Order").isInt()) {
            environment.setOrder(record.path("Order").asInt());
        }
        String type = record.path("EnvironmentType").asText("").strip();
        Role role = roleOf(type);
        if (role == null) {
            role = Role.QUALITY;
            note(name, "role: LifeTime gives " + (type.isEmpty() ? "no environment type" : "the unknown type '" + type + "'")
                    + "; imported as quality: confirm the role (development, quality, preproduction, production) in the overlay");
        }
        environment.setRole(role);
        setPurpose(environment, type);
        if (record.path("NumberOfFrontEnds").isInt() && record.path("NumberOfFrontEnds").asInt() >= 0) {
            environment.setFrontEndCount(record.path("NumberOfFrontEnds").asInt());
        }
        if (record.path("IsCloudEnvironment").isBoolean()) {
            environment.setHosting(record.path("IsCloudEnvironment").asBoolean() ? Hosting.CLOUD : Hosting.ON_PREMISES);
        }
        environment.setApplicationServer(applicationServer(name, record));
        environment.setDatabaseProvider(databaseProvider(name, record));
        if (record.path("IsOffline").asBoolean(false)) {
            warn("environment '" + name + "' is offline in LifeTime: what LifeTime reports about it may be out of date");
            note(name, "offline: LifeTime marks this environment offline; its version and front ends may be out of date");
        }
        return environment;
    }

    /**
     * LifeTime's EnvironmentType gives the OutSystems 11 purpose where it can only mean one:
     * Development, Production, and NonProduction (shown for the Non-Production purpose in an
     * OutSystems support article). "Test" (the Swagger's third documented value) and "" do not
     * say which purpose was chosen, so none is written and a comment asks the overlay. Up to
     * OutSystems 10 environments have a running mode instead, which LifeTime does not give.
     */
    private void setPurpose(EstateEnvironment environment, String environmentType) {
        if (environment.getMajor() < 11) {
            return;
        }
        Purpose purpose = purposeOf(environmentType);
        if (purpose != null) {
            environment.setPurpose(purpose);
        } else {
            note(environment.getName(), "purpose: LifeTime's type " + (environmentType.isEmpty() ? "is empty" : "'" + environmentType + "'")
                    + ", which does not tell the purpose: give purpose (development, non-production, production) in the overlay");
        }
    }

    static Purpose purposeOf(String environmentType) {
        return switch (environmentType.strip().toLowerCase(Locale.ROOT)) {
            case "development" -> Purpose.DEVELOPMENT;
            case "nonproduction", "non-production" -> Purpose.NON_PRODUCTION;
            case "production" -> Purpose.PRODUCTION;
            default -> null;
        };
    }

    static Role roleOf(String environmentType) {
        return switch (environmentType.strip().toLowerCase(Locale.ROOT)) {
            case "development" -> Role.DEVELOPMENT;
            case "test" -> Role.QUALITY;
            case "production" -> Role.PRODUCTION;
            default -> null;
        };
    }

    private ApplicationServer applicationServer(String environment, JsonNode record) {
        String server = record.path("ApplicationServer").asText("").strip();
        String stack = record.path("ApplicationServerType").asText("").strip();
        if (!server.isEmpty()) {
            try {
                return EnumLabels.parse(ApplicationServer.class, server);
            } catch (IllegalArgumentException e) {
                note(environment, "applicationServer: LifeTime gives '" + server + "', which estate-audit does not know");
                return null;
            }
        }
        if (stack.equalsIgnoreCase(".NET")) {
            return ApplicationServer.IIS; // the .NET stack of the Platform Server runs on IIS only
        }
        if (!stack.isEmpty()) {
            note(environment, "applicationServer: LifeTime gives only the stack '" + stack + "' (JBoss or WebLogic?)");
        }
        return null;
    }

    private DatabaseProvider databaseProvider(String environment, JsonNode record) {
        String provider = record.path("DatabaseProvider").asText("").strip();
        if (provider.isEmpty()) {
            return null;
        }
        try {
            return EnumLabels.parse(DatabaseProvider.class, provider);
        } catch (IllegalArgumentException e) {
            note(environment, "databaseProvider: LifeTime gives '" + provider + "', which estate-audit does not know");
            return null;
        }
    }

    /**
     * LifeTime names an environment's zones but not which front ends serve each, so no zone is
     * written: an empty zone would tell the zero-downtime rule the zone has no front end. The names
     * go into a comment, and frontEndCount stands for the environment.
     */
    private void addZones(EstateEnvironment environment, String key) {
        ZoneListing zones = source.deploymentZones(key, environment.getName());
        if (!zones.isAvailable()) {
            note(environment.getName(), "zones: unknown (" + zones.unavailableBecause() + ")");
        } else if (!zones.zones().isEmpty()) {
            List<String> names = zones.zones().stream().map(ZoneListing.ZoneName::toString).sorted().toList();
            note(environment.getName(), "zones in LifeTime: " + String.join(", ", names)
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
            warn("no module statuses in " + source.description() + ": modules are not imported");
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
                    warn("module '" + name + "' appears twice in environment '" + byKey.get(environmentKey).getName()
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

    private void note(String environment, String text) {
        notes.computeIfAbsent(environment, k -> new ArrayList<>()).add(text);
    }

    private void warn(String text) {
        warnings.add(text);
    }
}
