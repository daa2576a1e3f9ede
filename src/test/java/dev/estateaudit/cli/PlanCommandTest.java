package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.estate.LifeTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code estate-audit plan}: order, strategies and steps named after the estate's own environments, zones and front ends. */
class PlanCommandTest {

    private static final String MIXED = "src/test/resources/plan/initech-mixed.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    static CliRun run(String... args) {
        return CliRun.main(args);
    }

    static JsonNode plan(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("plan"));
        all.addAll(List.of(args));
        all.addAll(List.of("--format", "json"));
        CliRun r = run(all.toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        return JSON.readTree(r.out());
    }

    static List<String> names(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asText()));
        return values;
    }

    static List<JsonNode> steps(JsonNode plan, String phase, String id) {
        List<JsonNode> found = new ArrayList<>();
        plan.get("phases").forEach(p -> {
            if (p.get("phase").asText().equals(phase)) {
                p.get("steps").forEach(s -> {
                    if (s.get("id").asText().equals(id)) {
                        found.add(s);
                    }
                });
            }
        });
        return found;
    }

    @Test
    void ordersLifeTimeFirstThenTheStagingOrderWithProductionLast() throws IOException {
        JsonNode plan = plan(MIXED);

        assertThat(names(plan.get("order"), "name")).containsExactly("LifeTime", "Development", "Acceptance", "Sandbox", "Production");
        // execution steps follow the same order
        List<String> executed = new ArrayList<>();
        plan.get("phases").get(2).get("steps").forEach(s -> {
            String env = s.get("environment").asText();
            if (executed.isEmpty() || !executed.get(executed.size() - 1).equals(env)) {
                executed.add(env);
            }
        });
        assertThat(executed).containsExactly("LifeTime", "Development", "Acceptance", "Sandbox", "Production");
    }

    @Test
    void choosesZeroDowntimeOnlyWhereEveryZoneHasTwoFrontEndsAndNeverForCloud() throws IOException {
        JsonNode order = plan(MIXED).get("order");

        assertThat(order.get(1).get("strategy").asText()).isEqualTo("downtime");
        assertThat(order.get(1).get("reason").asText()).contains("1 front end");
        // Acceptance is in OutSystems Cloud, with two front ends: OutSystems upgrades it, and the
        // balanced (zero-downtime) procedure does not apply to Cloud
        assertThat(order.get(2).get("strategy").asText()).isEqualTo("by-outsystems");
        assertThat(order.get(2).get("reason").asText()).contains("OutSystems Cloud environment").contains("self-managed installations only");
        // Sandbox is personal: OutSystems upgrades it, its apps unreachable meanwhile
        assertThat(order.get(3).get("strategy").asText()).isEqualTo("downtime");
        assertThat(order.get(3).get("reason").asText()).contains("personal environment");
        assertThat(order.get(4).get("strategy").asText()).isEqualTo("zero-downtime");
    }

    /** --width wraps the text plan as it wraps check's text report: every word kept, in order, no line wider. */
    @Test
    void theTextPlanIsWrappedAtTheWidth() {
        String plain = run("plan", MIXED, "--format", "text").out();
        String wrapped = run("plan", MIXED, "--format", "text", "--width", "60").out();

        Wrapped.atWidth(plain, wrapped, 60);
        assertThat(run("plan", MIXED, "--format", "text", "--width", "0").out()).isEqualTo(plain);
        assertThat(run("plan", MIXED, "--format", "json", "--width", "60").out()).contains("\"strategy\": \"by-outsystems\"");
        // a width nobody could read is refused whatever the format, before the rules run
        for (String format : List.of("text", "json")) {
            CliRun narrow = run("plan", MIXED, "--format", format, "--width", "-5");
            assertThat(narrow.exitCode()).as(format).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(narrow.err()).as(format).contains("--width: -5 is too narrow: give 40 or more, or 0 not to wrap");
        }
    }

    /** The JSON plan writes the strategy's label; the plans people read say it in words. */
    @Test
    void theTextPlanSaysACloudEnvironmentIsUpgradedByOutSystems() {
        for (String format : List.of("text", "markdown", "html")) {
            String plan = run("plan", MIXED, "--format", format).out();
            assertThat(plan).as(format).contains("Acceptance").contains("upgraded by OutSystems, because")
                    .doesNotContain("by-outsystems");
        }
    }

    @Test
    void theZeroDowntimeSequenceNamesEachZonesOwnFrontEnds() throws IOException {
        List<JsonNode> sequence = steps(plan(MIXED), "execution", "execution.zero-downtime");

        // one sequence for the environment: its controller and load balancer are shared by the zones
        assertThat(sequence).singleElement().satisfies(s -> {
            assertThat(s.get("environment").asText()).isEqualTo("Production");
            assertThat(s.get("text").asText()).isEqualTo("Zero-downtime upgrade of Production (zones Internal, Public), in the guide's seven steps:");
            assertThat(s.get("details")).hasSize(7);
            assertThat(s.get("details").get(2).asText()).isEqualTo("In the load balancer, disconnect half of the front ends of each zone "
                    + "(zone Internal: int-1; zone Public: web-a, web-b); int-2, web-c keep serving users.");
            assertThat(s.get("details").get(6).asText()).contains("int-1, int-2, web-a, web-b, web-c");
        });
    }

    @Test
    void cloudEnvironmentsGoThroughASupportCaseAndOnPremisesThroughTheInstaller() throws IOException {
        JsonNode plan = plan(MIXED);

        // Sandbox is personal: its own article, not a support case
        assertThat(steps(plan, "execution", "execution.support-case")).extracting(s -> s.get("environment").asText())
                .containsExactly("Acceptance");
        assertThat(steps(plan, "execution", "execution.personal")).extracting(s -> s.get("environment").asText())
                .containsExactly("Sandbox");
        assertThat(steps(plan, "execution", "execution.installer")).extracting(s -> s.get("environment").asText())
                .containsExactly("Development", "Production");
        assertThat(steps(plan, "execution", "execution.installer").get(0).get("text").asText())
                .contains("11.18.0 to 11.31.0 is a release in OutSystems' numbering");
        assertThat(steps(plan, "execution", "execution.gate")).singleElement()
                .satisfies(s -> assertThat(s.get("text").asText()).contains("Development, Acceptance run 11.31.0"));
        assertThat(steps(plan, "execution", "execution.development-tools")).extracting(s -> s.get("environment").asText())
                .containsExactly("Development", "Sandbox");
    }

    @Test
    void testingCallsOutTheModulesThatLoggedErrors() throws IOException {
        assertThat(steps(plan(MIXED), "testing", "testing.module-errors")).singleElement()
                .satisfies(s -> assertThat(s.get("text").asText()).startsWith("Watch Billing_CS in Production's Error Log: it logged 5 errors"));
    }

    @Test
    void markdownIsAChecklistAndEveryFormatIsDeterministic() {
        CliRun markdown = run("plan", MIXED);
        // LifeTime runs 11.18.0, behind the target: the plan is written, headed by that, and exits 1
        assertThat(markdown.exitCode()).isEqualTo(1);
        assertThat(markdown.out()).contains("> - \\[lifetime-behind-target\\]");
        assertThat(markdown.out()).startsWith("# Upgrade plan: Initech to Platform Server 11.31.0\n")
                .contains("## 3. Execution", "### Production", "- [ ] Zero-downtime upgrade of Production (zones Internal, Public), in the guide's seven steps:",
                        "  - [ ] Upgrade int-1, web-a, web-b, then enable them again in Service Center.")
                .doesNotContain("\r");
        for (String format : List.of("markdown", "json", "text", "html")) {
            assertThat(run("plan", MIXED, "--format", format).out()).as(format).isEqualTo(run("plan", MIXED, "--format", format).out());
        }
        String html = run("plan", MIXED, "--format", "html").out();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h3>Production</h3>").doesNotContain("<link", "<script src");
        assertThat(html.split("<script", -1)).as("one script: the page's own, which keeps the ticks").hasSize(2);
        // the report's staging diagram, each box with its place in the order and strategy, before the checklist
        assertThat(html).contains("<svg id=\"pipeline-diagram\"", ">5 · zero-downtime</text>", ">2 · downtime</text>");
        assertThat(html.indexOf("pipeline-diagram")).isLessThan(html.indexOf("<h2>1. Analysis and preparation</h2>"));
        assertThat(run("check", MIXED, "--format", "html").out()).contains("<svg id=\"pipeline-diagram\"");
    }

    @Test
    void aBlockedEstateStillGetsItsPlanHeadedByWhatBlocksIt() throws IOException {
        CliRun r = run("plan", "samples/acme-factory-11.yaml");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("> **BLOCKED:").contains("## 4. Testing");
        assertThat(r.out().indexOf("BLOCKED")).isLessThan(r.out().indexOf("## Order"));

        JsonNode plan = plan("samples/acme-factory-11.yaml");
        assertThat(plan.get("blocked").asBoolean()).isTrue();
        assertThat(names(plan.get("blocking"), "ruleId")).contains("lifetime-outdated", "zero-downtime-needs-front-ends");
        assertThat(names(plan.get("order"), "name")).containsExactly("LifeTime", "Development", "Quality", "Pre-Production", "Production");
        // Production asked for zero-downtime, but its Backoffice zone has one front end
        assertThat(plan.get("order").get(4).get("strategy").asText()).isEqualTo("downtime");
        assertThat(plan.get("order").get(4).get("reason").asText()).contains("zone Backoffice has 1 enabled front end");
        // rule pages that work outside a clone: title and remediation inline, and the explain command
        assertThat(plan.get("blocking").get(0).get("explain").asText()).startsWith("estate-audit explain ");
        assertThat(plan.get("blocking").get(0).get("fixStage").asText()).isEqualTo("lifetime");
        assertThat(run("plan", "samples/acme-factory-11.yaml").out()).doesNotContain("docs/rules/");
        assertThat(steps(plan, "analysis", "analysis.blocking")).allSatisfy(s -> {
            assertThat(s.get("links")).isEmpty();
            assertThat(s.get("notes").get(s.get("notes").size() - 1).asText()).startsWith("the rule in full: `estate-audit explain ");
        });
    }

    @Test
    void theLegacyEstateMovesItsWholeInfrastructureAndRepublishesByRole() throws IOException {
        JsonNode plan = plan("samples/legacy-10-to-11.yaml");

        assertThat(steps(plan, "planning", "planning.whole-infrastructure")).hasSize(1);
        assertThat(steps(plan, "analysis", "analysis.breaking-changes")).singleElement()
                .satisfies(s -> assertThat(s.get("text").asText()).contains("OutSystems 11"));
        assertThat(steps(plan, "execution", "execution.installer").get(0).get("text").asText()).contains("is a major release");
        // LifeTime shares Production on the way to 11: reinstalled, not upgraded in place
        assertThat(steps(plan, "execution", "execution.lifetime-reinstall")).hasSize(1);
        assertThat(steps(plan, "execution", "execution.lifetime")).isEmpty();
        List<JsonNode> republish = steps(plan, "execution", "execution.republish");
        assertThat(republish).extracting(s -> s.get("environment").asText()).containsExactly("Development", "Quality", "Production", "Intranet");
        assertThat(republish.get(0).get("text").asText()).contains("solution of all modules");
        assertThat(republish.get(1).get("text").asText()).contains("by staging them with LifeTime");
        assertThat(steps(plan, "execution", "execution.purpose")).extracting(s -> s.get("environment").asText())
                .containsExactly("Development", "Quality", "Production", "Intranet");
        assertThat(plan.get("order").get(3).get("strategy").asText()).isEqualTo("downtime");
        assertThat(plan.get("order").get(3).get("reason").asText()).contains("upgradeStrategy is downtime");
    }

    @Test
    void theCleanEstatePlansZeroDowntimeForProductionWithItsFrontEnds() throws IOException {
        CliRun r = run("plan", "samples/clean-estate.yaml", "--format", "text");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).doesNotContain("BLOCKED")
                .contains("Production (production, on-premises, 11.29.0): zero-downtime")
                .contains("Upgrade ct-prd-fe-01, then enable them again in Service Center.");
    }

    @Test
    void targetVersionOverridesTheFileAndWritesTheFileWhole(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("plan.md");
        CliRun r = run("plan", "samples/clean-estate.yaml", "--target-version", "11.38.0", "--output", out.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("# Upgrade plan: Contoso Retail to Platform Server 11.38.0")
                .containsPattern("Fix \\\\\\[runtime-prerequisite-below-target\\\\\\] in [^:]*Production: ");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void badUsageIsExitTwoWithOneMessage() {
        CliRun noTarget = run("plan", "src/test/resources/plan/no-target.yaml");
        assertThat(noTarget.exitCode()).isEqualTo(2);
        assertThat(noTarget.err()).contains("no target version").doesNotContain("Exception");
        CliRun badFormat = run("plan", MIXED, "--format", "pdf");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("--format: unknown format 'pdf'");
        CliRun badVersion = run("plan", MIXED, "--target-version", "eleven");
        assertThat(badVersion.exitCode()).isEqualTo(2);
        assertThat(badVersion.err()).contains("--target-version").contains("not a version");
    }
}
