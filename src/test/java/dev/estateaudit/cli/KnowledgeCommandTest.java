package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.knowledge.PlatformKnowledge;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code estate-audit knowledge}: the horizon, releases, support ends and sources of the catalogue a run judges against. */
class KnowledgeCommandTest {

    private static final Path BUILT_IN = Path.of("rules/knowledge/platform-catalogue.yaml");

    @TempDir
    Path dir;

    @Test
    void printsTheHorizonTheReleasesTheSupportEndsAndTheSources() {
        CliRun run = CliRun.of("knowledge");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        String horizon = PlatformKnowledge.builtin().horizon().horizon().toString();
        assertThat(run.out()).startsWith("Platform catalogue: built-in\nHorizon: Platform Server " + horizon + " ")
                .contains("\nReleases known (").contains("\n  11.33.0\n")
                .contains("\n  2026-07-14  SQL Server 2016  (Microsoft Lifecycle: SQL Server 2016)\n")
                .contains("\n  2027-01-12  Windows Server 2016  (Microsoft Lifecycle: Windows Server 2016)\n")
                .contains("\n  2020-12-31  OutSystems 10  (End of mainstream support for OutSystems 10)\n")
                .contains("\n  2021-12-31  OutSystems 10 on JBoss, WebLogic or MySQL  (")
                .contains("2026-07-31  every OutSystems 11 Cloud environment on Platform Server 11.40.0 or later")
                .contains("\n    https://learn.microsoft.com/lifecycle/products/sql-server-2016\n")
                .contains("\nWithdrawn releases:\n  Platform Server 11.7.0  withdrawn 2020-01-17; take 11.7.2 instead  (")
                .contains("  LifeTime 11.16.0  withdrawn ")
                .contains("\n  11.26.0  ").contains("bundles Platform Server 11.33.0\n")
                // a withdrawn release says so in its table
                .contains("\n  11.16.0  2022-11-28  bundles Platform Server 11.18.0  (withdrawn 2022-12-20; take 11.16.1)\n")
                .containsPattern("\n  11\\.18\\.0  [^\n]*\\(withdrawn 2022-12-20; take 11\\.18\\.1\\)\n");
    }

    @Test
    void printsJson() throws Exception {
        CliRun run = CliRun.of("knowledge", "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("source").asText()).isEqualTo("built-in");
        assertThat(json.get("horizon").asText()).isEqualTo(PlatformKnowledge.builtin().horizon().horizon().toString());
        assertThat(json.get("vendorSupport")).anySatisfy(v -> {
            assertThat(v.get("product").asText()).isEqualTo("SQL Server 2014");
            assertThat(v.get("ends").asText()).isEqualTo("2024-07-09");
            assertThat(v.get("source").asText()).isEqualTo("https://learn.microsoft.com/lifecycle/products/sql-server-2014");
        });
        assertThat(json.get("majorSupport").get(1).get("databaseProviders").get(0).asText()).isEqualTo("MySQL");
        assertThat(json.get("sources")).isNotEmpty();
        assertThat(json.get("withdrawnReleases")).anySatisfy(w -> {
            assertThat(w.get("product").asText()).isEqualTo("PlatformServer");
            assertThat(w.get("version").asText()).isEqualTo("11.18.0");
            assertThat(w.get("replacement").asText()).isEqualTo("11.18.1");
        });
        assertThat(json.get("lifetimeReleases")).anySatisfy(l -> {
            assertThat(l.get("version").asText()).isEqualTo("11.16.0");
            assertThat(l.get("withdrawn").asText()).isEqualTo("2022-12-20");
        });
        assertThat(json.get("lifetimeReleases")).anySatisfy(l -> {
            assertThat(l.get("version").asText()).isEqualTo("11.27.4");
            assertThat(l.get("platformServer").asText()).isEqualTo("11.38.0");
        });
    }

    @Test
    void aCopyOfTheBuiltInCataloguePrintsTheSameButItsName() throws Exception {
        Path copy = dir.resolve("copy.yaml");
        Files.copy(BUILT_IN, copy);
        CliRun run = CliRun.of("knowledge", "--knowledge", copy.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(CliRun.of("knowledge").out().replace("Platform catalogue: built-in", "Platform catalogue: " + copy));
    }

    @Test
    void aCatalogueOfItsOwnWithANewerHorizonIsPrintedAsItSays() throws Exception {
        Path mine = dir.resolve("mine.yaml");
        String horizon = PlatformKnowledge.builtin().horizon().horizon().toString();
        Files.writeString(mine, Files.readString(BUILT_IN).replace("horizon: \"" + horizon + "\"", "horizon: \"11.99.0\""));
        assertThat(CliRun.of("knowledge", "--knowledge", mine.toString()).out()).contains("Horizon: Platform Server 11.99.0 ");
    }

    @Test
    void aBrokenCopyIsExit2WithEveryProblemAtItsLine() throws Exception {
        Path broken = dir.resolve("broken.yaml");
        String text = Files.readString(BUILT_IN).replace("    ends: \"2027-01-12\"", "    ends: \"2027-13-12\"")
                .replace("    by: \"2026-07-31\"", "    by: \"soon\"");
        Files.writeString(broken, text);
        var lines = text.lines().toList();
        CliRun run = CliRun.of("knowledge", "--knowledge", broken.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("estate-audit: " + broken + ":" + (lines.indexOf("    ends: \"2027-13-12\"") + 1)
                + ": vendorSupport[0].ends: '2027-13-12' is not a date; write it as YYYY-MM-DD\n"
                + "estate-audit: " + broken + ":" + (lines.indexOf("    by: \"soon\"") + 1)
                + ": cloudUpgrades[0].by: 'soon' is not a date; write it as YYYY-MM-DD\n");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("knowledge", "--format", "sarif");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--format: 'sarif' is not a format of this command; use text or json");
    }
}
