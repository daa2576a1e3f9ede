package dev.estateaudit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.bench.EstateGenerator;
import dev.estateaudit.cli.CliRun;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan grows with the estate, not with its square (issue 29 item 12): 5,000 environments gave a
 * 911 MB plan, because every production environment's checklist was written once per
 * pre-production environment and every go/no-go listed every environment before it. Sizes and
 * step counts are deterministic, so they are what this test holds; the time is measured by hand
 * (docs/benchmarks.md).
 */
class PlanGrowthTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    /** The plan of 500 environments, made once for both tests. */
    private static Plan small;

    @BeforeAll
    static void planFiveHundredEnvironments() throws IOException {
        small = plan(dir, 500);
    }

    @Test
    void tenTimesTheEnvironmentsGiveAtMostElevenTimesThePlan() throws IOException {
        Plan large = plan(dir, 5_000);

        assertThat((double) large.bytes / small.bytes).as("size of the plan of 5,000 environments over that of 500")
                .isLessThanOrEqualTo(11.0);
        assertThat((double) large.steps / small.steps).as("steps of 5,000 environments over those of 500")
                .isLessThanOrEqualTo(11.0);
    }

    @Test
    void eachProductionEnvironmentHasOneChecklistAndNoListIsWrittenTwice() {
        Plan plan = small;
        List<String> behind = new ArrayList<>();
        for (JsonNode entry : plan.json.get("order")) {
            if ("production".equals(entry.path("role").asText()) && !entry.path("upToDate").asBoolean()) {
                behind.add(entry.get("name").asText());
            }
        }
        assertThat(behind).as("production environments behind the target").hasSizeGreaterThan(50);

        assertThat(environments(plan, "planning.checklist")).as("one checklist per production environment behind the target")
                .containsExactlyInAnyOrderElementsOf(behind);
        assertThat(count(plan, "planning.validate-first")).isEqualTo(behind.size());
        assertThat(count(plan, "execution.gate")).isEqualTo(behind.size());
        // the staging order puts production last: the first production environment names the
        // environments that validate it, and every later one refers back instead of repeating them
        String first = behind.get(0);
        String second = behind.get(1);
        assertThat(text(plan, "execution.gate", second)).contains("the non-production environments before " + first)
                .doesNotContain("Env-0,");
        // a non-production environment is named in a bounded number of steps, whatever the estate's size
        Matcher mentions = Pattern.compile("\\bEnv-0\\b").matcher(plan.text);
        int times = 0;
        while (mentions.find()) {
            times++;
        }
        assertThat(times).as("mentions of the first environment").isLessThan(40);
    }

    private record Plan(long bytes, int steps, JsonNode json, String text) {}

    private static Plan plan(Path dir, int environments) throws IOException {
        Path estate = dir.resolve("estate-" + environments + ".json");
        try (OutputStream out = Files.newOutputStream(estate)) {
            new EstateGenerator(environments, 1, 42).write(out, true);
        }
        Path output = dir.resolve("plan-" + environments + ".json");
        CliRun run = CliRun.main("plan", estate.toString(), "--format", "json", "--output", output.toString());
        assertThat(run.err()).as("stderr").doesNotContain("Exception");
        assertThat(output).exists();
        String text = Files.readString(output);
        JsonNode json = JSON.readTree(text);
        int steps = 0;
        for (JsonNode phase : json.get("phases")) {
            steps += phase.get("steps").size();
        }
        return new Plan(Files.size(output), steps, json, text);
    }

    private static List<JsonNode> steps(Plan plan, String id) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode phase : plan.json.get("phases")) {
            for (JsonNode step : phase.get("steps")) {
                if (step.get("id").asText().equals(id)) {
                    found.add(step);
                }
            }
        }
        return found;
    }

    private static int count(Plan plan, String id) {
        return steps(plan, id).size();
    }

    private static List<String> environments(Plan plan, String id) {
        Pattern inRun = Pattern.compile(" to run in (\\S+) \\(");
        List<String> named = new ArrayList<>();
        for (JsonNode step : steps(plan, id)) {
            Matcher m = inRun.matcher(step.get("text").asText());
            named.add(m.find() ? m.group(1) : step.get("text").asText());
        }
        return named;
    }

    private static String text(Plan plan, String id, String environment) {
        return steps(plan, id).stream().filter(s -> environment.equals(s.path("environment").asText()))
                .map(s -> s.get("text").asText()).findFirst().orElseThrow();
    }
}
