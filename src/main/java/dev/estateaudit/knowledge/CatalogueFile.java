package dev.estateaudit.knowledge;

import java.util.List;
import java.util.Map;

/**
 * The catalogue file exactly as written (sources named by key) (rules/knowledge/platform-catalogue.yaml): plain text
 * fields, bound strictly by Jackson, then checked and turned into facts by {@link PlatformKnowledge}.
 */
record CatalogueFile(Map<String, SourceEntry> sources, Coverage coverage, List<OperatingSystemEntry> operatingSystems,
                     List<ApplicationServerEntry> applicationServers, List<DatabaseEntry> databases,
                     List<RuntimeEntry> runtimePrerequisites, List<ReleaseEntry> releases,
                     List<ConstraintEntry> constraints, List<RepublishEntry> republishing,
                     List<MajorReleaseEntry> majorReleases, Map<String, String> procedures,
                     List<VendorSupportEntry> vendorSupport, List<MajorSupportEntry> majorSupport,
                     List<CloudUpgradeEntry> cloudUpgrades, List<LifetimeReleaseEntry> lifetimeReleases,
                     List<WithdrawnReleaseEntry> withdrawnReleases, List<ReleaseNoticeEntry> releaseNotices) {

    /** {@code path}: where the text was read in OutSystems' documentation repositories (optional). */
    record SourceEntry(String title, String url, String path) {
    }

    record Coverage(String from, String horizon, String source) {
    }

    /** {@code excludedEditions}: editions of that version the support leaves out (Windows Server Essentials, say). */
    record OperatingSystemEntry(String name, String from, String until, List<String> excludedEditions, String note, String source) {
    }

    record ApplicationServerEntry(String name, String minimumVersion, String from, String until, String note,
                                  String source) {
    }

    /** {@code editions}: when given, the only editions supported (Oracle: Standard or Enterprise); {@code excludedEditions}: editions left out. */
    record DatabaseEntry(String provider, String version, String from, String until, List<String> excludedEditions, List<String> editions,
                         List<Integer> compatibilityLevels, String minimumServiceTier,
                         List<String> serviceTiersBelowMinimum, String note, String source) {
    }

    /** {@code line}: the major line the installed version must belong to; {@code maximum}: the newest supported. */
    record RuntimeEntry(String component, String minimum, String line, String maximum, String from, String until,
                        String note, String source) {
    }

    /** {@code after}/{@code before} place a release whose version number is not documented (instead of {@code version}). */
    record ReleaseEntry(String version, String after, String before, String label, List<String> breakingChanges,
                        List<String> sideEffects, String source) {
    }

    record ConstraintEntry(String id, String from, String text, String source) {
    }

    /** {@code databaseProviders}: the engines the verdict is for; absent: every engine. */
    record RepublishEntry(String level, String sourceFrom, String sourceUntil, String targetFrom, String targetUntil,
                          List<String> databaseProviders, String reason, String source) {
    }

    /**
     * {@code platformServer}: the Platform Server the LifeTime release bundles, absent where its note
     * names none; {@code released}: the date its note gives (YYYY-MM-DD).
     */
    record LifetimeReleaseEntry(String version, String released, String platformServer, String note, String source) {
    }

    record WithdrawnReleaseEntry(String product, String version, String withdrawn, String replacement, String note,
                                 String source) {
    }

    record ReleaseNoticeEntry(String version, String text, String source) {
    }

    record MajorReleaseEntry(Integer major, String breakingChanges, String whatsNew) {
    }

    /** One of {@code operatingSystem} or {@code databaseProvider} (with {@code databaseVersion}); {@code ends}: YYYY-MM-DD. */
    record VendorSupportEntry(String operatingSystem, String databaseProvider, String databaseVersion, String ends,
                              String note, String source) {
    }

    /** Empty {@code applicationServers} and {@code databaseProviders}: every environment on the major. */
    record MajorSupportEntry(Integer major, String ends, List<String> applicationServers, List<String> databaseProviders,
                             String note, String source) {
    }

    record CloudUpgradeEntry(Integer major, String minimumVersion, String lifetimeVersion, String operatingSystem,
                             String by, String source) {
    }
}
