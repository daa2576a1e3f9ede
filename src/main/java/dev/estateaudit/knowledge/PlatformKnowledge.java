package dev.estateaudit.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.estateaudit.estate.read.BindingMessages;
import dev.estateaudit.estate.read.InputProblems;
import dev.estateaudit.estate.read.guard.CharacterRefused;
import dev.estateaudit.estate.read.guard.InputLimits;
import dev.estateaudit.estate.read.guard.LinearYamlFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The platform catalogue loaded as facts: what each Platform Server version range
 * requires, supports and dropped, each fact with its OutSystems source. The data lives in
 * rules/knowledge/platform-catalogue.yaml (packaged into the jar); rules read these facts, so a
 * new requirement is a data change, not a code change.
 */
public final class PlatformKnowledge {

    /** Where the build packages rules/knowledge/platform-catalogue.yaml. */
    public static final String BUILTIN_RESOURCE = "/dev/estateaudit/knowledge/platform-catalogue.yaml";
    /** The same entries as JSON, written by the build ({@link BuiltinCatalogueWriter}): what a run reads. */
    static final String BUILTIN_JSON_RESOURCE = "/dev/estateaudit/knowledge/platform-catalogue.json";
    private static final String BUILTIN_NAME = "platform-catalogue.yaml (built in)";
    /** How reports name the catalogue shipped in the jar; a user's catalogue is named by its path. */
    public static final String BUILT_IN = "built-in";

    /** Built on first use: a run reads the built-in JSON and never needs it. */
    private static final class Yaml {
        // the estate reader's guards: a team's catalogue is input like an estate file (SnakeYAML in
        // linear time; InputLimits, wrapped around each parser below, bounds values and refuses aliases)
        static final ObjectMapper MAPPER = YAMLMapper.builder(new LinearYamlFactory(YAMLFactory.builder()))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    private static volatile PlatformKnowledge builtin;

    private final String origin;
    private final Map<String, DocumentSource> sources;
    private final KnowledgeHorizon horizon;
    private final List<SupportedOperatingSystem> operatingSystems;
    private final List<SupportedApplicationServer> applicationServers;
    private final List<DatabaseSupport> databases;
    private final List<RuntimePrerequisite> runtimePrerequisites;
    private final List<ReleaseChanges> releases;
    private final List<PlatformConstraint> constraints;
    private final List<RepublishRequirement> republishing;
    private final List<MajorRelease> majorReleases;
    private final List<UpgradeProcedure> procedures;
    private final List<VendorSupportEnd> vendorSupport;
    private final List<MajorSupportEnd> majorSupport;
    private final List<CloudUpgradeDeadline> cloudUpgrades;
    private final List<LifetimeRelease> lifetimeReleases;
    private final List<WithdrawnRelease> withdrawnReleases;
    private final List<ReleaseNotice> releaseNotices;

    PlatformKnowledge(String origin, Map<String, DocumentSource> sources, KnowledgeHorizon horizon, List<SupportedOperatingSystem> operatingSystems,
            List<SupportedApplicationServer> applicationServers, List<DatabaseSupport> databases,
            List<RuntimePrerequisite> runtimePrerequisites, List<ReleaseChanges> releases,
            List<PlatformConstraint> constraints, List<RepublishRequirement> republishing,
            List<MajorRelease> majorReleases, List<UpgradeProcedure> procedures, List<VendorSupportEnd> vendorSupport,
            List<MajorSupportEnd> majorSupport, List<CloudUpgradeDeadline> cloudUpgrades, List<LifetimeRelease> lifetimeReleases,
            List<WithdrawnRelease> withdrawnReleases, List<ReleaseNotice> releaseNotices) {
        this.origin = origin;
        this.sources = Map.copyOf(sources);
        this.horizon = horizon;
        this.operatingSystems = List.copyOf(operatingSystems);
        this.applicationServers = List.copyOf(applicationServers);
        this.databases = List.copyOf(databases);
        this.runtimePrerequisites = List.copyOf(runtimePrerequisites);
        this.releases = List.copyOf(releases);
        this.constraints = List.copyOf(constraints);
        this.republishing = List.copyOf(republishing);
        this.majorReleases = List.copyOf(majorReleases);
        this.procedures = List.copyOf(procedures);
        this.vendorSupport = List.copyOf(vendorSupport);
        this.majorSupport = List.copyOf(majorSupport);
        this.cloudUpgrades = List.copyOf(cloudUpgrades);
        this.lifetimeReleases = List.copyOf(lifetimeReleases);
        this.withdrawnReleases = List.copyOf(withdrawnReleases);
        this.releaseNotices = List.copyOf(releaseNotices);
    }

