package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan for people: phase 1 fixes each blocking rule once, naming the environments it covers;
 * no internal notes in what a reader sees (JSON keeps the basis); the HTML page renders the
 * steps' inline Markdown.
 */
class PlanReadsLikeOneTest {

    private static final String SAMPLE = "samples/acme-factory-11.yaml";

    @TempDir
    Path dir;

    @Test
    void aBlockingRuleIsOneStepNamingItsEnvironmentsInTheUpgradeOrder() throws IOException {
        JsonNode plan = PlanCommandTest.plan(SAMPLE);

        List<JsonNode> fixes = PlanCommandTest.steps(plan, "analysis", "analysis.blocking");
        List<String> texts = fixes.stream().map(s -> s.get("text").asText()).toList();
        long rules = plan.get("blocking").findValuesAsText("ruleId").stream().distinct().count();
        assertThat(fixes).as(String.join("\n", texts)).hasSize((int) rules);
        JsonNode zeroDowntime = fixes.stream().filter(s -> s.get("text").asText().startsWith("Fix [zero-downtime-needs-front-ends]"))
                .findFirst().orElseThrow();
        assertThat(zeroDowntime.get("environment").isNull()).isTrue();
        assertThat(zeroDowntime.get("environments")).extracting(JsonNode::asText).containsExactly("Pre-Production", "Production");
        assertThat(zeroDowntime.get("text").asText()).startsWith("Fix [zero-downtime-needs-front-ends] in Pre-Production, Production: ");
        assertThat(zeroDowntime.get("notes").toString()).contains("Pre-Production: Zone Global of Pre-Production has 1 enabled front end")
                .contains("Production: Zone Backoffice of Production has 1 enabled front end");
        assertThat(texts.stream().filter(t -> t.contains("Give every deployment zone"))).isEmpty();
        JsonNode single = fixes.stream().filter(s -> s.get("text").asText().startsWith("Fix [front-end-version-mismatch]"))
                .findFirst().orElseThrow();
        assertThat(single.get("environments")).extracting(JsonNode::asText).containsExactly("Production");
        // execution steps stay one per environment
        JsonNode execution = PlanCommandTest.steps(plan, "execution", "execution.installer").get(0);
        assertThat(execution.get("environments")).extracting(JsonNode::asText).containsExactly(execution.get("environment").asText());
    }

    @Test
    void noInternalNoteReachesAReaderAndJsonKeepsTheBasis() throws IOException {
        for (String format : List.of("text", "markdown", "html")) {
            CliRun run = PlanCommandTest.run("plan", SAMPLE, "--format", format);
            assertThat(run.out()).as(format).isNotEmpty().doesNotContain("kept as given").doesNotContain("only as a picture");
        }
        JsonNode plan = PlanCommandTest.plan(SAMPLE);
        assertThat(plan.get("order").findValuesAsText("basis")).contains("upgrade.order: your order, kept as given");
    }

    @Test
    void theHtmlPlanRendersTheStepsInlineMarkdownFromEscapedText() throws IOException {
        Path estate = Files.writeString(dir.resolve("odd.yaml"), Files.readString(Path.of(SAMPLE))
                .replace("name: ACME Factory", "name: \"ACME <b>`x`</b>\""));
        CliRun run = PlanCommandTest.run("plan", estate.toString(), "--format", "html");

        assertThat(run.out()).contains("the rule in full: <code>estate-audit explain lifetime-behind-target</code>")
                .doesNotContain("`estate-audit explain").doesNotContain("<b>`x`</b>").contains("&lt;b&gt;");
    }
}
