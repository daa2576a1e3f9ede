package dev.estateaudit.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.cli.CliRun;
import java.io.IOException;
import org.junit.jupiter.api.Test;

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

    @Test
    void aTargetPastTheHorizonIsUnknownInEveryFormatAndNeverReady() throws IOException {
        CliRun text = run("check", CLEAN, "--target-version", "11.34.0,11.40.0");
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).containsPattern("\\n11\\.40\\.0 +unknown ")
                .contains("11.40.0 is unknown: the platform knowledge catalogue describes Platform Server 11 to 11.38.0, "
                        + "so these checks could not judge it:\n")
                .contains("  [operating-system-unsupported-by-target] 3 subjects\n")
                .contains("  [runtime-prerequisite-below-target] 3 subjects\n")
                .contains("  [republish-all-required] 1 subject\n")
                .doesNotContain("11.40.0 is blocked by")
                .endsWith("Summary: 0 of 2 targets ready, 1 unknown\n");

        for (String failOn : new String[] {"error", "info", "never"}) {
            CliRun jsonRun = run("check", CLEAN, "--target-version", "11.31.0,11.40.0", "--format", "json", "--fail-on", failOn);
            JsonNode json = new ObjectMapper().readTree(jsonRun.out());
            JsonNode beyond = json.get("targets").get(1);
            assertThat(beyond.get("verdict").asText()).as(failOn).isEqualTo("unknown");
            assertThat(beyond.get("ready").asBoolean()).as(failOn).isFalse();
            assertThat(beyond.get("unjudged")).extracting(c -> c.get("ruleId").asText())
                    .contains("database-unsupported-by-target", "release-breaking-changes-crossed");
            assertThat(json.get("allReady").asBoolean()).isFalse();
            assertThat(json.get("knowledge").get("horizon").asText()).isEqualTo("11.38.0");
            assertThat(jsonRun.exitCode()).as("--fail-on %s", failOn).isEqualTo(failOn.equals("never") ? 0 : 1);
        }

        CliRun markdown = run("check", CLEAN, "--target-version", "11.31.0,11.40.0", "--format", "markdown");
        assertThat(markdown.out()).contains("| 11.40.0 | **unknown** |").contains("## 11.40.0 is unknown")
                .contains("- `database-unsupported-by-target` (3 subjects)");
    }

    @Test
    void aTargetBeforeTheCatalogueStartsIsUnknownToo() {
        CliRun r = run("check", "samples/legacy-10-to-11.yaml", "--target-version", "10.0.1104.0,11.31.0", "--fail-on", "never");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("\\n10\\.0\\.1104\\.0 +unknown ")
                .contains("10.0.1104.0 is unknown: the platform knowledge catalogue describes Platform Server 11 to 11.38.0");
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
