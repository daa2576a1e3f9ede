package dev.estateaudit.knowledge;

import dev.estateaudit.estate.ApplicationServer;
import dev.estateaudit.estate.DatabaseProvider;
import dev.estateaudit.estate.EnumLabels;
import dev.estateaudit.estate.Version;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Checks every entry of the catalogue file and turns it into a fact. Every problem is reported at
 * once, one per entry (an entry's first problem skips the rest of that entry), each as
 * {@code FILE:LINE: field: problem}. Every fact must name a known source.
 */
final class CatalogueChecker {

    private final String name;
    private final CataloguePositions positions;
    private final String origin;
    private final Map<String, DocumentSource> sources = new TreeMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private Set<String> requiredProcedures = Set.of();

    CatalogueChecker(String name) {
        this(name, CataloguePositions.NONE, PlatformKnowledge.BUILT_IN);
    }

    CatalogueChecker(String name, CataloguePositions positions, String origin) {
        this.name = name;
        this.positions = positions;
        this.origin = origin;
    }

    /**
     * The procedures the file must name: a team's catalogue, every one the built-in catalogue
     * names. Rules match a procedure by its name, so one left out would take the plan's steps that
     * cite it, or the analysis' link to the release notes, away without a word.
     */
    CatalogueChecker requiringProcedures(Set<String> names) {
        this.requiredProcedures = names;
        return this;
    }

    /** Problems found while binding (unknown fields, wrong types), reported with the checker's. */
    CatalogueChecker alreadyFound(List<Problem> found) {
        problems.addAll(found);
        return this;
    }

    PlatformKnowledge check(CatalogueFile file) {
        if (file.sources() == null || file.sources().isEmpty()) {
            record(problem("sources", "is required: the documents the facts come from, by key"));
        }
        Map<String, CatalogueFile.SourceEntry> sourceEntries = new TreeMap<>(file.sources() == null ? Map.of() : file.sources());
        sourceEntries.forEach((key, entry) -> guarded(() -> {
            String at = "sources." + key;
            CatalogueFile.SourceEntry s = required(entry, at);
            String url = text(s.url(), at + ".url");
            if (!url.startsWith("https://")) {
                throw problem(at + ".url", "'" + url + "' must be an https:// address of the document");
            }
            sources.put(key, new DocumentSource(text(s.title(), at + ".title"), url, s.path()));
        }));
        if (problems.stream().anyMatch(p -> p.field().startsWith("sources"))) {
            // every fact names a source: with the sources in doubt, their problems come first and alone
            throw failure();
        }
        KnowledgeHorizon horizon = guarded(() -> {
            CatalogueFile.Coverage coverage = required(file.coverage(), "coverage");
            Version from = version(coverage.from(), "coverage.from", true);
            Version horizonVersion = version(coverage.horizon(), "coverage.horizon", true);
            if (horizonVersion.isOlderThan(from)) {
                throw problem("coverage.horizon", "'" + horizonVersion + "' is older than coverage.from '" + from + "'");
            }
            return new KnowledgeHorizon(from, horizonVersion, source(coverage.source(), "coverage.source"));
        });

        List<SupportedOperatingSystem> systems = new ArrayList<>();
        each(list(file.operatingSystems(), "operatingSystems"), "operatingSystems", (e, at) -> {
            String osName = text(e.name(), at + ".name");
            List<String> excluded = e.excludedEditions() == null ? List.of()
                    : e.excludedEditions().stream().map(InfrastructureNames::operatingSystemEdition).toList();
            if (excluded.contains(null)) {
                throw problem(at + ".excludedEditions", "name each edition by its word: Essentials, Foundation, Standard or Datacenter");
            }
            systems.add(new SupportedOperatingSystem(osName, InfrastructureNames.operatingSystem(osName),
                    version(e.from(), at + ".from", true), range(e.from(), e.until(), at), excluded, e.note(),
                    source(e.source(), at + ".source")));
        });

        List<SupportedApplicationServer> servers = new ArrayList<>();
        each(list(file.applicationServers(), "applicationServers"), "applicationServers", (e, at) ->
            servers.add(new SupportedApplicationServer(label(ApplicationServer.class, e.name(), at + ".name"),
                    e.minimumVersion(), version(e.from(), at + ".from", true), range(e.from(), e.until(), at), e.note(),
                    source(e.source(), at + ".source"))));

        List<DatabaseSupport> databases = new ArrayList<>();
        each(list(file.databases(), "databases"), "databases", (e, at) -> {
            DatabaseProvider provider = label(DatabaseProvider.class, e.provider(), at + ".provider");
            if (e.version() == null && !provider.isVersionless()) {
                throw problem(at + ".version", "required for " + provider + " (only Azure SQL and Azure SQL Managed Instance are versionless)");
            }
            List<String> editions = e.excludedEditions() == null ? List.of()
                    : e.excludedEditions().stream().map(InfrastructureNames::databaseEdition).toList();
            List<String> onlyEditions = e.editions() == null ? List.of()
                    : e.editions().stream().map(InfrastructureNames::databaseEdition).toList();
            if ((e.minimumServiceTier() != null || e.serviceTiersBelowMinimum() != null) && provider != DatabaseProvider.AZURE_SQL) {
                throw problem(at + ".minimumServiceTier", "service tiers apply to Azure SQL only");
            }
            List<String> tiersBelow = e.serviceTiersBelowMinimum() == null ? List.of()
                    : e.serviceTiersBelowMinimum().stream().map(InfrastructureNames::serviceTier).toList();
            databases.add(new DatabaseSupport(provider, InfrastructureNames.databaseVersion(e.version()),
                    version(e.from(), at + ".from", true), range(e.from(), e.until(), at), editions, onlyEditions,
                    e.compatibilityLevels(), InfrastructureNames.serviceTier(e.minimumServiceTier()), tiersBelow, e.note(),
                    source(e.source(), at + ".source")));
        });

        List<RuntimePrerequisite> runtimes = new ArrayList<>();
        each(optionalList(file.runtimePrerequisites()), "runtimePrerequisites", (e, at) -> {
            RuntimeComponent component = parse(() -> RuntimeComponent.byField(text(e.component(), at + ".component")),
                    at + ".component");
            String minimum = text(e.minimum(), at + ".minimum");
            Version least = parse(() -> component.version(minimum), at + ".minimum");
            Version line = version(e.line(), at + ".line", false);
            if (line != null && (least.component(0) != line.component(0) || least.component(1) != line.component(1))) {
                throw problem(at + ".line", "minimum '" + minimum + "' is not in the " + line + " line");
            }
            Version maximum = version(e.maximum(), at + ".maximum", false);
            if (maximum != null && maximum.isOlderThan(least)) {
                throw problem(at + ".maximum", "'" + maximum + "' is older than minimum '" + minimum + "'");
            }
            runtimes.add(new RuntimePrerequisite(component, least, minimum, line, maximum,
                    version(e.from(), at + ".from", true), range(e.from(), e.until(), at), e.note(),
                    source(e.source(), at + ".source")));
        });

        List<ReleaseChanges> releases = new ArrayList<>();
        each(optionalList(file.releases()), "releases", (e, at) -> {
            Version release = version(e.version(), at + ".version", e.after() == null && e.before() == null);
            Version after = null;
            Version before = null;
            if (release != null && (e.after() != null || e.before() != null)) {
                throw problem(at + ".after", "give either version or after and before (a release without a documented version), not both");
            }
            if (release == null) {
                after = version(e.after(), at + ".after", true);
                before = version(e.before(), at + ".before", true);
                if (!before.isNewerThan(after)) {
                    throw problem(at + ".before", "'" + before + "' must be newer than after '" + after + "'");
                }
                text(e.label(), at + ".label");
            }
            List<String> changes = optionalList(e.breakingChanges());
            List<String> effects = optionalList(e.sideEffects());
            if (changes.isEmpty() && effects.isEmpty()) {
                throw problem(at, "lists neither breakingChanges nor sideEffects");
            }
            releases.add(new ReleaseChanges(release, after, before, e.label() == null ? release.toString() : e.label(), changes,
                    effects, source(e.source(), at + ".source")));
        });

        List<PlatformConstraint> constraints = new ArrayList<>();
        each(optionalList(file.constraints()), "constraints", (e, at) ->
            constraints.add(new PlatformConstraint(text(e.id(), at + ".id"), version(e.from(), at + ".from", true),
                    text(e.text(), at + ".text"), source(e.source(), at + ".source"))));

        List<RepublishRequirement> republishing = new ArrayList<>();
        each(list(file.republishing(), "republishing"), "republishing", (e, at) -> {
            RepublishLevel level = RepublishLevel.parse(text(e.level(), at + ".level"))
                    .orElseThrow(() -> problem(at + ".level", "'" + e.level() + "' is not one of required, recommended, background"));
            republishing.add(new RepublishRequirement(level, version(e.sourceFrom(), at + ".sourceFrom", false),
                    version(e.sourceUntil(), at + ".sourceUntil", false), version(e.targetFrom(), at + ".targetFrom", true),
                    version(e.targetUntil(), at + ".targetUntil", false),
                    optionalList(e.databaseProviders()).stream().map(p -> label(DatabaseProvider.class, p, at + ".databaseProviders")).toList(),
                    text(e.reason(), at + ".reason"), source(e.source(), at + ".source")));
        });
        if (republishing.size() == optionalList(file.republishing()).size()) {
            RepublishVerdicts.overlap(republishing).ifPresent(pair -> record(problem("republishing[" + pair[1] + "]", "overlaps republishing["
                    + pair[0] + "] (" + republishing.get(pair[0]).level().label()
                    + "): an upgrade must get one verdict, so the ranges of two entries may not overlap")));
        }

        List<MajorRelease> majors = new ArrayList<>();
        each(optionalList(file.majorReleases()), "majorReleases", (e, at) ->
            majors.add(new MajorRelease(required(e.major(), at + ".major"), source(e.breakingChanges(), at + ".breakingChanges"),
                    e.whatsNew() == null ? null : source(e.whatsNew(), at + ".whatsNew"))));

        List<UpgradeProcedure> procedures = new ArrayList<>();
        new TreeMap<>(file.procedures() == null ? Map.<String, String>of() : file.procedures()).forEach((key, value) ->
                guarded(() -> procedures.add(new UpgradeProcedure(key, source(value, "procedures." + key)))));
        List<String> missing = requiredProcedures.stream()
                .filter(required -> file.procedures() == null || !file.procedures().containsKey(required)).sorted().toList();
        if (!missing.isEmpty()) {
            record(problem("procedures", "lacks " + String.join(", ", missing) + ", which the rules look up by name; copy "
                    + (missing.size() == 1 ? "it" : "them") + ", and any source named there that your sources lack, from the "
                    + "built-in catalogue (estate-audit's rules/knowledge/platform-catalogue.yaml)"));
        }

        List<VendorSupportEnd> vendorSupport = new ArrayList<>();
        each(optionalList(file.vendorSupport()), "vendorSupport", (e, at) -> vendorSupport.add(vendorSupport(e, at)));

        List<MajorSupportEnd> majorSupport = new ArrayList<>();
        each(optionalList(file.majorSupport()), "majorSupport", (e, at) -> majorSupport.add(new MajorSupportEnd(
                required(e.major(), at + ".major"), date(e.ends(), at + ".ends"),
                optionalList(e.applicationServers()).stream().map(s -> label(ApplicationServer.class, s, at + ".applicationServers")).toList(),
                optionalList(e.databaseProviders()).stream().map(p -> label(DatabaseProvider.class, p, at + ".databaseProviders")).toList(),
                e.note(), source(e.source(), at + ".source"))));

        List<CloudUpgradeDeadline> cloudUpgrades = new ArrayList<>();
        each(optionalList(file.cloudUpgrades()), "cloudUpgrades", (e, at) -> cloudUpgrades.add(new CloudUpgradeDeadline(
                required(e.major(), at + ".major"), version(e.minimumVersion(), at + ".minimumVersion", true), e.lifetimeVersion(),
                e.operatingSystem(), date(e.by(), at + ".by"), source(e.source(), at + ".source"))));

        List<LifetimeRelease> lifetimeReleases = new ArrayList<>();
        java.util.Set<Version> lifetimeVersions = new java.util.HashSet<>();
        each(optionalList(file.lifetimeReleases()), "lifetimeReleases", (e, at) -> {
            Version version = version(e.version(), at + ".version", true);
            if (!lifetimeVersions.add(version)) {
                throw problem(at + ".version", "LifeTime " + version + " is listed twice");
            }
            lifetimeReleases.add(new LifetimeRelease(version, date(e.released(), at + ".released"),
                    version(e.platformServer(), at + ".platformServer", false), e.note(), source(e.source(), at + ".source")));
        });

        List<WithdrawnRelease> withdrawnReleases = new ArrayList<>();
        each(optionalList(file.withdrawnReleases()), "withdrawnReleases", (e, at) -> withdrawnReleases.add(withdrawn(e, at)));

        List<ReleaseNotice> releaseNotices = new ArrayList<>();
        each(optionalList(file.releaseNotices()), "releaseNotices", (e, at) -> releaseNotices.add(new ReleaseNotice(
                version(e.version(), at + ".version", true), text(e.text(), at + ".text"), source(e.source(), at + ".source"))));

        if (!problems.isEmpty()) {
            throw failure();
        }
        return new PlatformKnowledge(origin, sources, horizon, systems, servers, databases, runtimes, releases, constraints, republishing,
                majors, procedures, vendorSupport, majorSupport, cloudUpgrades, lifetimeReleases, withdrawnReleases, releaseNotices);
    }

    private static final java.util.regex.Pattern DAY_OR_MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    /** A release OutSystems withdrew, with the release to take instead. */
    private WithdrawnRelease withdrawn(CatalogueFile.WithdrawnReleaseEntry e, String at) {
        ReleasedProduct product = label(ReleasedProduct.class, e.product(), at + ".product");
        Version version = version(e.version(), at + ".version", true);
        String when = text(e.withdrawn(), at + ".withdrawn");
        if (!DAY_OR_MONTH.matcher(when).matches()) {
            throw problem(at + ".withdrawn", "'" + when + "' is not a date written YYYY-MM-DD or YYYY-MM");
        }
        Version replacement = version(e.replacement(), at + ".replacement", true);
        if (!replacement.isNewerThan(version)) {
            throw problem(at + ".replacement", "'" + replacement + "' must be newer than the withdrawn '" + version + "'");
        }
        return new WithdrawnRelease(product, version, when, replacement, e.note(), source(e.source(), at + ".source"));
    }

    private VendorSupportEnd vendorSupport(CatalogueFile.VendorSupportEntry e, String at) {
        LocalDate ends = date(e.ends(), at + ".ends");
        DocumentSource source = source(e.source(), at + ".source");
        if ((e.operatingSystem() == null) == (e.databaseProvider() == null)) {
            throw problem(at, "names exactly one of operatingSystem or databaseProvider");
        }
        if (e.operatingSystem() != null) {
            if (e.databaseVersion() != null) {
                throw problem(at + ".databaseVersion", "belongs with databaseProvider, not operatingSystem");
            }
            String os = text(e.operatingSystem(), at + ".operatingSystem");
            return new VendorSupportEnd(os, InfrastructureNames.operatingSystem(os), null, null, ends, e.note(), source);
        }
        DatabaseProvider provider = label(DatabaseProvider.class, e.databaseProvider(), at + ".databaseProvider");
        String version = provider == DatabaseProvider.AZURE_SQL ? e.databaseVersion() : text(e.databaseVersion(), at + ".databaseVersion");
        String product = (provider == DatabaseProvider.SQL_SERVER ? "SQL Server" : provider == DatabaseProvider.AZURE_SQL ? "Azure SQL"
                : String.valueOf(provider)) + (version == null ? "" : " " + version);
        return new VendorSupportEnd(product, null, provider, InfrastructureNames.databaseVersion(version), ends, e.note(), source);
    }

    private LocalDate date(String text, String at) {
        String value = text(text, at);
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw problem(at, "'" + value + "' is not a date; write it as YYYY-MM-DD");
        }
    }

    private <E extends Enum<E> & EnumLabels.Labeled> E label(Class<E> type, String value, String at) {
        return parse(() -> EnumLabels.parse(type, text(value, at)), at);
    }

    /** Checks each entry of a section on its own: one entry's problem does not hide the next one's. */
    private <E> void each(List<E> entries, String section, BiConsumer<E, String> check) {
        for (int i = 0; i < entries.size(); i++) {
            String at = section + "[" + i + "]";
            E entry = entries.get(i);
            guarded(() -> check.accept(required(entry, at), at));
        }
    }

    private void guarded(Runnable check) {
        guarded(() -> {
            check.run();
            return null;
        });
    }

    private <T> T guarded(Supplier<T> check) {
        try {
            return check.get();
        } catch (Problem p) {
            record(p);
            return null;
        }
    }

    private void record(Problem p) {
        problems.add(p);
    }

    private KnowledgeCatalogueException failure() {
        List<String> lines = problems.stream()
                .sorted(java.util.Comparator.comparingInt(p -> positions.line(p.field())))
                .map(p -> {
                    int line = positions.line(p.field());
                    return name + (line > 0 ? ":" + line : "") + ": " + p.field() + ": " + p.getMessage();
                })
                .distinct().toList();
        return new KnowledgeCatalogueException(lines);
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

    /** A section that must list something; missing, it is a problem and an empty section. */
    private <T> List<T> list(List<T> value, String at) {
        if (value == null || value.isEmpty()) {
            record(problem(at, "is required and must list at least one entry"));
            return List.of();
        }
        return value;
    }

    private static <T> List<T> optionalList(List<T> value) {
        return value == null ? List.of() : value;
    }

    private <T> T parse(Supplier<T> parser, String at) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw problem(at, e.getMessage());
        }
    }

    private static Problem problem(String field, String message) {
        return new Problem(field, message);
    }

    /** One problem of the file, at a field; thrown to leave the entry it was found in. */
    static final class Problem extends RuntimeException {
        private final String field;

        Problem(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }

        String field() {
            return field;
        }
    }
}
