package dev.estateaudit.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.cli.CliRun;
import dev.estateaudit.cli.Wrapped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --target-version}: one target overrides the file; several give a readiness matrix. */
class CheckTargetVersionTest {

    private static final String CLEAN = "samples/clean-estate.yaml";

    static CliRun run(String... args) {
        return CliRun.main(args);
    }

    @Test
    void oneTargetOverridesTheFilesTargetAndKeepsTheUsualReport() {
        CliRun asFiled = run("check", CLEAN);
        CliRun later = run("check", CLEAN, "--target-version", "11.38.0");

        assertThat(asFiled.exitCode()).isZero();
        assertThat(later.exitCode()).isEqualTo(1);
        assertThat(later.out()).startsWith("estate-audit ").contains("[runtime-prerequisite-below-target]")
                .contains("Platform Server 11.38.0").contains("\nSummary: ");
    }

    /** --width wraps the text matrix as it wraps the text report: every word kept, no line wider. */
    @Test
    void theTextMatrixIsWrappedAtTheWidth() {
        String plain = run("check", CLEAN, "--target-version", "11.31.0,11.38.0,11.45.0").out();
        String wrapped = run("check", CLEAN, "--target-version", "11.31.0,11.38.0,11.45.0", "--width", "80").out();

        Wrapped.atWidth(plain, wrapped, 80);
        assertThat(wrapped).containsPattern("\\n11\\.38\\.0 +blocked ");
    }

    @Test
    void severalTargetsGiveDifferentVerdictsInOneRun() throws IOException {
        CliRun text = run("check", CLEAN, "--target-version", "11.31.0,11.38.0");
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).containsPattern("\\n11\\.31\\.0 +ready ")
                .containsPattern("\\n11\\.38\\.0 +blocked ")
                .contains("11.38.0 is blocked by:")
                .contains("[runtime-prerequisite-below-target] Production:")
                .doesNotContain("11.31.0 is blocked by")
                .endsWith("Summary: 1 of 2 targets ready\n");

        JsonNode json = new ObjectMapper().readTree(run("check", CLEAN, "--target-version", "11.31.0,11.38.0", "--format", "json").out());
        assertThat(json.get("allReady").asBoolean()).isFalse();
        assertThat(json.get("targets").get(0).get("verdict").asText()).isEqualTo("ready");
        assertThat(json.get("targets").get(0).get("blocking")).isEmpty();
        assertThat(json.get("targets").get(1).get("verdict").asText()).isEqualTo("blocked");
        assertThat(json.get("targets").get(1).get("blocking")).extracting(f -> f.get("ruleId").asText())
                .contains("runtime-prerequisite-below-target", "lifetime-behind-target");

