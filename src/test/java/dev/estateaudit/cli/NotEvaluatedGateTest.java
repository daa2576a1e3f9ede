package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An estate imported from LifeTime leaves most facts out: every report says how much of it the
 * run could check, and --fail-on-not-evaluated (config key fail-on-not-evaluated) fails the gate
 * on a check at or above --fail-on that could not decide, naming it.
 */
class NotEvaluatedGateTest {

    /**
     * The imported sample's coverage with its starter overlay, as written (the suggestions still
     * commented): all but the seven checks the import leaves undecided, of however many rules run.
     */
    static final String MISSING_MOST = " checks evaluated; missing most: module.debugMode (2 checks, 18 subjects), "
            + "environment.debugMode (2 checks, 4 subjects), module.errorsLast7Days (1 check, 22 subjects)";
    static final int UNDECIDED_CHECKS = 7;
    /** The error-level checks the import leaves undecided. */
    static final String UNDECIDED = "3 checks at or above error not evaluated: debug-mode-in-production, "
            + "development-license-in-production-mode, environment-debug-mode-in-production";

    @TempDir
    Path dir;
    Path imported;
    Path overlay;

    @BeforeEach
    void importAndWriteTheOverlay() {
        imported = dir.resolve("harbour.yaml");
        overlay = dir.resolve("overlay.yaml");
        CliRun importing = CliRun.of("import", "pipeline-artifacts", "samples/pipeline-artifacts/Artifacts",
                "--output", imported.toString(), "--as-of", "2026-11-22T08:00:00Z");
        assertThat(importing.exitCode()).as(importing.err()).isEqualTo(ExitCodes.OK);
        CliRun init = CliRun.of("init", "--from", imported.toString(), "--output", overlay.toString());
        assertThat(init.exitCode()).as(init.err()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void anImportedEstatePassesWithoutTheOptionAndFailsWithItNamingTheUndecidedChecks() {
        CliRun plain = check();
        assertThat(plain.exitCode()).as(plain.err()).isEqualTo(ExitCodes.OK);
        assertThat(plain.out()).contains("\n" + coverage(plain.out()) + "\n").contains("gate (fail on error): PASSED")
                .doesNotContain("Gate failed");

        CliRun strict = check("--fail-on-not-evaluated");

        assertThat(strict.exitCode()).as(strict.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(strict.out()).contains(coverage(strict.out())).contains("gate (fail on error): FAILED")
                .contains("Gate failed: " + UNDECIDED + " (--fail-on-not-evaluated)");
    }

    @Test
    void onlyChecksAtOrAboveTheThresholdCount() throws IOException {
        CliRun warnings = check("--fail-on-not-evaluated", "--fail-on", "warning", "--format", "json");
        JsonNode failing = new ObjectMapper().readTree(warnings.out()).at("/summary/notEvaluatedFailing");
        assertThat(warnings.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(failing.toString()).contains("module-errors-logged").contains("debug-mode-in-production");

        CliRun never = check("--fail-on-not-evaluated", "--fail-on", "never");
        assertThat(never.exitCode()).as(never.out()).isEqualTo(ExitCodes.OK);
        assertThat(never.out()).doesNotContain("Gate failed");
    }

    @Test
    void theConfigKeyTurnsItOn() throws IOException {
        Path config = Files.writeString(dir.resolve("estate-audit.yaml"), "fail-on-not-evaluated: true\n");

        CliRun run = check("--config", config.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(run.out()).contains(UNDECIDED);
    }

    @Test
    void everyFormatShowsTheCoverageAndWhyTheGateFailed() throws IOException {
        CliRun run = check("--fail-on-not-evaluated", "--format", "json",
                "--output", "markdown=" + dir.resolve("r.md"), "--output", "html=" + dir.resolve("r.html"),
                "--output", "sarif=" + dir.resolve("r.sarif"), "--output", "junit=" + dir.resolve("r.xml"),
                "--output", "text=" + dir.resolve("r.txt"));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.GATE_FAILED);

        JsonNode summary = new ObjectMapper().readTree(run.out()).get("summary");
        String text = Files.readString(dir.resolve("r.txt"));
        int rules = rules(text);
        assertThat(summary.at("/coverage/evaluated").asInt()).isEqualTo(rules - UNDECIDED_CHECKS);
        assertThat(summary.at("/coverage/total").asInt()).isEqualTo(rules);
        assertThat(summary.at("/coverage/missingMost/0/fact").asText()).isEqualTo("module.debugMode");
        assertThat(summary.at("/coverage/missingMost/0/checks").asInt()).isEqualTo(2);
        assertThat(summary.at("/coverage/missingMost/0/subjects").asInt()).isEqualTo(18);
        assertThat(summary.get("failOnNotEvaluated").asBoolean()).isTrue();
        assertThat(summary.get("notEvaluatedFailing")).extracting(JsonNode::asText)
                .containsExactly("debug-mode-in-production", "development-license-in-production-mode",
                        "environment-debug-mode-in-production");
        assertThat(summary.get("passed").asBoolean()).isFalse();

        String coverage = coverage(text);
        String words = coverage.substring("Coverage: ".length());
        assertThat(text).contains(coverage).contains(UNDECIDED);
        assertThat(Files.readString(dir.resolve("r.md"))).contains(coverage).contains("**Gate failed**: " + UNDECIDED);
        assertThat(Files.readString(dir.resolve("r.html")))
                .contains("<p class=\"coverage\" id=\"coverage\">" + coverage + "</p>")
                .contains("Gate failed: " + UNDECIDED);
        JsonNode sarif = new ObjectMapper().readTree(dir.resolve("r.sarif").toFile()).at("/runs/0/properties");
        assertThat(sarif.get("coverage").asText()).isEqualTo(words);
        assertThat(sarif.get("passed").asBoolean()).isFalse();
        String junit = Files.readString(dir.resolve("r.xml"));
        assertThat(junit).contains("type=\"not-evaluated\"").contains("debug-mode-in-production");
    }

    /** The header's "; 40 rules": every rule of the run is a check. */
    private static int rules(String textReport) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("; (\\d+) rules\n").matcher(textReport);
        assertThat(m.find()).as(textReport).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The coverage line this run's text report must show. */
    private static String coverage(String textReport) {
        int rules = rules(textReport);
        return "Coverage: " + (rules - UNDECIDED_CHECKS) + " of " + rules + MISSING_MOST;
    }

    private CliRun check(String... options) {
        String[] args = new String[3 + options.length];
        args[0] = "check";
        args[1] = imported.toString();
        args[2] = overlay.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        return CliRun.of(args);
    }
}
