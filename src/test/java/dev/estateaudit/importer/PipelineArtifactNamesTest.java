package dev.estateaudit.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.cli.CliRun;
import dev.estateaudit.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code import pipeline-artifacts} finds an environment's saved deployment zones among the files
 * the folder lists, never by building a path from the environment's name (issue 29 item 16): a
 * name that could lead out of the folder, or that no file name can hold, is refused.
 */
class PipelineArtifactNamesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliRun importing(String environmentName, Path output) throws IOException {
        Path artifacts = Files.createDirectories(dir.resolve("Artifacts"));
        Files.writeString(artifacts.resolve(PipelineArtifacts.ENVIRONMENTS), JSON.writeValueAsString(List.of(Map.of(
                "Key", "k-1", "Name", environmentName, "OSVersion", "11.26.0", "EnvironmentType", "Production"))));
        Path environmentData = Files.createDirectories(artifacts.resolve(PipelineArtifacts.ENVIRONMENT_FOLDER));
        Files.writeString(environmentData.resolve("Production..deploymentzones.cache"), "[{\"Key\": \"z\", \"Name\": \"Inside\"}]");
        // a file beside the artifacts folder, as "../../outside" would have reached it
        Files.writeString(dir.resolve("outside..deploymentzones.cache"), "[{\"Key\": \"z\", \"Name\": \"OutsideZone\"}]");
        return CliRun.of("import", "pipeline-artifacts", artifacts.toString(), "--output", output.toString(),
                "--as-of", LifeTimeImportTest.AS_OF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../outside", "../outside", "Prod/EU", "Prod\\EU", "Prod..EU", "Prod\u0000EU"})
    void aNameNoSavedFileCanHoldIsRefused(String name) throws IOException {
        Path output = dir.resolve("import.yaml");

        CliRun run = importing(name, output);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("environments.cache: the environment name '")
                .containsAnyOf("holds '/'", "holds '\\'", "holds '..'", "holds a NUL character")
                .doesNotContain("OutsideZone").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(output).doesNotExist();
    }

    @Test
    void theSavedFileIsFoundByListingTheFolder() throws IOException {
        Path output = dir.resolve("import.yaml");

        CliRun run = importing("Production", output);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(output)).contains("zones in LifeTime: Inside").doesNotContain("OutsideZone");
    }

    @Test
    void aNameWithoutASavedFileHasNoZones() throws IOException {
        Path output = dir.resolve("import.yaml");

        CliRun run = importing("Production EU", output);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(output)).contains("zones: unknown (the pipeline saved no deployment zones for this environment)")
                .doesNotContain("Inside");
    }
}