    /** The catalogue shipped in the jar; read and checked once per process. */
    public static PlatformKnowledge builtin() {
        PlatformKnowledge result = builtin;
        if (result == null) {
            synchronized (PlatformKnowledge.class) {
                result = builtin;
                if (result == null) {
                    try (InputStream in = PlatformKnowledge.class.getResourceAsStream(BUILTIN_JSON_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("the platform catalogue is missing from the jar ("
                                    + BUILTIN_JSON_RESOURCE + "); rebuild with mvn package");
                        }
                        builtin = result = fromJson(in.readAllBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return result;
    }

    /**
     * A catalogue file given with --knowledge, in place of the built-in one: the same form (a copy
     * of rules/knowledge/platform-catalogue.yaml is valid), every problem reported at once as
     * {@code FILE:LINE: field: problem}.
     */
    public static PlatformKnowledge load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KnowledgeCatalogueException(file + ": cannot be read: " + e.getMessage());
        }
        return read(file.toString(), bytes);
    }

    public static PlatformKnowledge read(String name, InputStream in) {
        try {
            return read(name, in.readAllBytes());
        } catch (IOException e) {
            throw notYaml(name, e);
        }
    }

    private static PlatformKnowledge read(String name, byte[] bytes) {
        List<CatalogueChecker.Problem> found = new ArrayList<>();
        CatalogueFile file = bind(name, bytes, found);
        Set<String> builtinProcedures = builtin().procedures().stream().map(UpgradeProcedure::name).collect(Collectors.toSet());
        return new CatalogueChecker(name, CataloguePositions.of(Yaml.MAPPER, bytes), name)
                .requiringProcedures(builtinProcedures).alreadyFound(found).check(file);
    }

    /** The built-in catalogue in the JSON form the build wrote and checked (its problems were reported then). */
    static PlatformKnowledge fromJson(byte[] json) throws IOException {
        return new CatalogueChecker(BUILTIN_NAME).check(BuiltinCatalogueReader.read(BUILTIN_NAME, json));
    }

    /** Catalogue YAML bound as written, not yet checked; the build's reading, which stops at the first problem. */
    static CatalogueFile bind(String name, byte[] bytes) {
        List<CatalogueChecker.Problem> found = new ArrayList<>();
        CatalogueFile file = bind(name, bytes, found);
        if (!found.isEmpty()) {
            CatalogueChecker.Problem first = found.get(0);
            throw new KnowledgeCatalogueException(name + ": " + first.field() + ": " + first.getMessage());
        }
        return file;
    }

    /**
     * Binds the YAML; an unknown field or a value of the wrong kind is added to {@code found} (its
     * field and message; the line comes from the positions) and skipped, so that the checker goes on
     * to report the rest. A file that is not YAML at all stops here.
     */
    private static CatalogueFile bind(String name, byte[] bytes, List<CatalogueChecker.Problem> found) {
        CatalogueFile file;
        try {
            file = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank() ? null
                    : Yaml.MAPPER.reader().withHandler(new BindingProblems(found))
                            .readValue(new InputLimits(Yaml.MAPPER.createParser(bytes)), CatalogueFile.class);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof IOException reading) {
                throw notYaml(name, reading); // the reading stopped (a limit, a character), not the binding
            }
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new KnowledgeCatalogueException(name + (line > 0 ? ":" + line : "") + ": " + InputProblems.fieldPath(e) + ": "
                    + BindingMessages.simplify(e.getOriginalMessage().lines().findFirst().orElse("")));
        } catch (IOException e) {
            throw notYaml(name, e);
        }
        if (file == null) {
            throw new KnowledgeCatalogueException(name + ": the catalogue is empty");
        }
        return file;
    }

    private static KnowledgeCatalogueException notYaml(String name, IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterRefused refused) {
                return new KnowledgeCatalogueException(name + ":" + (refused.getProblemMark().getLine() + 1) + ": " + refused.getProblem());
            }
        }
        if (e instanceof InputLimits.Refused refused) {
            int line = refused.getLocation() == null ? 0 : refused.getLocation().getLineNr();
            return new KnowledgeCatalogueException(name + (line > 0 ? ":" + line : "") + ": " + refused.getOriginalMessage());
        }
        String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException p && p.getLocation() != null
                ? ":" + p.getLocation().getLineNr() : "";
        String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
        return new KnowledgeCatalogueException(name + where + ": not valid YAML: " + String.valueOf(message).lines().findFirst().orElse(""));
    }

    /** Every catalogue fact, in the file's order. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        facts.add(horizon);
        facts.addAll(operatingSystems);
        facts.addAll(applicationServers);
        facts.addAll(databases);
        facts.addAll(runtimePrerequisites);
        facts.addAll(releases);
        facts.addAll(constraints);
        facts.addAll(republishing);
        facts.addAll(majorReleases);
        facts.addAll(procedures);
        facts.addAll(vendorSupport);
        facts.addAll(majorSupport);
        facts.addAll(cloudUpgrades);
        facts.addAll(lifetimeReleases);
        facts.addAll(withdrawnReleases);
        facts.addAll(releaseNotices);
        return facts;
    }

    /** {@link #BUILT_IN}, or the path of the file given with --knowledge, as the user wrote it. */
    public String origin() { return origin; }
    /** Every document the catalogue names, by its key there. */
    public Map<String, DocumentSource> sources() { return sources; }
    public KnowledgeHorizon horizon() { return horizon; }
    public List<SupportedOperatingSystem> operatingSystems() { return operatingSystems; }
    public List<SupportedApplicationServer> applicationServers() { return applicationServers; }
    public List<DatabaseSupport> databases() { return databases; }
    public List<RuntimePrerequisite> runtimePrerequisites() { return runtimePrerequisites; }
    public List<ReleaseChanges> releases() { return releases; }
    public List<PlatformConstraint> constraints() { return constraints; }
    public List<RepublishRequirement> republishing() { return republishing; }
    public List<MajorRelease> majorReleases() { return majorReleases; }
    public List<UpgradeProcedure> procedures() { return procedures; }
    public List<VendorSupportEnd> vendorSupport() { return vendorSupport; }
    public List<MajorSupportEnd> majorSupport() { return majorSupport; }
    public List<CloudUpgradeDeadline> cloudUpgrades() { return cloudUpgrades; }
    /** LifeTime's releases and the Platform Server each bundles, in the file's order. */
    public List<LifetimeRelease> lifetimeReleases() { return lifetimeReleases; }
    public List<WithdrawnRelease> withdrawnReleases() { return withdrawnReleases; }
    public List<ReleaseNotice> releaseNotices() { return releaseNotices; }

    public Optional<MajorRelease> majorRelease(int major) {
        return majorReleases.stream().filter(m -> m.major() == major).findFirst();
    }
}
