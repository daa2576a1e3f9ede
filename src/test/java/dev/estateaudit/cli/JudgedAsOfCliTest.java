package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.knowledge.PlatformKnowledge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs judged as of a day (--as-of, the config's as-of, today in UTC by default) against a
 * platform catalogue (built in, or --knowledge FILE), and every report saying which.
 */
class JudgedAsOfCliTest {

    private static final Path BUILT_IN = Path.of("rules/knowledge/platform-catalogue.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path estate;
    private String horizon;

    @BeforeEach
    void writeEstate() throws Exception {
        estate = Files.writeString(dir.resolve("estate.yaml"), """
                name: Dated
                upgrade: {targetVersion: "11.31.0"}
                environments:
                  - {name: Production, role: production, platformVersion: "11.31.0", hosting: on-premises, databaseProvider: SQLServer, databaseVersion: "2016", databaseEdition: Standard}
                """);
        horizon = PlatformKnowledge.builtin().horizon().horizon().toString();
    }

    @Test
    void theLastDayOfSupportIsAWarningAndTheDayAfterAnErrorThatFailsTheGate() {
        CliRun lastDay = CliRun.of("check", estate.toString(), "--as-of", "2026-07-14", "--only", "infrastructure-past-vendor-support");
        assertThat(lastDay.exitCode()).as(lastDay.out()).isZero();
        assertThat(lastDay.out()).contains("WARNING (1)").contains("vendor support ends on 2026-07-14, in 0 days")
                .contains("Judged as of 2026-07-14; platform catalogue: built-in, horizon " + horizon + "\n");
        CliRun dayAfter = CliRun.of("check", estate.toString(), "--as-of", "2026-07-15", "--only", "infrastructure-past-vendor-support");
        assertThat(dayAfter.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(dayAfter.out()).contains("ERROR (1)").contains("vendor support ended on 2026-07-14");
        CliRun before = CliRun.of("check", estate.toString(), "--as-of", "2026-01-14", "--only", "infrastructure-past-vendor-support");
        assertThat(before.out()).contains("No findings.");
    }

    @Test
    void withoutAsOfTheDayIsTodayInUtc() {
        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        CliRun run = CliRun.of("check", estate.toString());
        LocalDate after = LocalDate.now(ZoneOffset.UTC);
        assertThat(run.out()).containsAnyOf("Judged as of " + before + ";", "Judged as of " + after + ";");
    }

    @Test
    void theConfigFileCanPinTheDayAndTheCatalogue() throws Exception {
        Path catalogue = Files.writeString(dir.resolve("catalogue.yaml"),
                Files.readString(BUILT_IN).replace("ends: \"2026-07-14\"", "ends: \"2027-03-14\""));
        Path config = Files.writeString(dir.resolve("estate-audit.yaml"), "as-of: 2026-12-07\nknowledge: catalogue.yaml\n");
        CliRun run = CliRun.of("check", estate.toString(), "--config", config.toString(), "--only", "infrastructure-past-vendor-support");
        assertThat(run.out()).contains("Judged as of 2026-12-07; platform catalogue: " + catalogue + ", horizon " + horizon)
                .as("the file's later end: a warning, not an error").contains("vendor support ends on 2027-03-14, in 97 days");
        assertThat(run.exitCode()).isZero();
        CliRun overridden = CliRun.of("check", estate.toString(), "--config", config.toString(), "--as-of", "2027-03-15",
                "--only", "infrastructure-past-vendor-support");
        assertThat(overridden.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "as-of: next week\n");
        CliRun refused = CliRun.of("check", estate.toString(), "--config", bad.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains(bad + ":1: as-of: 'next week' is not a date; write it as YYYY-MM-DD");
    }

    @Test
    void aBadAsOfIsAUsageErrorOnEveryCommandThatTakesIt() {
        for (String[] args : new String[][] {{"check", estate.toString()}, {"plan", estate.toString()},
                {"baseline", "write", dir.resolve("b.json").toString(), estate.toString()}, {"verify", "src/test/resources/rules/support"}}) {
            String[] withDate = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--as-of", "2026-13-01"))
                    .toArray(String[]::new);
            CliRun run = CliRun.of(withDate);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).contains("--as-of: '2026-13-01' is not a date; write it as YYYY-MM-DD");
        }
        assertThat(Files.exists(dir.resolve("b.json"))).isFalse();
    }

    @Test
    void everyReportSaysWhatItWasJudgedAgainst() throws Exception {
        String[] common = {"--as-of", "2026-12-07"};
        JsonNode report = JSON.readTree(CliRun.of("check", estate.toString(), "--format", "json", common[0], common[1]).out());
        assertThat(report.get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(report.get("asOf").asText()).isEqualTo("2026-12-07");
        assertThat(report.get("knowledge").get("source").asText()).isEqualTo("built-in");
        assertThat(report.get("knowledge").get("from").asText()).isEqualTo("11");
        assertThat(report.get("knowledge").get("horizon").asText()).isEqualTo(horizon);

        JsonNode sarif = JSON.readTree(CliRun.of("check", estate.toString(), "--format", "sarif", common[0], common[1]).out());
        assertThat(sarif.at("/runs/0/properties/asOf").asText()).isEqualTo("2026-12-07");
        assertThat(sarif.at("/runs/0/properties/knowledge/source").asText()).isEqualTo("built-in");

        String junit = CliRun.of("check", estate.toString(), "--format", "junit", common[0], common[1]).out();
        assertThat(junit).contains("<property name=\"asOf\" value=\"2026-12-07\"/>")
                .contains("<property name=\"knowledge.source\" value=\"built-in\"/>")
                .contains("<property name=\"knowledge.horizon\" value=\"" + horizon + "\"/>");

        String line = "as of 2026-12-07; platform catalogue: built-in, horizon " + horizon;
        assertThat(CliRun.of("check", estate.toString(), "--format", "markdown", common[0], common[1]).out()).contains("Judged " + line);
        assertThat(CliRun.of("check", estate.toString(), "--format", "html", common[0], common[1]).out())
                .contains("<p id=\"judged-against\">Judged " + line + "</p>");

        JsonNode plan = JSON.readTree(CliRun.of("plan", estate.toString(), "--format", "json", common[0], common[1]).out());
        assertThat(plan.get("schemaVersion").asInt()).isEqualTo(3);
        assertThat(plan.get("asOf").asText()).isEqualTo("2026-12-07");
        assertThat(plan.get("knowledge").get("horizon").asText()).isEqualTo(horizon);
        assertThat(CliRun.of("plan", estate.toString(), "--format", "text", common[0], common[1]).out()).contains("Judged " + line);

        JsonNode matrix = JSON.readTree(CliRun.of("check", estate.toString(), "--target-version", "11.30.0,11.31.0",
                "--format", "json", common[0], common[1]).out());
        assertThat(matrix.get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(matrix.get("asOf").asText()).isEqualTo("2026-12-07");
        assertThat(matrix.get("knowledge").get("source").asText()).isEqualTo("built-in");
        assertThat(CliRun.of("check", estate.toString(), "--target-version", "11.30.0,11.31.0", common[0], common[1]).out())
                .contains("Judged " + line);
    }

    @Test
    void planBaselineAndVerifyJudgeAsOfTheDayGiven() throws Exception {
        CliRun plan = CliRun.of("plan", estate.toString(), "--format", "text", "--as-of", "2026-12-07");
        assertThat(plan.out()).contains("infrastructure-past-vendor-support");
        assertThat(CliRun.of("plan", estate.toString(), "--format", "text", "--as-of", "2025-12-07").out())
                .doesNotContain("infrastructure-past-vendor-support");

        Path baseline = dir.resolve("baseline.json");
        assertThat(CliRun.of("baseline", "write", baseline.toString(), estate.toString(), "--as-of", "2026-12-07").exitCode()).isZero();
        JsonNode written = JSON.readTree(baseline.toFile());
        assertThat(written.get("asOf").asText()).isEqualTo("2026-12-07");
        assertThat(written.get("findings")).anySatisfy(f -> assertThat(f.get("ruleId").asText()).isEqualTo("infrastructure-past-vendor-support"));
        CliRun checked = CliRun.of("check", estate.toString(), "--baseline", baseline.toString(), "--as-of", "2026-12-07");
        assertThat(checked.out()).contains("0 new, 1 unchanged, 0 fixed").contains("infrastructure-past-vendor-support");

        // a rule test without asOf is judged as of verify's --as-of
        Path tests = Files.writeString(dir.resolve("dated.yaml"), """
                rules: [infrastructure-past-vendor-support]
                tests:
                  - name: past the end
                    estateFile: estate.yaml
                    expect:
                      - {environment: Production}
                """);
        assertThat(CliRun.of("verify", tests.toString(), "--as-of", "2026-12-07").exitCode()).isZero();
        assertThat(CliRun.of("verify", tests.toString(), "--as-of", "2025-12-07").exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
    }

    @Test
    void aCopyOfTheBuiltInCatalogueGivesTheSameReport() throws Exception {
        Path copy = Files.copy(BUILT_IN, dir.resolve("copy.yaml"));
        for (String format : new String[] {"text", "json"}) {
            String builtIn = CliRun.of("check", estate.toString(), "--format", format, "--as-of", "2026-12-07").out();
            String fromCopy = CliRun.of("check", estate.toString(), "--format", format, "--as-of", "2026-12-07",
                    "--knowledge", copy.toString()).out();
            assertThat(fromCopy).as(format).isNotEqualTo(builtIn)
                    .isEqualTo(builtIn.replace("platform catalogue: built-in", "platform catalogue: " + copy)
                            .replace("\"source\": \"built-in\"", "\"source\": \"" + copy + "\""));
        }
    }

    @Test
    void aBrokenCatalogueStopsEveryCommandWithExit2AtItsLine() throws Exception {
        String text = Files.readString(BUILT_IN).replace("horizon: \"" + horizon + "\"", "horizon: \"eleven\"");
        Path broken = Files.writeString(dir.resolve("broken.yaml"), text);
        int line = text.lines().toList().indexOf("  horizon: \"eleven\"") + 1;
        for (String[] args : new String[][] {{"check", estate.toString()}, {"plan", estate.toString()},
                {"baseline", "write", dir.resolve("b.json").toString(), estate.toString()},
                {"verify", "src/test/resources/rules/support"}, {"knowledge"}}) {
            String[] withFile = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--knowledge", broken.toString())).toArray(String[]::new);
            CliRun run = CliRun.of(withFile);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).as(String.join(" ", args)).startsWith("estate-audit: " + broken + ":" + line + ": coverage.horizon: 'eleven' is not a version")
                    .doesNotContain("Exception");
            assertThat(run.out()).isEmpty();
        }
        assertThat(Files.exists(dir.resolve("b.json"))).isFalse();
    }
}
