package dev.estateaudit.importer;

import static org.assertj.core.api.Assertions.assertThat;
import dev.estateaudit.cli.CliRun;
import dev.estateaudit.cli.ExitCodes;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.util.ToolVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import pipeline-artifacts}: the same mapping from the answers outsystems-pipeline saved, no network. */
class PipelineArtifactsImportTest {

    @TempDir
    Path dir;

    Path artifacts;
    Path output;

    /** Lays out the folder as outsystems-pipeline writes it (names with spaces get underscores). */
    @BeforeEach
    void saveAnswersAsThePipelineDoes() throws IOException {
        artifacts = Files.createDirectories(dir.resolve("Artifacts"));
        Files.writeString(artifacts.resolve("environments.cache"), FakeLifeTime.resource("environments.json"));
        Files.writeString(artifacts.resolve("applications.cache"), FakeLifeTime.resource("applications.json"));
        Files.writeString(artifacts.resolve("modules.cache"), FakeLifeTime.resource("modules.json"));
        Path environmentData = Files.createDirectories(artifacts.resolve("environment_data"));
        Files.writeString(environmentData.resolve("Production..deploymentzones.cache"),
                FakeLifeTime.resource("deploymentzones-production.json"));
        Files.writeString(environmentData.resolve("Quality_Assurance..deploymentzones.cache"),
                "[{\"Key\": \"k\", \"Name\": \"QA Zone\", \"IsDefault\": true}]");
        output = dir.resolve("import.yaml");
    }

    CliRun importing() {
        return CliRun.of("import", "pipeline-artifacts", artifacts.toString(), "--output", output.toString(),
                "--as-of", LifeTimeImportTest.AS_OF, "--name", "ACME", "--lifetime-platform-version", "11.26.0");
    }

    @Test
    void givesTheSameEstateAsTheApi() throws IOException {
        CliRun run = importing();

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        String fromApi = FakeLifeTime.resource("expected-import.yaml");
        assertThat(withoutComments(Files.readString(output))).isEqualTo(withoutComments(fromApi));
        assertThat(Files.readString(output))
                .startsWith("# Estate file imported by estate-audit " + ToolVersion.get())
                .contains("# Source: outsystems-pipeline's saved LifeTime API answers in " + artifacts)
                .contains("  # zones in LifeTime: QA Zone (default);")
                .contains("  # zones: unknown (the pipeline saved no deployment zones for this environment)\n  - name: \"Testing\"");
        assertThat(run.err()).contains("warning: environment 'Quality Assurance' is offline");
    }

    @Test
    void modulesSavedWithoutTheirStatusesAreLeftOut() throws IOException {
        Files.writeString(artifacts.resolve("modules.cache"),
                "[{\"Key\": \"m\", \"Name\": \"EmployeeBackoffice\", \"Description\": \"\", \"Kind\": \"eSpace\"}]");

        CliRun run = importing();

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("warning: no module statuses in outsystems-pipeline's saved LifeTime API answers");
        assertThat(new EstateLoader().load(output).getModuleCount()).isZero();
        assertThat(Files.readString(output)).contains("# - modules: the source holds no module statuses");
    }

    @Test
    void malformedCacheNamesTheFileLineAndColumn() throws IOException {
        Files.writeString(artifacts.resolve("environments.cache"), "[\n    {\"Name\": \"Development\"\n]\n");

        CliRun run = importing();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("estate-audit: " + artifacts.resolve("environments.cache") + ":3:1: not valid JSON")
                .hasLineCount(1);
        assertThat(output).doesNotExist();
    }

    @Test
    void aFolderWithoutEnvironmentsIsNotAnArtifactsFolder() throws IOException {
        Files.delete(artifacts.resolve("environments.cache"));

        CliRun run = importing();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("estate-audit: " + artifacts + ": no environments.cache here; is this "
                + "outsystems-pipeline's artifacts folder (by default 'Artifacts')?\n");
        assertThat(output).doesNotExist();
    }

    @Test
    void aMissingFolderIsReported() {
        CliRun run = CliRun.of("import", "pipeline-artifacts", dir.resolve("nowhere").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("nowhere: no such folder");
    }

    private static String withoutComments(String yaml) {
        return yaml.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#")).collect(Collectors.joining("\n"));
    }
}
