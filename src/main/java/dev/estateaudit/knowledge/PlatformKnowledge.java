package dev.estateaudit.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.estateaudit.estate.ApplicationServer;
import dev.estateaudit.estate.DatabaseProvider;
import dev.estateaudit.estate.EnumLabels;
import dev.estateaudit.estate.Version;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The platform knowledge catalogue loaded as facts: what each Platform Server version range
 * requires, supports and dropped, each fact with its OutSystems source. The data lives in
 * rules/knowledge/platform-catalogue.yaml (packaged into the jar); rules read these facts, so a
 * new requirement is a data change, not a code change.
 */
public final class PlatformKnowledge {

    /** Where the build packages rules/knowledge/platform-catalogue.yaml. */
    public static final String BUILTIN_RESOURCE = "/dev/estateaudit/knowledge/platform-catalogue.yaml";

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static volatile PlatformKnowledge builtin;

    private final KnowledgeHorizon horizon;
    private final List<SupportedOperatingSystem> operatingSystems;
    private final List<SupportedApplicationServer> applicationServers;
    private final List<DatabaseSupport> databases;
    private final List<PlatformConstraint> constraints;
    private final List<RepublishRequirement> republishing;
    private final List<MajorRelease> majorReleases;
    private final List<UpgradeProcedure> procedures;

    private PlatformKnowledge(KnowledgeHorizon horizon, List<SupportedOperatingSystem> operatingSystems,
            List<SupportedApplicationServer> applicationServers, List<DatabaseSupport> databases,
            List<PlatformConstraint> constraints, List<RepublishRequirement> republishing,
            List<MajorRelease> majorReleases, List<UpgradeProcedure> procedures) {
        this.horizon = horizon;
        this.operatingSystems = List.copyOf(operatingSystems);
        this.applicationServers = List.copyOf(applicationServers);
        this.databases = List.copyOf(databases);
        this.constraints = List.copyOf(constraints);
        this.republishing = List.copyOf(republishing);
        this.majorReleases = List.copyOf(majorReleases);
        this.procedures = List.copyOf(procedures);
    }

