package dev.estateaudit.knowledge;

import dev.estateaudit.estate.ApplicationServer;
import dev.estateaudit.estate.DatabaseProvider;
import dev.estateaudit.estate.EnumLabels;
import dev.estateaudit.estate.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks every entry of the catalogue file and turns it into a fact; the first problem stops the
 * load, naming the file, the entry and the field. Every fact must name a known source.
 */
final class CatalogueChecker {

    private final String name;
    private final Map<String, DocumentSource> sources = new TreeMap<>();

    CatalogueChecker(String name) {
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
            sources.put(e.getKey(), new DocumentSource(text(s.title(), at + ".title"), url, s.path()));
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
            if (e.version() == null && !provider.isVersionless()) {
                throw problem(at + ".version", "required for " + provider + " (only Azure SQL and Azure SQL Managed Instance are versionless)");
            }
            List<String> editions = e.excludedEditions() == null ? List.of()
                    : e.excludedEditions().stream().map(InfrastructureNames::databaseEdition).toList();
            if ((e.minimumServiceTier() != null || e.serviceTiersBelowMinimum() != null) && provider != DatabaseProvider.AZURE_SQL) {
                throw problem(at + ".minimumServiceTier", "service tiers apply to Azure SQL only");
            }
            List<String> tiersBelow = e.serviceTiersBelowMinimum() == null ? List.of()
                    : e.serviceTiersBelowMinimum().stream().map(InfrastructureNames::serviceTier).toList();
            databases.add(new DatabaseSupport(provider, InfrastructureNames.databaseVersion(e.version()),
                    version(e.from(), at + ".from", true), range(e.from(), e.until(), at), editions,
                    e.compatibilityLevels(), InfrastructureNames.serviceTier(e.minimumServiceTier()), tiersBelow, e.note(),
                    source(e.source(), at + ".source")));
        }

        List<RuntimePrerequisite> runtimes = new ArrayList<>();
        List<CatalogueFile.RuntimeEntry> runtimeEntries = optionalList(file.runtimePrerequisites());
        for (int i = 0; i < runtimeEntries.size(); i++) {
            String at = "runtimePrerequisites[" + i + "]";
            CatalogueFile.RuntimeEntry e = required(runtimeEntries.get(i), at);
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
        }

        List<ReleaseChanges> releases = new ArrayList<>();
        List<CatalogueFile.ReleaseEntry> releaseEntries = optionalList(file.releases());
        for (int i = 0; i < releaseEntries.size(); i++) {
            String at = "releases[" + i + "]";
            CatalogueFile.ReleaseEntry e = required(releaseEntries.get(i), at);
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
                    version(e.targetUntil(), at + ".targetUntil", false), engines(e.databaseProviders(), at + ".databaseProviders"),
                    text(e.reason(), at + ".reason"), source(e.source(), at + ".source")));
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
        return new PlatformKnowledge(horizon, systems, servers, databases, runtimes, releases, constraints, republishing,
                majors, procedures, lifetimeReleases(file.lifetimeReleases()), withdrawnReleases(file.withdrawnReleases()),
                releaseNotices(file.releaseNotices()));
    }

    private List<DatabaseProvider> engines(List<String> names, String at) {
        List<DatabaseProvider> engines = new ArrayList<>();
        List<String> given = optionalList(names);
        for (int i = 0; i < given.size(); i++) {
            String name = given.get(i);
            engines.add(parse(() -> EnumLabels.parse(DatabaseProvider.class, name), at + "[" + engines.size() + "]"));
        }
        return engines;
    }

    /** Checks each entry of an optional section into a fact; {@code check} gets the entry and where it is ("section[i]"). */
    private <E, F> List<F> each(List<E> entries, String section, java.util.function.BiFunction<E, String, F> check) {
        List<F> facts = new ArrayList<>();
        List<E> given = optionalList(entries);
        for (int i = 0; i < given.size(); i++) {
            String at = section + "[" + i + "]";
            facts.add(check.apply(required(given.get(i), at), at));
        }
        return facts;
    }

    /** LifeTime's releases, each with its date and the Platform Server its note says it bundles (if it names one). */
    private List<LifetimeRelease> lifetimeReleases(List<CatalogueFile.LifetimeReleaseEntry> entries) {
        java.util.Set<Version> seen = new java.util.HashSet<>();
        return each(entries, "lifetimeReleases", (e, at) -> {
            Version version = version(e.version(), at + ".version", true);
            if (!seen.add(version)) {
                throw problem(at + ".version", "LifeTime " + version + " is listed twice");
            }
            String released = text(e.released(), at + ".released");
            java.time.LocalDate day = parse(() -> {
                try {
                    return java.time.LocalDate.parse(released);
                } catch (java.time.format.DateTimeParseException ex) {
                    throw new IllegalArgumentException("'" + released + "' is not a date written YYYY-MM-DD");
                }
            }, at + ".released");
            return new LifetimeRelease(version, day, version(e.platformServer(), at + ".platformServer", false), e.note(),
                    source(e.source(), at + ".source"));
        });
    }

    private List<ReleaseNotice> releaseNotices(List<CatalogueFile.ReleaseNoticeEntry> entries) {
        return each(entries, "releaseNotices", (e, at) -> new ReleaseNotice(version(e.version(), at + ".version", true),
                text(e.text(), at + ".text"), source(e.source(), at + ".source")));
    }

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    /** Releases OutSystems withdrew, each with the release to take instead. */
    private List<WithdrawnRelease> withdrawnReleases(List<CatalogueFile.WithdrawnReleaseEntry> entries) {
        return each(entries, "withdrawnReleases", (e, at) -> {
            ReleasedProduct product = parse(() -> EnumLabels.parse(ReleasedProduct.class, text(e.product(), at + ".product")),
                    at + ".product");
            Version version = version(e.version(), at + ".version", true);
            String when = text(e.withdrawn(), at + ".withdrawn");
            if (!DATE.matcher(when).matches()) {
                throw problem(at + ".withdrawn", "'" + when + "' is not a date written YYYY-MM-DD or YYYY-MM");
            }
            Version replacement = version(e.replacement(), at + ".replacement", true);
            if (!replacement.isNewerThan(version)) {
                throw problem(at + ".replacement", "'" + replacement + "' must be newer than the withdrawn '" + version + "'");
            }
            return new WithdrawnRelease(product, version, when, replacement, e.note(), source(e.source(), at + ".source"));
        });
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
