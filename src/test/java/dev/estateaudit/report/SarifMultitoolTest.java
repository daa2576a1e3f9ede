package dev.estateaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF of every sample estate, named by a relative and by an absolute path, through
 * Microsoft's SARIF multitool with the SARIF, GitHub and Azure DevOps rule kinds: no error and no
 * warning but SARIF2005 (the driver has no informationUri, for the project has no home page yet).
 * Outside an Azure DevOps pipeline the run cannot name its pipeline job, which the Azure DevOps
 * rules GHAzDO1019 and GHAzDO1020 require; inside one (a made-up job here) nothing is left out.
 * Skips where the multitool is not installed; .ci/run installs it into target/sarif-multitool.
 */
class SarifMultitoolTest {

    /** Allowed: the driver gives no informationUri (docs/reports.md says why). */
    private static final String NO_INFORMATION_URI = "SARIF2005";

    /** Outside an Azure DevOps pipeline there is no job to name, which Azure DevOps requires. */
    private static final List<String> NEEDS_A_PIPELINE = List.of("GHAzDO1019", "GHAzDO1020");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path work;
    private static Map<Path, String> outsidePipeline;
    private static Map<Path, String> insidePipeline;
    private static Path bare;
    private static Map<Path, List<String>> problems;

    /**
     * Skips each test, as skipped, where the multitool is not installed (an assumption in
     * {@code @BeforeAll} would report no test at all); otherwise one validate run over every file
     * with the three rule kinds, made for the first test, as the tool's start-up is most of its time.
     */
    @BeforeEach
    void validateEverySampleOnce() throws Exception {
        Optional<SarifMultitool> found = SarifMultitool.find();
        assumeTrue(found.isPresent(), "Microsoft's SARIF multitool is not installed (npm install --prefix "
                + SarifMultitool.LOCAL_INSTALL + " @microsoft/sarif-multitool, as .ci/run does, or set SARIF_MULTITOOL=/path/to/Sarif.Multitool);"
                + " skipping the SARIF multitool test");
        if (problems == null) {
            validateEverySample(found.get());
        }
    }

    private static void validateEverySample(SarifMultitool multitool) throws Exception {
        outsidePipeline = samplesBothWays(SarifOptions.defaults(), "outside a pipeline");
        AzurePipelineRun pipeline = AzurePipelineRun.detect(SarifReportTest.AZURE_PIPELINE, w -> { }).orElseThrow();
        insidePipeline = samplesBothWays(new SarifOptions(Path.of(""), 0, pipeline), "in an Azure DevOps pipeline");

        // the output before issue 16, an absolute path as a relative reference: the tool must catch it
        bare = work.resolve("absolute-path-as-uri.sarif");
        ObjectNode sarif = (ObjectNode) MAPPER.readTree(outsidePipeline.keySet().iterator().next().toFile());
        ObjectNode location = (ObjectNode) sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        location.put("uri", SampleAudits.samples().get(0).toAbsolutePath().toString().replace('\\', '/'));
        location.remove("uriBaseId");
        MAPPER.writeValue(bare.toFile(), sarif);

        List<Path> all = new ArrayList<>(outsidePipeline.keySet());
        all.addAll(insidePipeline.keySet());
        all.add(bare);
        problems = validate(multitool, all, List.of("Sarif", "Gh", "Ado"));
    }

    @Test
    void theValidatorReallyAppliesItsRules() {
        assertThat(problems.get(bare)).anySatisfy(p -> assertThat(p).startsWith("SARIF1004"));
        assertThat(problems.get(outsidePipeline.keySet().iterator().next())).as("the Azure DevOps rules run")
                .anySatisfy(p -> assertThat(p).startsWith("GHAzDO1019"));
    }

    @Test
    void everySampleByARelativeAndAnAbsolutePathIsCleanForSarifGitHubAndAzureDevOps() {
        outsidePipeline.forEach((file, what) -> assertThat(problems.get(file))
                .filteredOn(p -> NEEDS_A_PIPELINE.stream().noneMatch(p::startsWith))
                .as("errors and warnings for %s", what).isEmpty());
    }

    @Test
    void insideAnAzureDevOpsPipelineEverySampleIsCleanForAzureDevOpsWithoutExceptions() {
        insidePipeline.forEach((file, what) -> assertThat(problems.get(file))
                .as("errors and warnings for %s", what).isEmpty());
    }

    /** Each sample's SARIF, audited from its relative and from its absolute path, with what each file is. */
    private static Map<Path, String> samplesBothWays(SarifOptions options, String label) throws Exception {
        Map<Path, String> files = new LinkedHashMap<>();
        for (Path sample : SampleAudits.samples()) {
            for (Path named : List.of(sample, sample.toAbsolutePath())) {
                String what = sample.getFileName() + (named.isAbsolute() ? " by absolute path" : " by relative path") + ", " + label;
                Path file = work.resolve(what.replaceAll("[^A-Za-z0-9.-]+", "_") + ".sarif");
                Files.writeString(file, SampleAudits.render(new SarifReport(options), SampleAudits.audit(named)));
                files.put(file, what);
            }
        }
        return files;
    }

    /** The tool's errors and warnings per file ("RULE level: message"), SARIF2005 left out. */
    private static Map<Path, List<String>> validate(SarifMultitool multitool, List<Path> files, List<String> ruleKinds)
            throws Exception {
        Path log = work.resolve("validation-" + String.join("-", ruleKinds) + ".sarif");
        long start = System.nanoTime();
        SarifMultitool.Run run = multitool.validate(files, ruleKinds, log);
        System.out.printf("SARIF multitool %s: %d files in %.1f s%n", ruleKinds, files.size(), (System.nanoTime() - start) / 1e9);
        assertThat(run.exitCode()).as("%s exited %d:%n%s", multitool.executable(), run.exitCode(), run.console()).isZero();
        assertThat(log).as("its log, after:%n%s", run.console()).isNotEmptyFile();
        JsonNode validation = MAPPER.readTree(log.toFile()).at("/runs/0");
        assertThat(validation.at("/invocations/0/executionSuccessful").asBoolean()).as(run.console()).isTrue();
        Map<Path, List<String>> problems = new LinkedHashMap<>();
        for (JsonNode result : validation.path("results")) {
            String level = result.path("level").asText("warning");
            String rule = result.path("ruleId").asText();
            if (level.equals("note") || level.equals("none") || rule.equals(NO_INFORMATION_URI)) {
                continue;
            }
            Path file = Path.of(URI.create(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()));
            problems.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new ArrayList<>())
                    .add(rule + " " + level + ": " + result.at("/message/text").asText());
        }
        Map<Path, List<String>> byGivenPath = new LinkedHashMap<>();
        for (Path file : files) {
            byGivenPath.put(file, problems.getOrDefault(file.toAbsolutePath().normalize(), List.of()));
        }
        return byGivenPath;
    }
}
