package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    static final String SAMPLE = "samples/acme-factory-11.yaml";

    @TempDir
    Path dir;

    @Test
    void printsTheTextReportAndFailsTheGateOnErrors() {
        CliRun run = CliRun.main("check", SAMPLE);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(run.out()).startsWith("estate-audit ").contains("ERROR (").contains("[lifetime-outdated]")
                .contains("evidence: ").contains("fix: ").contains("Summary: ").contains("gate (fail on error): FAILED")
                .doesNotContain("\u001b[");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void failOnNeverAlwaysPasses() {
        CliRun run = CliRun.of("check", SAMPLE, "--fail-on", "never");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("gate (fail on never): PASSED");
    }

    @Test
    void anEstateWithoutFindingsPasses() throws IOException {
        Path estate = write("ok.yaml", """
                name: Small
                lifetime: {platformVersion: "11.30.1", dedicated: true}
                environments:
                  - {name: Production, role: production, platformVersion: "11.30.1"}
                """);
        CliRun run = CliRun.of("check", estate.toString(), "--format", "json", "--fail-on", "error");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("\"passed\": true");
    }

    @Test
    void jsonReportFollowsTheContractAndIsByteIdenticalAcrossRuns() throws IOException {
        CliRun first = CliRun.of("check", SAMPLE, "--format", "json");
        CliRun second = CliRun.of("check", SAMPLE, "--format", "json");
        assertThat(first.out()).isEqualTo(second.out());
        JsonNode json = new ObjectMapper().readTree(first.out());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(json.at("/tool/name").asText()).isEqualTo("estate-audit");
        assertThat(json.at("/estate/name").asText()).isEqualTo("ACME Factory");
        assertThat(json.at("/summary/failOn").asText()).isEqualTo("error");
        assertThat(json.at("/summary/passed").asBoolean()).isFalse();
        JsonNode finding = json.get("findings").get(0);
        assertThat(finding.fieldNames()).toIterable().containsExactly("ruleId", "severity", "title", "message",
                "environment", "module", "zone", "frontEnd", "evidence", "remediation", "fingerprint", "status", "waiver");
        assertThat(json.at("/summary/error").asInt()).isEqualTo(countSeverity(json, "error"));
    }

    private static int countSeverity(JsonNode json, String severity) {
        int n = 0;
        for (JsonNode f : json.get("findings")) {
            n += f.get("severity").asText().equals(severity) ? 1 : 0;
        }
        return n;
    }

    @Test
    void writesTheReportToAFileAndNothingToStdout() throws IOException {
        Path report = dir.resolve("out/report.json");
        CliRun run = CliRun.of("check", SAMPLE, "--format", "json", "--output", report.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(report)).contains("\"ruleId\": \"lifetime-outdated\"");
        try (var files = Files.list(report.getParent())) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void badInputExitsTwoWithOneMessageAndNoReport() throws IOException {
        Path estate = write("typo.yaml", """
                name: Typo
                environments:
                  - {name: Production, role: prodution, platformVersion: "11.30.1"}
                """);
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.main("check", estate.toString(), "--format", "json", "--output", report.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("estate-audit: " + estate + ":3:30: environments[0].role: unknown value 'prodution'"
                + " (did you mean 'production'?); expected one of development, quality, preproduction, production, personal\n");
        assertThat(report).doesNotExist();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("check").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        CliRun badLevel = CliRun.of("check", SAMPLE, "--fail-on", "critical");
        assertThat(badLevel.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badLevel.err()).contains("--fail-on: unknown severity 'critical'");
        CliRun badFormat = CliRun.of("check", SAMPLE, "--format", "pdf");
        assertThat(badFormat.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badFormat.err()).contains("--format: unknown format 'pdf'");
        CliRun unknownOption = CliRun.of("check", SAMPLE, "--fail-onn", "error");
        assertThat(unknownOption.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknownOption.err()).contains("Unknown option: '--fail-onn'").contains("--fail-on");
        CliRun noCommand = CliRun.of();
        assertThat(noCommand.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noCommand.err()).contains("a command is required");
    }

    @Test
    void help() {
        CliRun help = CliRun.of("check", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--fail-on").contains("--rules").contains("--format").contains("Exit codes:");
    }

    @Test
    void mergesSeveralEstateFiles() throws IOException {
        Path overlay = write("overlay.yaml", """
                lifetime: {platformVersion: "11.31.0"}
                """);
        CliRun alone = CliRun.of("check", SAMPLE, "--format", "json");
        CliRun merged = CliRun.of("check", SAMPLE, overlay.toString(), "--format", "json");
        assertThat(alone.out()).contains("\"lifetime-outdated\"");
        assertThat(merged.out()).doesNotContain("\"lifetime-outdated\"").contains(overlay.toString());
    }

    @Test
    void runsUserRulesBesideTheBuiltInOnes() {
        CliRun run = CliRun.of("check", SAMPLE, "--rules", "src/test/resources/cli/user-rules", "--format", "json");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("\"ruleId\": \"acme-core-service-in-production\"")
                .contains("\"message\": \"Core service Orders_CS is in Production.\"")
                .contains("\"ruleId\": \"lifetime-outdated\"");
    }

    @Test
    void aBrokenUserRuleIsReportedAsFileAndLine() {
        CliRun run = CliRun.main("check", SAMPLE, "--rules", "src/test/resources/cli/broken-rules");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("src/test/resources/cli/broken-rules/broken.drl:10: ")
                .contains("nmae").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aUserRuleThatThrowsIsNamedWithoutAStackTrace() {
        CliRun run = CliRun.main("check", SAMPLE, "--rules", "src/test/resources/cli/failing-rules");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("rule 'acme-failing' failed while running: java.lang.StringIndexOutOfBoundsException")
                .doesNotContain("\tat ");
    }

    @Test
    void aMissingRulesFolderIsBadInput() {
        CliRun run = CliRun.of("check", SAMPLE, "--rules", dir.resolve("nope").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("not a folder of rules");
    }

    @Test
    void neverColoursWithNoColor() {
        CliRun run = CliRun.with(Map.of("NO_COLOR", "1"), "check", SAMPLE);
        assertThat(run.out()).doesNotContain("\u001b[");
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