    /** The catalogue shipped in the jar; read and checked once per process. */
    public static PlatformKnowledge builtin() {
        PlatformKnowledge result = builtin;
        if (result == null) {
            synchronized (PlatformKnowledge.class) {
                result = builtin;
                if (result == null) {
                    try (InputStream in = PlatformKnowledge.class.getResourceAsStream(BUILTIN_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("the platform knowledge catalogue is missing from the jar ("
                                    + BUILTIN_RESOURCE + "); rebuild with mvn package");
                        }
                        builtin = result = read("platform-catalogue.yaml (built in)", in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return result;
    }

    public static PlatformKnowledge load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new KnowledgeCatalogueException(file + ": cannot be read: " + e.getMessage());
        }
    }

    public static PlatformKnowledge read(String name, InputStream in) {
        CatalogueFile file;
        try {
            byte[] bytes = in.readAllBytes();
            file = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank() ? null : YAML.readValue(bytes, CatalogueFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new KnowledgeCatalogueException(name + ":" + e.getLocation().getLineNr() + ": unknown field '"
                    + e.getPropertyName() + "' (at " + path(e) + ")");
        } catch (JsonMappingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new KnowledgeCatalogueException(name + ":" + line + ": " + path(e) + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new KnowledgeCatalogueException(name + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (file == null) {
            throw new KnowledgeCatalogueException(name + ": the catalogue is empty");
        }
        return new Checker(name).check(file);
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "(root)" : sb.toString();
    }

    /** Every catalogue fact, in the file's order. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        facts.add(horizon);
        facts.addAll(operatingSystems);
        facts.addAll(applicationServers);
        facts.addAll(databases);
        facts.addAll(constraints);
        facts.addAll(republishing);
        facts.addAll(majorReleases);
        facts.addAll(procedures);
        return facts;
    }

    public KnowledgeHorizon horizon() { return horizon; }
    public List<SupportedOperatingSystem> operatingSystems() { return operatingSystems; }
    public List<SupportedApplicationServer> applicationServers() { return applicationServers; }
    public List<DatabaseSupport> databases() { return databases; }
    public List<PlatformConstraint> constraints() { return constraints; }
    public List<RepublishRequirement> republishing() { return republishing; }
    public List<MajorRelease> majorReleases() { return majorReleases; }
    public List<UpgradeProcedure> procedures() { return procedures; }

    public Optional<MajorRelease> majorRelease(int major) {
        return majorReleases.stream().filter(m -> m.major() == major).findFirst();
    }

    /** Checks every entry and turns it into a fact; the first problem stops the load with file and field. */
    private static final class Checker {
        private final String name;
        private final Map<String, DocumentSource> sources = new TreeMap<>();

        Checker(String name) {
            this.name = name;
        }

        PlatformKnowledge check(CatalogueFile file) {
            if (file.sources() == null || file.sources().isEmpty()) {
                throw problem("sources", "is required: the OutSystems documents the facts come from, by key");
            }
            for (Map.Entry<String, CatalogueFile.SourceEntry> e : new TreeMap<>(file.sources()).entrySet()) {
                String at = "sources." + e.getKey();
                CatalogueFile.SourceEntry s = required(e.getValue(), at);
                String url = text(s.url(), at + ".url");
                if (!url.startsWith("https://")) {
                    throw problem(at + ".url", "'" + url + "' must be an https:// address of the OutSystems document");
                }
                sources.put(e.getKey(), new DocumentSource(text(s.title(), at + ".title"), url));
            }
            CatalogueFile.Coverage coverage = required(file.coverage(), "coverage");
            Version from = version(coverage.from(), "coverage.from", true);
            Version horizonVersion = version(coverage.horizon(), "coverage.horizon", true);
            if (horizonVersion.isOlderThan(from)) {
                throw problem("coverage.horizon", "'" + horizonVersion + "' is older than coverage.from '" + from + "'");
            }
            KnowledgeHorizon horizon = new KnowledgeHorizon(from, horizonVersion, source(coverage.source(), "coverage.source"));

            List<SupportedOperatingSystem> systems = new ArrayList<>();
            List<CatalogueFile.OperatingSystemEntry> osEntries = list(file.operatingSystems(), "operatingSystems");
            for (int i = 0; i < osEntries.size(); i++) {
                String at = "operatingSystems[" + i + "]";
                CatalogueFile.OperatingSystemEntry e = required(osEntries.get(i), at);
                String osName = text(e.name(), at + ".name");
                systems.add(new SupportedOperatingSystem(osName, InfrastructureNames.operatingSystem(osName),
                        version(e.from(), at + ".from", true), range(e.from(), e.until(), at), e.note(), source(e.source(), at + ".source")));
            }

            List<SupportedApplicationServer> servers = new ArrayList<>();
            List<CatalogueFile.ApplicationServerEntry> serverEntries = list(file.applicationServers(), "applicationServers");
            for (int i = 0; i < serverEntries.size(); i++) {
                String at = "applicationServers[" + i + "]";
                CatalogueFile.ApplicationServerEntry e = required(serverEntries.get(i), at);
                servers.add(new SupportedApplicationServer(parse(() -> EnumLabels.parse(ApplicationServer.class, text(e.name(), at + ".name")), at + ".name"),
                        e.minimumVersion(), version(e.from(), at + ".from", true), range(e.from(), e.until(), at), e.note(),
                        source(e.source(), at + ".source")));
            }

            List<DatabaseSupport> databases = new ArrayList<>();
            List<CatalogueFile.DatabaseEntry> dbEntries = list(file.databases(), "databases");
            for (int i = 0; i < dbEntries.size(); i++) {
                String at = "databases[" + i + "]";
                CatalogueFile.DatabaseEntry e = required(dbEntries.get(i), at);
                DatabaseProvider provider = parse(() -> EnumLabels.parse(DatabaseProvider.class, text(e.provider(), at + ".provider")), at + ".provider");
                if (e.version() == null && provider != DatabaseProvider.AZURE_SQL) {
                    throw problem(at + ".version", "required for " + provider + " (only Azure SQL is versionless)");
                }
                List<String> editions = e.excludedEditions() == null ? List.of()
                        : e.excludedEditions().stream().map(InfrastructureNames::databaseEdition).toList();
                databases.add(new DatabaseSupport(provider, InfrastructureNames.databaseVersion(e.version()),
                        version(e.from(), at + ".from", true), range(e.from(), e.until(), at), editions, e.note(),
                        source(e.source(), at + ".source")));
            }

            List<PlatformConstraint> constraints = new ArrayList<>();
            List<CatalogueFile.ConstraintEntry> constraintEntries = optionalList(file.constraints());
            for (int i = 0; i < constraintEntries.size(); i++) {
                String at = "constraints[" + i + "]";
                CatalogueFile.ConstraintEntry e = required(constraintEntries.get(i), at);
                constraints.add(new PlatformConstraint(text(e.id(), at + ".id"), version(e.from(), at + ".from", true),
                        text(e.text(), at + ".text"), source(e.source(), at + ".source")));
            }

            List<RepublishRequirement> republishing = new ArrayList<>();
            List<CatalogueFile.RepublishEntry> republishEntries = list(file.republishing(), "republishing");
            for (int i = 0; i < republishEntries.size(); i++) {
                String at = "republishing[" + i + "]";
                CatalogueFile.RepublishEntry e = required(republishEntries.get(i), at);
                RepublishLevel level = RepublishLevel.parse(text(e.level(), at + ".level"))
                        .orElseThrow(() -> problem(at + ".level", "'" + e.level() + "' is not one of required, recommended, background"));
                republishing.add(new RepublishRequirement(level, version(e.sourceFrom(), at + ".sourceFrom", false),
                        version(e.sourceUntil(), at + ".sourceUntil", false), version(e.targetFrom(), at + ".targetFrom", true),
                        version(e.targetUntil(), at + ".targetUntil", false), text(e.reason(), at + ".reason"),
                        source(e.source(), at + ".source")));
            }
            RepublishVerdicts.overlap(republishing).ifPresent(pair -> {
                throw problem("republishing[" + pair[1] + "]", "overlaps republishing[" + pair[0] + "] ("
                        + republishing.get(pair[0]).level().label() + "): an upgrade must get one verdict, so the ranges of two entries may not overlap");
            });

            List<MajorRelease> majors = new ArrayList<>();
            List<CatalogueFile.MajorReleaseEntry> majorEntries = optionalList(file.majorReleases());
            for (int i = 0; i < majorEntries.size(); i++) {
                String at = "majorReleases[" + i + "]";
                CatalogueFile.MajorReleaseEntry e = required(majorEntries.get(i), at);
                majors.add(new MajorRelease(required(e.major(), at + ".major"), source(e.breakingChanges(), at + ".breakingChanges"),
                        e.whatsNew() == null ? null : source(e.whatsNew(), at + ".whatsNew")));
            }

            List<UpgradeProcedure> procedures = new ArrayList<>();
            Map<String, String> sorted = new TreeMap<>(file.procedures() == null ? Map.of() : file.procedures());
            sorted.forEach((key, value) -> procedures.add(new UpgradeProcedure(key, source(value, "procedures." + key))));
            return new PlatformKnowledge(horizon, systems, servers, databases, constraints, republishing, majors, procedures);
        }

        private Version range(String from, String until, String at) {
            Version end = version(until, at + ".until", false);
            if (end != null && !end.isNewerThan(Version.parse(from))) {
                throw problem(at + ".until", "'" + until + "' must be newer than from '" + from + "'");
            }
            return end;
        }

        /** Every fact names its source; an unknown key is an error, so no fact goes unsourced. */
        private DocumentSource source(String key, String at) {
            DocumentSource s = sources.get(text(key, at));
            if (s == null) {
                throw problem(at, "unknown source '" + key + "'; sources are " + String.join(", ", sources.keySet()));
            }
            return s;
        }

        private Version version(String text, String at, boolean required) {
            if (text == null) {
                if (required) {
                    throw problem(at, "is required");
                }
                return null;
            }
            return parse(() -> Version.parse(text), at);
        }

        private String text(String value, String at) {
            if (value == null || value.isBlank()) {
                throw problem(at, "is required");
            }
            return value;
        }

        private <T> T required(T value, String at) {
            if (value == null) {
                throw problem(at, "is required");
            }
            return value;
        }

        private <T> List<T> list(List<T> value, String at) {
            if (value == null || value.isEmpty()) {
                throw problem(at, "is required and must list at least one entry");
            }
            return value;
        }

        private static <T> List<T> optionalList(List<T> value) {
            return value == null ? List.of() : value;
        }

        private <T> T parse(java.util.function.Supplier<T> parser, String at) {
            try {
                return parser.get();
            } catch (IllegalArgumentException e) {
                throw problem(at, e.getMessage());
            }
        }

        private KnowledgeCatalogueException problem(String field, String message) {
            return new KnowledgeCatalogueException(name + ": " + field + ": " + message);
        }
    }
}
