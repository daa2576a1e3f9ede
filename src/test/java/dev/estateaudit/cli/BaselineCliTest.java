package dev.estateaudit.cli;

import static dev.estateaudit.cli.WaiversCliTest.finding;
import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.estate.LifeTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check --baseline: findings new or unchanged by fingerprint, fixed ones listed, --gate new ratchets. */
public class BaselineCliTest {

    /** Last month: LifeTime behind Development and Quality. */
    public static final String BEFORE = """
            name: Ratchet Estate
            lifetime: {platformVersion: "11.29.0", dedicated: true}
            environments:
              - {name: Development, role: development, platformVersion: "11.30.1"}
              - {name: Quality, role: quality, platformVersion: "11.30.1"}
              - {name: Production, role: production, platformVersion: "11.29.0"}
            """;

    /** Now: Quality fixed (back on LifeTime's version), Production newly ahead of LifeTime. */
    public static final String AFTER = """
            name: Ratchet Estate
            lifetime: {platformVersion: "11.29.0", dedicated: true}
            environments:
              - {name: Development, role: development, platformVersion: "11.30.2"}
              - {name: Quality, role: quality, platformVersion: "11.29.0"}
              - {name: Production, role: production, platformVersion: "11.30.1"}
            """;

    @TempDir
    Path dir;

    Path baseline;
    Path after;

    @BeforeEach
    void makeBaseline() throws IOException {
        Path before = Files.writeString(dir.resolve("before.yaml"), BEFORE);
        after = Files.writeString(dir.resolve("after.yaml"), AFTER);
        baseline = dir.resolve("baseline.json");
        CliRun run = CliRun.of("check", before.toString(), "--format", "json", "--output", baseline.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.GATE_FAILED);
    }

    @Test
    void marksFindingsNewOrUnchangedByFingerprintAndListsTheFixedOnes() throws IOException {
        CliRun run = CliRun.of("check", after.toString(), "--baseline", baseline.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.GATE_FAILED);
        JsonNode json = new ObjectMapper().readTree(run.out());
        // Development's message changed (11.30.2), its identity did not
        assertThat(finding(json, "lifetime-outdated", "Development").get("status").asText()).isEqualTo("unchanged");
        assertThat(finding(json, "lifetime-outdated", "Production").get("status").asText()).isEqualTo("new");
        assertThat(json.at("/summary/baseline/file").asText()).isEqualTo(baseline.toString());
        assertThat(json.at("/summary/baseline/new").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/baseline/unchanged").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/baseline/fixed").asInt()).isEqualTo(1);
        JsonNode fixed = json.get("fixed");
        assertThat(fixed).hasSize(1);
        assertThat(fixed.get(0).get("ruleId").asText()).isEqualTo("lifetime-outdated");
        assertThat(fixed.get(0).get("environment").asText()).isEqualTo("Quality");
        assertThat(fixed.get(0).get("fingerprint").asText()).hasSize(32);

        CliRun text = CliRun.of("check", after.toString(), "--baseline", baseline.toString());
        assertThat(text.out()).contains("(new)").contains("FIXED (1) in the baseline, gone now")
                .contains("lifetime-outdated  Quality: Environment Quality runs Platform Server 11.30.1")
                .contains("; 1 new, 1 unchanged, 1 fixed;");
    }

    @Test
    void gateNewFailsOnlyOnNewFindings() throws IOException {
        CliRun failsOnNew = CliRun.of("check", after.toString(), "--baseline", baseline.toString(), "--gate", "new");
        assertThat(failsOnNew.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(failsOnNew.out()).contains("gate (fail on error, new findings only): FAILED");

        // the same estate as its own baseline: everything unchanged, so --gate new passes and --gate all does not
        Path own = dir.resolve("own.json");
        CliRun.of("check", after.toString(), "--format", "json", "--output", own.toString());
        CliRun unchanged = CliRun.of("check", after.toString(), "--baseline", own.toString(), "--gate", "new");
        assertThat(unchanged.exitCode()).as(unchanged.out()).isEqualTo(ExitCodes.OK);
        assertThat(unchanged.out()).contains("0 new, 2 unchanged, 0 fixed").contains("PASSED");
        assertThat(CliRun.of("check", after.toString(), "--baseline", own.toString()).exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(CliRun.of("check", after.toString(), "--baseline", own.toString(), "--gate", "all").exitCode())
                .isEqualTo(ExitCodes.GATE_FAILED);
    }

    @Test
    void withoutABaselineGateNewJudgesEveryFindingAsNew() {
        CliRun run = CliRun.of("check", after.toString(), "--gate", "new");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(run.out()).doesNotContain("(new)").contains("new findings only): FAILED");
        CliRun negative = CliRun.of("check", after.toString(), "--waiver-warning-days", "-1");
        assertThat(negative.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(negative.err()).contains("--waiver-warning-days: must be 0 or more days");
    }

    @Test
    void aBaselineOfAnotherEstateIsRefused() throws IOException {
        Path other = Files.writeString(dir.resolve("other.yaml"), AFTER.replace("Ratchet Estate", "Other Estate"));
        CliRun run = CliRun.main("check", other.toString(), "--baseline", baseline.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("baseline is a report of estate 'Ratchet Estate', not of 'Other Estate'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownSchemaVersionOrSomethingElseIsRefused() throws IOException {
        Path future = Files.writeString(dir.resolve("future.json"),
                Files.readString(baseline).replace("\"schemaVersion\": 2", "\"schemaVersion\": 3"));
        CliRun run = CliRun.of("check", after.toString(), "--baseline", future.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("unknown report schemaVersion 3; this estate-audit reads baselines of schemaVersion 1 to 2");

        // a report of schemaVersion 1 (before asOf and knowledge) is still a baseline: what it reads did not change
        Path older = Files.writeString(dir.resolve("older.json"), Files.readString(baseline)
                .replace("\"schemaVersion\": 2", "\"schemaVersion\": 1")
                .replaceFirst("(?s)\n  \"asOf\": [^\n]*\n  \"knowledge\": \\{.*?\n  \\},", ""));
        assertThat(Files.readString(older)).doesNotContain("\"asOf\"").doesNotContain("\"knowledge\"");
        CliRun againstOlder = CliRun.of("check", after.toString(), "--baseline", older.toString());
        assertThat(againstOlder.err()).isEmpty();
        assertThat(againstOlder.out()).contains("unchanged");

        Path notAReport = Files.writeString(dir.resolve("estate.json"), "{\"name\": \"Ratchet Estate\"}");
        assertThat(CliRun.of("check", after.toString(), "--baseline", notAReport.toString()).err())
                .contains("not a JSON report of estate-audit");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"schemaVersion\": 1,\n \"findings\": [");
        CliRun brokenRun = CliRun.of("check", after.toString(), "--baseline", broken.toString());
        assertThat(brokenRun.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(brokenRun.err()).contains(broken + ":2: not a JSON report");
        assertThat(CliRun.of("check", after.toString(), "--gate", "old").err()).contains("--gate: unknown gate 'old'; expected all or new");
    }

    @Test
    void withoutABaselineStatusIsNullAndFixedEmpty() throws IOException {
        JsonNode json = new ObjectMapper().readTree(Files.readString(baseline));
        assertThat(json.at("/summary/baseline").isNull()).isTrue();
        assertThat(json.get("fixed")).isEmpty();
        assertThat(json.get("findings").get(0).get("status").isNull()).isTrue();
    }
}
