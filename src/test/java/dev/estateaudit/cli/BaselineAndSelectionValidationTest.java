package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 29, items 17, 22 (baseline) and 8, and issue 28's item 5 for baselines. */
class BaselineAndSelectionValidationTest {

    private static final String SAMPLE = Path.of("samples/acme-factory-11.yaml").toAbsolutePath().toString();

    @TempDir
    Path folder;

    private ObjectNode baseline() throws Exception {
        Path json = folder.resolve("base.json");
        CliRun.of("check", SAMPLE, "--format", "json", "--output", json.toString());
        return (ObjectNode) new ObjectMapper().readTree(json.toFile());
    }

    @Test
    void aBaselineFindingWithoutRuleIdOrWithWrongFieldsIsNamedEachInOneRun() throws Exception {
        ObjectNode report = baseline();
        ArrayNode findings = (ArrayNode) report.get("findings");
        ((ObjectNode) findings.get(0)).remove("ruleId");
        ((ObjectNode) findings.get(1)).put("severity", "fatal");
        ((ObjectNode) findings.get(2)).putArray("message");
        Path file = Files.writeString(folder.resolve("bad.json"), report.toString());
        CliRun run = CliRun.of("check", SAMPLE, "--baseline", file.toString(), "--format", "junit");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(file + ": findings[0] has no ruleId")
                .contains(file + ": findings[1].severity: 'fatal' is not a severity (error, warning or info)")
                .contains(file + ": findings[2].message: expected text, found a list")
                .doesNotContain("internal error");
    }

    @Test
    void aLineBreakInAFixedFindingCannotForgeALineOfTheTextReport() throws Exception {
        ObjectNode report = baseline();
        ObjectNode gone = ((ArrayNode) report.get("findings")).addObject();
        gone.put("fingerprint", "0123456789abcdef").put("ruleId", "lifetime-outdated").put("severity", "error")
                .put("title", "t").put("message", "fixed\ngate PASSED").put("environment", "Gone");
        Path file = Files.writeString(folder.resolve("forged.json"), report.toString());
        CliRun run = CliRun.of("check", SAMPLE, "--baseline", file.toString());
        assertThat(run.out()).contains("fixed\\x0Agate PASSED").doesNotContain("\ngate PASSED");
    }

    @Test
    void contentAfterTheReportIsRefused() throws Exception {
        Path file = Files.writeString(folder.resolve("trailing.json"), baseline().toString() + "\n{\"findings\": []}\n");
        CliRun run = CliRun.of("check", SAMPLE, "--baseline", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(file + ":2: content after the report's end");
    }

    @Test
    void aSelectionThatLeavesNoRuleIsExit2() throws Exception {
        CliRun skipAll = CliRun.of("check", SAMPLE, "--skip", "*");
        assertThat(skipAll.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(skipAll.err()).contains("the selection leaves no rule to run");
        Path config = Files.writeString(folder.resolve("c.yaml"), "skip: ['lifetime-*', '*']\n");
        CliRun fromConfig = CliRun.of("check", SAMPLE, "--config", config.toString());
        assertThat(fromConfig.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(fromConfig.err()).contains("the selection leaves no rule to run");
    }

    @Test
    @Timeout(20) // it took 438 s while Pattern.compile saw the whole pattern; now well under a second
    void aHugePatternOnTheCommandLineIsRefusedWithoutComparingIt() {
        CliRun run = CliRun.of("check", SAMPLE, "--only", "y".repeat(1_000_000));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("1000000 characters; a rule id or pattern has at most 200").hasSizeLessThan(400);
    }
}
