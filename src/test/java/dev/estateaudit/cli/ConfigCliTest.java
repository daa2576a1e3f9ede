package dev.estateaudit.cli;

import static dev.estateaudit.cli.WaiversCliTest.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** estate-audit.yaml / --config: defaults for check's options; the command line wins. */
class ConfigCliTest {

    static final String SAMPLE = Path.of(CheckCommandTest.SAMPLE).toAbsolutePath().toString();

    @TempDir
    Path dir;

    @Test
    void theConfigSetsDefaultsAndTheCommandLineWins() throws IOException {
        Path config = write("estate-audit.yaml", """
                fail-on: never
                only: [debug-*]
                """);
        CliRun fromConfig = CliRun.of("check", SAMPLE, "--config", config.toString(), "--format", "json");
        assertThat(fromConfig.exitCode()).as(fromConfig.err()).isEqualTo(ExitCodes.OK);
        JsonNode json = new ObjectMapper().readTree(fromConfig.out());
        assertThat(json.at("/summary/failOn").asText()).isEqualTo("never");
        assertThat(ruleIds(json)).allMatch(id -> id.startsWith("debug-"));

        CliRun overridden = CliRun.of("check", SAMPLE, "--config", config.toString(), "--format", "json",
                "--fail-on", "error", "--only", "lifetime-*");
        assertThat(overridden.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        JsonNode over = new ObjectMapper().readTree(overridden.out());
        assertThat(over.at("/summary/failOn").asText()).isEqualTo("error");
        assertThat(ruleIds(over)).isNotEmpty().allMatch(id -> id.startsWith("lifetime-"));
    }

    @Test
    void relativePathsAreTakenFromTheConfigFilesFolder() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("waivers.yaml"), """
                waivers:
                  - {rule: lifetime-outdated, justification: "booked", owner: jane, expires: 2999-12-31}
                """);
        Files.createDirectories(project.resolve("my-rules"));
        Files.copy(Path.of("src/test/resources/cli/user-rules/naming/cs-suffix.drl"), project.resolve("my-rules/cs-suffix.drl"));
        Path config = Files.writeString(project.resolve("estate-audit.yaml"), """
                rules: my-rules
                waivers: waivers.yaml
                skip:
                  - module-*
                outputs:
                  - {format: json, output: reports/audit.json}
                  - {format: text}
                """);
        CliRun run = CliRun.of("check", SAMPLE, "--config", config.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("estate-audit ").contains("(waived)").contains("[acme-core-service-in-production]");
        JsonNode json = new ObjectMapper().readTree(project.resolve("reports/audit.json").toFile());
        assertThat(json.at("/summary/waived").asInt()).isEqualTo(1);
        assertThat(ruleIds(json)).contains("acme-core-service-in-production").noneMatch(id -> id.startsWith("module-"));

        // --format on the command line replaces the config's outputs
        CliRun formatted = CliRun.of("check", SAMPLE, "--config", config.toString(), "--format", "json");
        assertThat(new ObjectMapper().readTree(formatted.out()).at("/summary/waived").asInt()).isEqualTo(1);
    }

    @Test
    void gateBaselineAndWarningDaysComeFromTheConfigToo() throws IOException {
        Path baseline = dir.resolve("baseline.json");
        CliRun.of("check", SAMPLE, "--format", "json", "--output", baseline.toString());
        Path config = write("ratchet.yaml", """
                gate: new
                baseline: baseline.json
                waiver-warning-days: 3
                """);
        CliRun run = CliRun.of("check", SAMPLE, "--config", config.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("0 new").contains("new findings only): PASSED");
        assertThat(CliRun.of("check", SAMPLE, "--config", config.toString(), "--gate", "all").exitCode())
                .isEqualTo(ExitCodes.GATE_FAILED);
    }

    @Test
    void anUnknownKeyIsAnErrorWithLineAndTheNearestKey() throws IOException {
        Path config = write("estate-audit.yaml", """
                gate: all
                fail_on: warning
                """);
        CliRun run = CliRun.main("check", SAMPLE, "--config", config.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(config + ":2: unknown key 'fail_on' (did you mean 'fail-on'?); known keys: rules, fail-on,");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badValuesNameTheConfigFileAndLine() throws IOException {
        Path severity = write("severity.yaml", "gate: all\nfail-on: eror\n");
        CliRun run = CliRun.of("check", SAMPLE, "--config", severity.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(severity + ":2: fail-on: unknown severity 'eror'");
        Path type = write("type.yaml", "waiver-warning-days: soon\n");
        CliRun typeRun = CliRun.of("check", SAMPLE, "--config", type.toString());
        assertThat(typeRun.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(typeRun.err()).contains(type + ":1: ");
        Path output = write("output.yaml", "outputs:\n  - {format: pdf}\n");
        assertThat(CliRun.of("check", SAMPLE, "--config", output.toString()).err())
                .contains(output + ":1: outputs: unknown format 'pdf'");
        Path field = write("field.yaml", "outputs:\n  - {format: json, file: x.json}\n");
        assertThat(CliRun.of("check", SAMPLE, "--config", field.toString()).err())
                .contains(field + ":2: outputs: unknown field 'file'");
        assertThat(CliRun.of("check", SAMPLE, "--config", dir.resolve("none.yaml").toString()).err())
                .contains("none.yaml: no such config file");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
