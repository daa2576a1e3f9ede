package dev.estateaudit.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.estateaudit.estate.DatabaseProvider;
import dev.estateaudit.estate.Version;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The platform catalogue: the documented facts are there, each with its source, and bad data is refused clearly. */
class PlatformKnowledgeTest {

    private final PlatformKnowledge knowledge = PlatformKnowledge.builtin();

    @Test
    void holdsTheDocumentedFactsOfOutSystems11() {
        assertThat(knowledge.horizon().since()).isEqualTo(Version.parse("11"));
        assertThat(knowledge.horizon().horizon()).isEqualTo(Version.parse("11.44.0"));
        assertThat(knowledge.operatingSystems()).extracting(SupportedOperatingSystem::name, s -> s.since().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Windows Server 2016", "11"),
                        org.assertj.core.groups.Tuple.tuple("Windows Server 2019", "11.0.528.0"),
                        org.assertj.core.groups.Tuple.tuple("Windows Server 2022", "11.20.0"),
                        org.assertj.core.groups.Tuple.tuple("Windows Server 2025", "11.35.0"));
        assertThat(knowledge.applicationServers()).extracting(s -> s.server().label()).containsExactly("IIS");
        assertThat(knowledge.databases()).noneMatch(d -> d.provider() == DatabaseProvider.MYSQL);
        assertThat(knowledge.databases()).filteredOn(d -> "2014".equals(d.version())).singleElement()
                .satisfies(d -> {
                    assertThat(d.until()).isEqualTo(Version.parse("11.33.0"));
                    assertThat(d.excludedEditions()).containsExactly("express", "developer");
                });
        // levels by era: not judged before 11.33.0 (120 and lower stayed valid), the table from 11.33.0, no 130 from 11.44.0
        assertThat(knowledge.databases()).filteredOn(d -> d.provider() == DatabaseProvider.SQL_SERVER)
                .extracting(DatabaseSupport::version, d -> d.since().toString(), d -> String.valueOf(d.until()), DatabaseSupport::compatibilityLevels)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2014", "11", "11.33.0", java.util.List.of()),
                        org.assertj.core.groups.Tuple.tuple("2016", "11", "11.33.0", java.util.List.of()),
                        org.assertj.core.groups.Tuple.tuple("2016", "11.33.0", "11.44.0", java.util.List.of(130)),
                        org.assertj.core.groups.Tuple.tuple("2017", "11", "11.33.0", java.util.List.of()),
                        org.assertj.core.groups.Tuple.tuple("2017", "11.33.0", "11.44.0", java.util.List.of(130, 140)),
                        org.assertj.core.groups.Tuple.tuple("2017", "11.44.0", "null", java.util.List.of(140)),
                        org.assertj.core.groups.Tuple.tuple("2019", "11.12.0", "11.33.0", java.util.List.of()),
                        org.assertj.core.groups.Tuple.tuple("2019", "11.33.0", "11.44.0", java.util.List.of(130, 140, 150)),
                        org.assertj.core.groups.Tuple.tuple("2019", "11.44.0", "null", java.util.List.of(140, 150)),
                        org.assertj.core.groups.Tuple.tuple("2022", "11", "11.33.0", java.util.List.of()),
                        org.assertj.core.groups.Tuple.tuple("2022", "11.33.0", "11.44.0", java.util.List.of(130, 140, 150)),
                        org.assertj.core.groups.Tuple.tuple("2022", "11.44.0", "null", java.util.List.of(140, 150)),
                        org.assertj.core.groups.Tuple.tuple("2025", "11.42.0", "null", java.util.List.of()));
        assertThat(knowledge.databases()).filteredOn(d -> d.provider() == DatabaseProvider.AZURE_SQL_MANAGED_INSTANCE).singleElement()
                .satisfies(d -> {
                    assertThat(d.since()).isEqualTo(Version.parse("11.43.0"));
                    assertThat(d.version()).isNull();
                    assertThat(d.compatibilityLevels()).containsExactly(170);
                });
        assertThat(knowledge.databases()).filteredOn(d -> d.provider() == DatabaseProvider.AZURE_SQL)
                .extracting(d -> d.since().toString(), DatabaseSupport::compatibilityLevels, DatabaseSupport::minimumServiceTier)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("11", java.util.List.of(), "S3"), org.assertj.core.groups.Tuple.tuple("11.33.0", java.util.List.of(130, 140, 150), "S3"),
                        org.assertj.core.groups.Tuple.tuple("11.44.0", java.util.List.of(140, 150), "S3"));
        assertThat(knowledge.databases()).filteredOn(d -> d.provider() == DatabaseProvider.AZURE_SQL)
                .allSatisfy(d -> assertThat(d.serviceTiersBelowMinimum()).containsExactly("BASIC", "S0", "S1", "S2"));
        assertThat(knowledge.databases()).filteredOn(d -> d.provider() == DatabaseProvider.ORACLE)
                .extracting(DatabaseSupport::version, d -> String.valueOf(d.until()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("12c", "11.33.0"),
                        org.assertj.core.groups.Tuple.tuple("18c", "11.33.0"), org.assertj.core.groups.Tuple.tuple("19c", "null"));
        assertThat(knowledge.runtimePrerequisites()).filteredOn(r -> r.component() == RuntimeComponent.DOTNET_HOSTING_BUNDLE)
                .extracting(RuntimePrerequisite::minimumText, r -> r.since().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2.0", "11"), org.assertj.core.groups.Tuple.tuple("2.1", "11.0.539.0"),
                        org.assertj.core.groups.Tuple.tuple("3.1", "11.12.2"), org.assertj.core.groups.Tuple.tuple("6.0.6", "11.17.1"),
                        org.assertj.core.groups.Tuple.tuple("8.0.0", "11.27.0"));
        assertThat(knowledge.runtimePrerequisites()).filteredOn(r -> r.component() == RuntimeComponent.DOTNET_HOSTING_BUNDLE && r.line() != null)
                .extracting(r -> r.line().toString()).containsExactly("6.0", "8.0");
        assertThat(knowledge.runtimePrerequisites()).filteredOn(r -> r.component() == RuntimeComponent.DOTNET_FRAMEWORK)
                .extracting(r -> String.valueOf(r.maximum()), r -> String.valueOf(r.until()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("4.8", "11.35.0"), org.assertj.core.groups.Tuple.tuple("null", "null"));
        assertThat(knowledge.runtimePrerequisites()).filteredOn(r -> r.since().equals(Version.parse("11.38.0")))
                .extracting(RuntimePrerequisite::component, RuntimePrerequisite::minimumText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RuntimeComponent.RABBITMQ, "4.1.2"),
                        org.assertj.core.groups.Tuple.tuple(RuntimeComponent.ERLANG, "27.3.4"));
        assertThat(knowledge.runtimePrerequisites()).filteredOn(r -> r.component() == RuntimeComponent.VISUAL_CPP_REDISTRIBUTABLE)
                .singleElement().satisfies(r -> {
                    assertThat(r.since()).isEqualTo(Version.parse("11.21.0"));
                    assertThat(r.minimum()).isEqualTo(Version.parse("2022"));
                });
        assertThat(knowledge.releases()).filteredOn(r -> r.version() != null).extracting(r -> r.version().toString())
                .contains("11", "11.12.0", "11.33.0", "11.38.0", "11.40.0")
                .allSatisfy(v -> assertThat(Version.parse(v)).isLessThanOrEqualTo(knowledge.horizon().horizon()));
        assertThat(knowledge.releases()).filteredOn(r -> r.version() == null).singleElement().satisfies(r -> {
            assertThat(r.label()).isEqualTo("Release Oct.2019");
            assertThat(r.placedAfter()).isEqualTo(Version.parse("11.0.539.0"));
            assertThat(r.placedBefore()).isEqualTo(Version.parse("11.7.0"));
        });
        assertThat(knowledge.constraints()).extracting(PlatformConstraint::id).contains("one-database-engine-per-environment");
        assertThat(knowledge.republishing()).extracting(RepublishRequirement::level)
                .contains(RepublishLevel.REQUIRED, RepublishLevel.RECOMMENDED, RepublishLevel.BACKGROUND);
    }

    @Test
    void everyFactNamesAnOutSystemsSource() {
        assertThat(knowledge.facts()).allSatisfy(fact -> {
            DocumentSource source = fact instanceof KnowledgeHorizon h ? h.source()
                    : fact instanceof SupportedOperatingSystem o ? o.source()
                    : fact instanceof SupportedApplicationServer a ? a.source()
                    : fact instanceof DatabaseSupport d ? d.source()
                    : fact instanceof RuntimePrerequisite r ? r.source()
                    : fact instanceof ReleaseChanges c ? c.source()
                    : fact instanceof PlatformConstraint c ? c.source()
                    : fact instanceof RepublishRequirement r ? r.source()
                    : fact instanceof MajorRelease m ? m.breakingChanges()
                    : fact instanceof UpgradeProcedure p ? p.source()
                    : fact instanceof VendorSupportEnd v ? v.source()
                    : fact instanceof MajorSupportEnd m ? m.source()
                    : fact instanceof CloudUpgradeDeadline c ? c.source()
                    : fact instanceof LifetimeRelease l ? l.source()
                    : fact instanceof WithdrawnRelease w ? w.source()
                    : fact instanceof ReleaseNotice n ? n.source() : null;
            assertThat(source).as("source of %s", fact).isNotNull();
            assertThat(source.title()).isNotBlank();
            if (fact instanceof VendorSupportEnd) {
                // a support end names the vendor's lifecycle page
                assertThat(source.url()).matches("https://learn\\.microsoft\\.com/lifecycle/products/.+");
                assertThat(source.path()).as("where the day was read").isNotBlank();
            } else {
                assertThat(source.url()).matches("https://(success\\.outsystems\\.com|www\\.outsystems\\.com|github\\.com/OutSystems/(docs-(support|product)|OutSystems\\.SetupTools)/blob)/.+");
            }
            if (fact instanceof RuntimePrerequisite || fact instanceof ReleaseChanges || fact instanceof DatabaseSupport
                    || fact instanceof LifetimeRelease || fact instanceof WithdrawnRelease || fact instanceof ReleaseNotice) {
                assertThat(source.path()).as("the file %s was read in", fact).startsWith("OutSystems/");
            }
        });
    }

    /** A run reads the JSON the build wrote; the rules must see exactly what the YAML people edit says. */
    @Test
    void theBuiltInCatalogueReadsAsItsYamlSays() {
        PlatformKnowledge fromYaml = PlatformKnowledge.load(Path.of("rules/knowledge/platform-catalogue.yaml"));
        assertThat(knowledge.facts()).isNotEmpty().containsExactlyElementsOf(fromYaml.facts());
        assertThat(knowledge.horizon().source().url()).startsWith("https://");
    }

    /**
     * The JSON form is read into the records by code, not by a binder: every record, list and
     * name must come out as the YAML people edit binds them.
     */
    @Test
    void theJsonFormReadsToTheRecordsItsYamlBindsTo() throws Exception {
        CatalogueFile fromYaml = PlatformKnowledge.bind("platform-catalogue.yaml",
                java.nio.file.Files.readAllBytes(Path.of("rules/knowledge/platform-catalogue.yaml")));
        CatalogueFile fromJson = BuiltinCatalogueReader.read("built-in", builtinJson().getBytes(StandardCharsets.UTF_8));
        assertThat(fromJson).isEqualTo(fromYaml);
        assertThat(fromJson.lifetimeReleases()).hasSizeGreaterThan(90);
        assertThat(fromJson.procedures()).isNotEmpty();
    }

    /** The JSON form is checked by the build; its reader must still refuse what a strict binder would, saying where. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "unknown field        | {\"sources\"        | {\"colour\":\"red\",\"sources\" | colour: a field the catalogue does not have",
        "unknown nested field | \"title\":          | \"colour\":\"red\",\"title\":     | sources.systemRequirements.colour: a field the catalogue does not have",
        "repeated field       | \"title\":          | \"title\":\"Twice\",\"title\":    | Duplicate field 'title'",
        "text for a number    | \"major\":11        | \"major\":\"eleven\"             | majorReleases[0].major: expected a whole number",
        "a number for text    | \"ends\":\"        | \"ends\":7,\"x\":\"            | .ends: expected text",
        "an object for a list | \"releases\":[      | \"releases\":{},\"r\":[          | releases: expected a list",
        "text after the end   | $                    | ' {}'                                | text after the end of the catalogue"})
    void theJsonFormIsReadStrictly(String flaw, String from, String to, String message) throws Exception {
        String json = builtinJson();
        assertThat(PlatformKnowledge.fromJson(json.getBytes(StandardCharsets.UTF_8)).facts()).isEqualTo(knowledge.facts());
        String spoilt = from.equals("$") ? json + " {}" : json.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to));
        assertThat(spoilt).as(flaw).isNotEqualTo(json);
        assertThatThrownBy(() -> PlatformKnowledge.fromJson(spoilt.getBytes(StandardCharsets.UTF_8)))
                .as(flaw).isInstanceOf(java.io.IOException.class).hasMessageContaining(message);
    }

    private static String builtinJson() throws java.io.IOException {
        try (java.io.InputStream in = PlatformKnowledge.class.getResourceAsStream(PlatformKnowledge.BUILTIN_JSON_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void normalisesNamesSoRulesJoinWithEquals() {
        assertThat(InfrastructureNames.operatingSystem("Microsoft Windows Server 2019 Datacenter")).isEqualTo("windows server 2019");
        assertThat(InfrastructureNames.operatingSystem("Windows Server 2012 R2 Standard")).isEqualTo("windows server 2012 r2");
        assertThat(InfrastructureNames.databaseVersion("SQL Server 2014")).isEqualTo("2014");
        assertThat(InfrastructureNames.databaseVersion("19c")).isEqualTo("19c");
        assertThat(InfrastructureNames.databaseEdition("Express Edition")).isEqualTo("express");
    }

    @Test
    void refusesBadCataloguesWithFileAndField(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String good = Files.readString(Path.of("rules/knowledge/platform-catalogue.yaml"));
        assertProblem(dir, good.replace("from: \"11.20.0\"", "from: \"eleven\""), "operatingSystems[2].from: 'eleven' is not a version");
        assertProblem(dir, good.replace("horizon: \"11.44.0\"", "horizon: \"10.0\""), "coverage.horizon: '10.0' is older than coverage.from");
        assertProblem(dir, good.replace("provider: \"Oracle\"", "provider: \"DB2\""), "databases[17].provider: unknown value 'DB2'");
        assertProblem(dir, good.replace("component: \"erlangVersion\"", "component: \"perl\""), "runtimePrerequisites[15].component: unknown component 'perl'");
        assertProblem(dir, good.replace("minimum: \"2015-2022\"", "minimum: \"latest\""), "runtimePrerequisites[7].minimum: 'latest' does not name the redistributable's years");
        assertProblem(dir, good.replace("    minimumServiceTier: \"S3\"\n", "").replace("version: \"2016\"\n", "version: \"2016\"\n    minimumServiceTier: \"S3\"\n"), "databases[1].minimumServiceTier: service tiers apply to Azure SQL only");
        assertProblem(dir, good.replaceFirst("source: releaseNotes-11.44.0", "source: nowhere"), "coverage.source: unknown source 'nowhere'");
        assertProblem(dir, good.replace("level: \"background\"", "level: \"maybe\""), "republishing[3].level: 'maybe' is not one of");
        assertProblem(dir, good.replace("until: \"11.33.0\"", "until: \"11.0\""), "databases[0].until: '11.0' must be newer than from");
        assertProblem(dir, good.replace("    minimumVersion: \"10\"\n", "    minimumVersion: \"10\"\n    color: blue\n"), "unknown field 'color'");
        assertProblem(dir, "", "the catalogue is empty");
        // the background entry reaching back to 11.0 would give 11.10.0 -> 11.31.0 two verdicts
        assertProblem(dir, good.replace("sourceFrom: \"11.10.1\"", "sourceFrom: \"11\""),
                "republishing[3]: overlaps republishing[2] (recommended): an upgrade must get one verdict");
        // two verdicts for Oracle on the same jumps
        assertProblem(dir, good.replace("\nmajorReleases:", "  - level: \"background\"\n"
                + "    sourceFrom: \"11.12.0\"\n    targetFrom: \"11.12.1\"\n    databaseProviders: [\"AzureSQL\", \"Oracle\"]\n    reason: \"x\"\n    source: upgradeGuide\n\nmajorReleases:"),
                "republishing[5]: overlaps republishing[4] (required)");
        assertProblem(dir, good.replace("databaseProviders: [\"Oracle\"]", "databaseProviders: [\"Sybase\"]"),
                "republishing[4].databaseProviders: unknown value 'Sybase'");
        assertProblem(dir, good.replace("released: \"2025-12-22\"", "released: \"Dec 22, 2025\""),
                "lifetimeReleases[82].released: 'Dec 22, 2025' is not a date; write it as YYYY-MM-DD");
        assertProblem(dir, good.replace("{version: \"11.28.1\"", "{version: \"11.28.0\""), "LifeTime 11.28.0 is listed twice");
        assertProblem(dir, good.replace("replacement: \"11.18.1\"", "replacement: \"11.17.1\""),
                "withdrawnReleases[2].replacement: '11.17.1' must be newer than the withdrawn '11.18.0'");
        assertProblem(dir, good.replace("withdrawn: \"2022-12-20\"", "withdrawn: \"December 2022\""),
                "withdrawnReleases[2].withdrawn: 'December 2022' is not a date");
        assertProblem(dir, good.replace("    before: \"11.7.0\"\n", "    before: \"11.7.0\"\n    version: \"11.6.0\"\n"),
                "releases[1].after: give either version or after and before");
        assertProblem(dir, good.replace("    before: \"11.7.0\"\n", ""), "releases[1].before: is required");
        // a team's copy from before a procedure was added: the plan's steps citing it would vanish unsaid
        long proceduresLine = good.substring(0, good.indexOf("\nprocedures:") + 1).lines().count() + 1;
        assertProblem(dir, good.replace("  releaseNotes: releaseNotes\n", "").replace("  endOfSupport10: endOfSupport10\n", ""),
                ":" + proceduresLine + ": procedures: lacks endOfSupport10, releaseNotes, which the rules look up by name; copy them");
    }

    @Test
    void datesTheEndsOfSupportEachWithItsSource() {
        assertThat(knowledge.vendorSupport()).filteredOn(v -> v.databaseProvider() == DatabaseProvider.SQL_SERVER)
                .extracting(VendorSupportEnd::databaseVersion, v -> v.ends().toString())
                .contains(org.assertj.core.groups.Tuple.tuple("2014", "2024-07-09"), org.assertj.core.groups.Tuple.tuple("2016", "2026-07-14"));
        assertThat(knowledge.vendorSupport()).filteredOn(v -> "windows server 2016".equals(v.operatingSystem())).singleElement()
                .satisfies(v -> {
                    assertThat(v.ends()).isEqualTo(java.time.LocalDate.of(2027, 1, 12));
                    assertThat(v.product()).isEqualTo("Windows Server 2016");
                });
        assertThat(knowledge.majorSupport()).extracting(MajorSupportEnd::major, m -> m.ends().toString(), MajorSupportEnd::isGeneral)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(10, "2020-12-31", true),
                        org.assertj.core.groups.Tuple.tuple(10, "2021-12-31", false));
        assertThat(knowledge.majorSupport().get(1).databaseProviders()).containsExactly(DatabaseProvider.MYSQL);
        assertThat(knowledge.cloudUpgrades()).singleElement().satisfies(c -> {
            assertThat(c.minimumVersion()).isEqualTo(Version.parse("11.40.0"));
            assertThat(c.by()).isEqualTo(java.time.LocalDate.of(2026, 7, 31));
        });
    }

    /** A team's own catalogue: every problem of the file in one run, each at its line. */
    @Test
    void reportsEveryProblemAtOnceAtItsLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String good = Files.readString(Path.of("rules/knowledge/platform-catalogue.yaml"));
        String broken = good.replace("    ends: \"2026-07-14\"", "    ends: \"July 2026\"")
                .replace("    from: \"11.20.0\"", "    from: \"eleven\"")
                .replace("    minimumVersion: \"10\"\n", "    minimumVersion: \"10\"\n    color: blue\n");
        Path file = dir.resolve("team-catalogue.yaml");
        Files.writeString(file, broken);
        java.util.List<String> lines = broken.lines().toList();
        assertThatThrownBy(() -> PlatformKnowledge.load(file)).isInstanceOfSatisfying(KnowledgeCatalogueException.class, e ->
                assertThat(e.problems()).containsExactly(
                        file + ":" + (lines.indexOf("    from: \"eleven\"") + 1) + ": operatingSystems[2].from: 'eleven' is not a version: expected dotted numbers such as 11.18.1, optionally followed by ' (Build N)'",
                        file + ":" + (lines.indexOf("    color: blue") + 1) + ": applicationServers[0].color: unknown field 'color'",
                        file + ":" + (lines.indexOf("    ends: \"July 2026\"") + 1)
                                + ": vendorSupport[4].ends: 'July 2026' is not a date; write it as YYYY-MM-DD"));
    }

    /** A team's catalogue is input: read with the estate reader's guards, so a YAML alias (a billion laughs) is refused at its line. */
    @Test
    void refusesYamlAliasesAtTheirLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of("rules/knowledge/platform-catalogue.yaml"))
                .replaceFirst("  systemRequirements:\n", "  systemRequirements: &req\n")
                .replaceFirst("  upgradeGuide:\n", "  upgradeGuide: *req\n  upgradeGuideCopy:\n");
        Path file = dir.resolve("aliased.yaml");
        Files.writeString(file, text);
        int line = text.lines().toList().indexOf("  upgradeGuide: *req") + 1;
        assertThatThrownBy(() -> PlatformKnowledge.load(file)).isInstanceOf(KnowledgeCatalogueException.class)
                .hasMessageStartingWith(file + ":" + line + ": ").hasMessageContaining("YAML aliases (*req) are not supported");
    }

    private static void assertProblem(Path dir, String text, String expected) throws Exception {
        Path file = dir.resolve("catalogue.yaml");
        Files.writeString(file, text);
        assertThatThrownBy(() -> PlatformKnowledge.load(file)).isInstanceOf(KnowledgeCatalogueException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining(expected);
        assertThatThrownBy(() -> PlatformKnowledge.read("x.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining(expected);
    }
}
