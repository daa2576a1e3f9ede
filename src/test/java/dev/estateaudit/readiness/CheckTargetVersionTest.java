package dev.estateaudit.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code check --target-version}: one target overrides the file; several give a readiness matrix. */
class CheckTargetVersionTest {

    private static final String CLEAN = "samples/clean-estate.yaml";

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void oneTargetOverridesTheFilesTargetAndKeepsTheUsualReport() {
        Run asFiled = run("check", CLEAN);
        Run later = run("check", CLEAN, "--target-version", "11.33.0");

        assertThat(asFiled.code()).isZero();
        assertThat(later.code()).isEqualTo(1);
        assertThat(later.out()).startsWith("estate-audit ").contains("[database-unsupported-by-target]")
                .contains("Platform Server 11.33.0 does not support").contains("\nSummary: ");
    }

    @Test
    void severalTargetsGiveDifferentVerdictsInOneRun() throws IOException {
        Run text = run("check", CLEAN, "--target-version", "11.31.0,11.33.0");
        assertThat(text.code()).isEqualTo(1);
        assertThat(text.out()).containsPattern("\\n11\\.31\\.0 +ready ")
                .containsPattern("\\n11\\.33\\.0 +blocked ")
                .contains("11.33.0 is blocked by:")
                .contains("[database-unsupported-by-target] Production:")
                .doesNotContain("11.31.0 is blocked by")
                .endsWith("Summary: 1 of 2 targets ready\n");

        JsonNode json = new ObjectMapper().readTree(run("check", CLEAN, "--target-version", "11.31.0,11.33.0", "--format", "json").out());
        assertThat(json.get("allReady").asBoolean()).isFalse();
        assertThat(json.get("targets").get(0).get("verdict").asText()).isEqualTo("ready");
        assertThat(json.get("targets").get(0).get("blocking")).isEmpty();
        assertThat(json.get("targets").get(1).get("verdict").asText()).isEqualTo("blocked");
        assertThat(json.get("targets").get(1).get("blocking")).extracting(f -> f.get("ruleId").asText())
                .contains("database-unsupported-by-target", "lifetime-behind-target");

        Run markdown = run("check", CLEAN, "--target-version", "11.31.0,11.33.0", "--format", "markdown");
        assertThat(markdown.out()).contains("| 11.31.0 | ready |").contains("| 11.33.0 | **blocked** |")
                .contains("## 11.33.0 is blocked by");
    }

    @Test
    void allTargetsReadyPassesTheGateAndOutputIsDeterministic() {
        Run r = run("check", CLEAN, "--target-version", "11.30.0,11.31.0");
        assertThat(r.code()).isZero();
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
    void aBadTargetIsExitTwoWithOneMessage() {
        Run r = run("check", CLEAN, "--target-version", "11.31.0,next");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("estate-audit: --target-version: 'next' is not a version").doesNotContain("Exception");
        Run twice = run("check", CLEAN, "--target-version", "11.31.0,11.31");
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err()).contains("given twice");
        Run format = run("check", CLEAN, "--target-version", "11.31.0,11.33.0", "--format", "sarif");
        assertThat(format.code()).isEqualTo(2);
    }
}
