package dev.estateaudit.cli;

import static dev.estateaudit.cli.WaiversCliTest.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** check --only/--skip: ids or globs, repeatable, applied inside the engine; a typo is an error. */
class RuleSelectionCliTest {

    static final String SAMPLE = CheckCommandTest.SAMPLE;

    @Test
    void onlyWithAGlobRunsJustThoseRules() throws IOException {
        JsonNode json = json("check", SAMPLE, "--format", "json", "--only", "debug-*");
        assertThat(ruleIds(json)).isNotEmpty().allMatch(id -> id.startsWith("debug-"))
                .contains("debug-mode-in-production", "debug-mode-in-preproduction", "debug-mode-off-in-development");
        json.get("notEvaluated").forEach(n -> assertThat(n.get("ruleId").asText()).startsWith("debug-"));
        CliRun text = CliRun.of("check", SAMPLE, "--only", "debug-*");
        assertThat(text.out()).contains("; 3 rules\n");
    }

    @Test
    void onlyAndSkipAreRepeatableAndCombine() throws IOException {
        JsonNode json = json("check", SAMPLE, "--format", "json", "--only", "debug-*", "--only", "lifetime-outdated",
                "--skip", "*-preproduction");
        // debug-mode-off-in-development twice: Development's module and Quality, whose debug mode is off
        assertThat(ruleIds(json)).containsExactlyInAnyOrder("debug-mode-in-production", "debug-mode-off-in-development",
                "debug-mode-off-in-development", "lifetime-outdated");
    }

    @Test
    void skipLeavesEverythingElse() throws IOException {
        List<String> all = ruleIds(json("check", SAMPLE, "--format", "json"));
        List<String> skipped = ruleIds(json("check", SAMPLE, "--format", "json", "--skip", "module-*", "--skip", "lifetime-outdated"));
        List<String> expected = new ArrayList<>(all);
        expected.removeIf(id -> id.startsWith("module-") || id.equals("lifetime-outdated"));
        assertThat(skipped).isEqualTo(expected);
    }

    @Test
    void aSkippedRuleNeverFires() {
        // acme-failing throws whenever it fires: skipping it must keep it from firing, not hide its findings
        String[] base = {"check", SAMPLE, "--rules", "src/test/resources/cli/failing-rules"};
        assertThat(CliRun.of(base).exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        CliRun skipped = CliRun.of(concat(base, "--skip", "acme-*"));
        assertThat(skipped.exitCode()).as(skipped.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(skipped.err()).isEmpty();
    }

    @Test
    void anIdMatchingNoRuleIsAnErrorWithTheNearestIds() {
        CliRun typo = CliRun.main("check", SAMPLE, "--only", "debug-mode-in-prodution");
        assertThat(typo.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(typo.err()).contains("--only debug-mode-in-prodution: matches no rule; did you mean debug-mode-in-production")
                .doesNotContain("Exception");
        assertThat(typo.out()).isEmpty();
        CliRun glob = CliRun.of("check", SAMPLE, "--skip", "lifetim-*");
        assertThat(glob.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(glob.err()).contains("--skip lifetim-*: matches no rule; did you mean lifetime*");
    }

    private static JsonNode json(String... args) throws IOException {
        CliRun run = CliRun.of(args);
        assertThat(run.err()).isEmpty();
        return new ObjectMapper().readTree(run.out());
    }

    private static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
