package dev.estateaudit.ci;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CI templates read, for what CiTemplatesIT cannot run: the Windows variants (no Windows
 * machine here) are checked against their Linux twins, and every template keeps the contract that
 * it fetches one pinned archive, checks its checksum and never builds estate-audit.
 */
class CiTemplatesTest {

    private static final Path SAMPLES = Path.of("samples", "ci");
    private static final Pattern OUTPUT_FORMAT = Pattern.compile("--output \"?(\\w+)=");
    private static final Pattern FORMAT = Pattern.compile("--format (\\w+)");

    /** Each Windows template and its Linux twin. */
    static Stream<List<CiTemplate>> twins() {
        return Stream.of(
                List.of(new CiTemplate.Github(SAMPLES.resolve("github-actions-linux.yml")),
                        new CiTemplate.Github(SAMPLES.resolve("github-actions-windows.yml"))),
                List.of(new CiTemplate.Azure(SAMPLES.resolve("azure-pipelines-linux.yml")),
                        new CiTemplate.Azure(SAMPLES.resolve("azure-pipelines-windows.yml"))),
                List.of(new CiTemplate.Jenkins(SAMPLES.resolve("Jenkinsfile"), "sh"),
                        new CiTemplate.Jenkins(SAMPLES.resolve("Jenkinsfile.windows"), "bat")));
    }

    @Test
    void samplesCiHoldsTheSixTemplatesAndNothingElse() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "github-actions-linux.yml", "github-actions-windows.yml", "azure-pipelines-linux.yml",
                    "azure-pipelines-windows.yml", "Jenkinsfile", "Jenkinsfile.windows");
        }
    }

    @ParameterizedTest
    @MethodSource("twins")
    void everyTemplateFetchesOnePinnedArchiveChecksItAndNeverBuilds(List<CiTemplate> twins) {
        for (CiTemplate template : twins) {
            boolean windows = template.toString().contains("windows");
            assertThat(template.variables()).as("%s: the address and the checksum, once each", template)
                    .containsKeys("ESTATE_AUDIT_URL", "ESTATE_AUDIT_SHA256", "ESTATE", "FAIL_ON");
            assertThat(template.variables().get("ESTATE_AUDIT_URL")).as(template.toString())
                    .endsWith(windows ? ".zip" : ".tar.gz");
            assertThat(template.variables().get("ESTATE_AUDIT_SHA256")).as(template.toString()).matches("[0-9a-f]{64}");
            assertThat(occurrences(template.text, "ESTATE_AUDIT_URL:") + occurrences(template.text, "ESTATE_AUDIT_URL ="))
                    .as("%s: one place holds the address", template).isEqualTo(1);
            assertThat(template.text).as("%s never builds estate-audit", template)
                    .doesNotContainPattern("\\bmvnw?\\b").doesNotContain("./estate-audit ").doesNotContain("java -jar");
            String scripts = String.join("\n", template.steps().stream().filter(TemplateStep::runsHere).map(TemplateStep::script).toList());
            assertThat(scripts).as("%s: the steps fetch from the address and check the pinned checksum", template)
                    .contains("ESTATE_AUDIT_URL").contains("ESTATE_AUDIT_SHA256").contains("checksum mismatch")
                    .contains(windows ? "estate-audit.cmd" : "bin/estate-audit")
                    .contains(windows ? (template instanceof CiTemplate.Jenkins ? "certutil -hashfile" : "Get-FileHash -Algorithm SHA256")
                            : "sha256sum");
            assertThat(scripts).as("%s: GitHub expressions are not evaluated inside scripts here; use the environment", template)
                    .doesNotContain("${{");
        }
    }

    @ParameterizedTest
    @MethodSource("twins")
    void theWindowsTemplateRunsTheSameCheckAsItsLinuxTwin(List<CiTemplate> twins) {
        CiTemplate linux = twins.get(0);
        CiTemplate windows = twins.get(1);
        assertThat(windows.variables().keySet()).isEqualTo(linux.variables().keySet());
        assertThat(matches(windows.text, OUTPUT_FORMAT)).as("the reports written").isEqualTo(matches(linux.text, OUTPUT_FORMAT));
        assertThat(matches(windows.text, FORMAT)).as("the format on standard output").isEqualTo(matches(linux.text, FORMAT));
        assertThat(serviceSteps(windows)).as("the same actions and tasks").isEqualTo(serviceSteps(linux));
        assertThat(windows.text).contains("--fail-on").contains("--version");
        if (windows instanceof CiTemplate.Github) {
            assertThat(windows.yaml().at("/jobs/audit/runs-on").asText()).isEqualTo("windows-latest");
            assertThat(windows.yaml().at("/jobs/audit/defaults/run/shell").asText()).isEqualTo("pwsh");
        } else if (windows instanceof CiTemplate.Azure) {
            assertThat(windows.yaml().at("/pool/vmImage").asText()).isEqualTo("windows-latest");
            windows.yaml().path("steps").forEach(step -> assertThat(step.has("bash") || step.has("script"))
                    .as("Windows steps are pwsh: or tasks: %s", step).isFalse());
        }
    }

    private static List<String> serviceSteps(CiTemplate template) {
        return template.steps().stream().filter(s -> !s.runsHere()).map(TemplateStep::name).toList();
    }

    private static Set<String> matches(String text, Pattern pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