        CliRun markdown = run("check", CLEAN, "--target-version", "11.31.0,11.38.0", "--format", "markdown");
        assertThat(markdown.out()).contains("| 11.31.0 | ready (3 checks not evaluated) |").contains("| 11.38.0 | **blocked** |")
                .contains("## 11.38.0 is blocked by");
    }

    @Test
    void allTargetsReadyPassesTheGateAndOutputIsDeterministic() {
        CliRun r = run("check", CLEAN, "--target-version", "11.30.0,11.31.0");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).endsWith("Summary: 2 of 2 targets ready\n");
        assertThat(run("check", CLEAN, "--target-version", "11.30.0,11.31.0", "--format", "json").out())
                .isEqualTo(run("check", CLEAN, "--target-version", "11.30.0,11.31.0", "--format", "json").out());
    }

    @Test
    void aTargetBeyondTheCatalogueIsNotEvaluatedNeverSilentlyPassed() throws IOException {
        JsonNode json = new ObjectMapper().readTree(run("check", CLEAN, "--target-version", "11.99.0", "--format", "json",
                "--fail-on", "never").out());
        assertThat(json.get("findings")).extracting(f -> f.get("ruleId").asText()).contains("target-beyond-knowledge");
        assertThat(json.get("notEvaluated")).extracting(n -> n.get("ruleId").asText())
                .contains("operating-system-unsupported-by-target", "database-unsupported-by-target",
                        "application-server-unsupported-by-target", "republish-all-required");
    }

    /** An estate already on the horizon, with LifeTime ahead of it: nothing the judged checks find blocks 11.45.0. */
    private static final String ON_THE_HORIZON = """
            name: On the horizon
            lifetime: {version: "11.33.0", platformVersion: "11.45.0", dedicated: true}
            environments:
              - {name: Development, role: development, platformVersion: "11.43.0", hosting: on-premises, operatingSystem: "Windows Server 2022",
                 applicationServer: IIS, databaseProvider: SQLServer, databaseVersion: "2022", databaseEdition: Standard}
              - {name: Production, role: production, platformVersion: "11.43.0", hosting: on-premises, operatingSystem: "Windows Server 2022",
                 applicationServer: IIS, databaseProvider: SQLServer, databaseVersion: "2022", databaseEdition: Standard}
            """;

    @Test
    void aTargetPastTheHorizonIsUnknownInEveryFormatAndNeverReady(@TempDir Path dir) throws IOException {
        String estate = dir.resolve("horizon.yaml").toString();
        Files.writeString(Path.of(estate), ON_THE_HORIZON);
        CliRun text = run("check", estate, "--target-version", "11.44.0,11.45.0");
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).containsPattern("\\n11\\.45\\.0 +unknown ")
                .contains("11.45.0 is unknown: the platform catalogue describes Platform Server 11 to 11.44.0, "
                        + "so these checks could not judge it:\n")
                .contains("  [operating-system-unsupported-by-target] 2 subjects\n")
                .contains("  [runtime-prerequisite-below-target] 2 subjects\n")
                .contains("  [republish-all-required] 1 subject\n")
                .doesNotContain("11.45.0 is blocked by")
                .endsWith("Summary: 1 of 2 targets ready, 1 unknown\n");

        for (String failOn : new String[] {"error", "warning", "never"}) {
            CliRun jsonRun = run("check", estate, "--target-version", "11.44.0,11.45.0", "--format", "json", "--fail-on", failOn);
            JsonNode json = new ObjectMapper().readTree(jsonRun.out());
            JsonNode beyond = json.get("targets").get(1);
            assertThat(beyond.get("verdict").asText()).as(failOn).isEqualTo("unknown");
            assertThat(beyond.get("ready").asBoolean()).as(failOn).isFalse();
            assertThat(beyond.get("unjudged")).extracting(c -> c.get("ruleId").asText())
                    .contains("database-unsupported-by-target", "release-breaking-changes-crossed");
            assertThat(json.get("allReady").asBoolean()).isFalse();
            assertThat(json.get("knowledge").get("horizon").asText()).isEqualTo("11.44.0");
            assertThat(jsonRun.exitCode()).as("--fail-on %s", failOn).isEqualTo(failOn.equals("never") ? 0 : 1);
        }

        CliRun markdown = run("check", estate, "--target-version", "11.44.0,11.45.0", "--format", "markdown");
        assertThat(markdown.out()).contains("| 11.45.0 | **unknown** |").contains("## 11.45.0 is unknown")
                .contains("- `database-unsupported-by-target` (2 subjects)");
    }

    /** What the checks that could judge a target found still blocks it past the horizon; the rest is listed beside. */
    @Test
    void aTargetPastTheHorizonWithABlockingFindingIsBlockedAndSaysWhatCouldNotJudgeIt() throws IOException {
        CliRun text = run("check", CLEAN, "--target-version", "11.31.0,11.45.0");
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).containsPattern("\\n11\\.45\\.0 +blocked ")
                .contains("11.45.0 is blocked by:\n  [lifetime-behind-target] estate:")
                .contains("and, past the platform catalogue (11 to 11.44.0), these checks could not judge it:\n")
                .contains("  [database-unsupported-by-target] 3 subjects\n")
                .doesNotContain("[target-beyond-knowledge] estate:")
                .doesNotContain("11.45.0 is unknown");
        JsonNode json = new ObjectMapper().readTree(run("check", CLEAN, "--target-version", "11.31.0,11.45.0", "--format", "json").out());
        assertThat(json.get("targets").get(1).get("verdict").asText()).isEqualTo("blocked");
        assertThat(json.get("targets").get(1).get("blocking")).extracting(f -> f.get("ruleId").asText())
                .contains("lifetime-behind-target").doesNotContain("target-beyond-knowledge");
        assertThat(json.get("targets").get(1).get("unjudged")).isNotEmpty();
        assertThat(run("check", CLEAN, "--target-version", "11.31.0,11.45.0", "--format", "markdown").out())
                .contains("## 11.45.0 is blocked by").contains("Past the platform catalogue (Platform Server 11 to 11.44.0)");

        CliRun never = run("check", CLEAN, "--target-version", "11.31.0,11.45.0", "--fail-on", "never");
        assertThat(never.exitCode()).isZero();
        assertThat(never.out()).containsPattern("\\n11\\.45\\.0 +unknown ");
    }

    /** Every release up to the horizon is judged, ready or blocked; the next one is unknown. */
    @Test
    void everyReleaseUpToTheHorizonIsJudged() throws IOException {
        JsonNode json = new ObjectMapper().readTree(run("check", CLEAN, "--target-version",
                "11.39.0,11.40.0,11.40.1,11.41.0,11.41.1,11.41.2,11.42.0,11.42.1,11.43.0,11.44.0,11.45.0", "--format", "json",
                "--fail-on", "never").out());
        assertThat(json.get("targets")).extracting(t -> t.get("targetVersion").asText() + " " + t.get("verdict").asText())
                .containsExactly("11.39.0 ready", "11.40.0 ready", "11.40.1 ready", "11.41.0 ready", "11.41.1 ready",
                        "11.41.2 ready", "11.42.0 ready", "11.42.1 ready", "11.43.0 ready", "11.44.0 ready", "11.45.0 unknown");
        JsonNode gated = new ObjectMapper().readTree(run("check", CLEAN, "--target-version", "11.39.0,11.44.0", "--format", "json").out());
        assertThat(gated.get("targets")).allSatisfy(t -> {
            assertThat(t.get("verdict").asText()).isEqualTo("blocked");
            assertThat(t.get("unjudged")).isEmpty();
            assertThat(t.get("blocking")).extracting(f -> f.get("ruleId").asText()).contains("runtime-prerequisite-below-target");
        });
    }

    @Test
    void aTargetBeforeTheCatalogueStartsIsUnknownToo() {
        CliRun r = run("check", "samples/legacy-10-to-11.yaml", "--target-version", "10.0.1104.0,11.31.0", "--fail-on", "never");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("\\n10\\.0\\.1104\\.0 +unknown ")
                .contains("10.0.1104.0 is unknown: the platform catalogue describes Platform Server 11 to 11.44.0");
    }

    @Test
    void aReadyTargetWithChecksNotEvaluatedSaysSoBesideItsVerdict() {
        CliRun r = run("check", CLEAN, "--target-version", "11.30.0,11.31.0");
        assertThat(r.out()).containsPattern("\\n11\\.31\\.0 +ready \\(3 checks not evaluated\\) +0 ");
    }

    @Test
    void aBadTargetIsExitTwoWithOneMessage() {
        CliRun r = run("check", CLEAN, "--target-version", "11.31.0,next");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("estate-audit: --target-version: 'next' is not a version").doesNotContain("Exception");
        CliRun twice = run("check", CLEAN, "--target-version", "11.31.0,11.31");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("given twice");
        CliRun format = run("check", CLEAN, "--target-version", "11.31.0,11.38.0", "--format", "sarif");
        assertThat(format.exitCode()).isEqualTo(2);
    }
}
