package dev.estateaudit.importer;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.cli.CliRun;
import dev.estateaudit.cli.ExitCodes;
import dev.estateaudit.estate.LifeTime;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's two steps: import from LifeTime, then check the imported file with samples/overlay.yaml. */
class ImportThenCheckTest {

    @TempDir
    Path dir;

    @Test
    void importedFileAndOverlayGiveTheExpectedFindings() throws IOException {
        Path imported = dir.resolve("import.yaml");
        try (FakeLifeTime lifetime = FakeLifeTime.http().withExampleEstate()) {
            CliRun run = CliRun.with(LifeTimeImportTest.ENVIRONMENT, "import", "lifetime", "--url", lifetime.url(),
                    "--modules", "--output", imported.toString());
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        }

        CliRun check = CliRun.main("check", imported.toString(), "samples/overlay.yaml", "--format", "json");

        assertThat(check.err()).isEmpty();
        assertThat(check.exitCode()).as("lifetime-outdated is an error").isEqualTo(ExitCodes.GATE_FAILED);
        JsonNode report = new ObjectMapper().readTree(check.out());
        assertThat(report.at("/estate/name").asText()).as("the overlay's name wins").isEqualTo("ACME Factory");
        assertThat(subjects(report.get("findings"))).contains(
                "module-inconsistent @ Production/EmployeeBackoffice",
                // LifeTime's own version comes from the overlay: 11.20.0, older than three environments
                "lifetime-outdated @ Development/-",
                "lifetime-outdated @ Quality Assurance/-",
                "lifetime-outdated @ Production/-")
                .doesNotContain("lifetime-outdated @ Testing/-", "module-inconsistent @ Development/EmployeeBackoffice");
        assertThat(subjects(report.get("notEvaluated")))
                .as("GoogleMapsWeb has no consistency status in Production")
                .contains("module-inconsistent @ Production/-");
    }

    private static List<String> subjects(JsonNode entries) {
        List<String> subjects = new ArrayList<>();
        for (JsonNode entry : entries) {
            subjects.add(entry.get("ruleId").asText() + " @ " + entry.get("environment").asText("-") + "/"
                    + (entry.path("module").isNull() || entry.path("module").isMissingNode() ? "-" : entry.get("module").asText()));
        }
        return subjects;
    }
}
