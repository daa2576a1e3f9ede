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
                     List<CloudUpgradeEntry> cloudUpgrades) {

    /** {@code path}: where the text was read in OutSystems' documentation repositories (optional). */
    record SourceEntry(String title, String url, String path) {
    }

    record Coverage(String from, String horizon, String source) {
    }

    record OperatingSystemEntry(String name, String from, String until, String note, String source) {
    }

    record ApplicationServerEntry(String name, String minimumVersion, String from, String until, String note,
                                  String source) {
    }

    record DatabaseEntry(String provider, String version, String from, String until, List<String> excludedEditions,
                         List<Integer> compatibilityLevels, String minimumServiceTier,
                         List<String> serviceTiersBelowMinimum, String note, String source) {
    }

    record RuntimeEntry(String component, String minimum, String from, String until, String note, String source) {
    }

    record ReleaseEntry(String version, String label, List<String> breakingChanges, List<String> sideEffects,
                        String source) {
    }

    record ConstraintEntry(String id, String from, String text, String source) {
    }

    record RepublishEntry(String level, String sourceFrom, String sourceUntil, String targetFrom, String targetUntil,
                          String reason, String source) {
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
