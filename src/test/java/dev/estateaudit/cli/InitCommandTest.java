package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.read.EstateLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init: a commented starter estate that passes check; --from: the overlay of what an import lacks. */
class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void theStarterEstatePassesCheckWithNoFindingAndExplainsItsFields() throws IOException {
        Path starter = dir.resolve("my-estate.yaml");

        CliRun init = CliRun.of("init", "--output", starter.toString());

        assertThat(init.exitCode()).as(init.err()).isEqualTo(ExitCodes.OK);
        Estate estate = new EstateLoader().load(starter);
        assertThat(estate.getLifetime()).isNotNull();
        assertThat(estate.getEnvironments()).extracting(EstateEnvironment::getName)
                .containsExactly("Development", "Quality", "Pre-Production", "Production");
        assertThat(estate.getEnvironments()).allSatisfy(e -> {
            assertThat(e.getPurpose()).isNotNull();
            assertThat(e.getDebugMode()).isNotNull();
            assertThat(e.getZones()).isNotEmpty();
            assertThat(e.getModules()).isNotEmpty();
        });
        assertThat(Files.readAllLines(starter)).filteredOn(l -> l.contains(":") && !l.strip().startsWith("#"))
                .as("every field says what it means beside it")
                .allMatch(l -> l.contains("#") || l.strip().matches("- name: [A-Za-z-]+"));
        CliRun check = CliRun.of("check", starter.toString());
        assertThat(check.exitCode()).as(check.out()).isEqualTo(ExitCodes.OK);
        assertThat(check.out()).contains("No findings.").contains("0 not evaluated");
    }

    @Test
    void initNeverOverwritesAFile() throws IOException {
        Path existing = Files.writeString(dir.resolve("estate.yaml"), "name: Mine\n");

        CliRun init = CliRun.of("init", "--output", existing.toString());

        assertThat(init.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(init.err()).contains("exists; init never overwrites a file");
        assertThat(Files.readString(existing)).isEqualTo("name: Mine\n");
    }

    @Test
    void fromAnImportItWritesTheMissingFactsPerEnvironmentCommented() throws IOException {
        Path imported = dir.resolve("harbour.yaml");
        CliRun importing = CliRun.of("import", "pipeline-artifacts", "samples/pipeline-artifacts/Artifacts",
                "--output", imported.toString(), "--lifetime-platform-version", "11.30.1");
        assertThat(importing.exitCode()).as(importing.err()).isEqualTo(ExitCodes.OK);
        Path overlay = dir.resolve("overlay.yaml");

        CliRun init = CliRun.of("init", "--from", imported.toString(), "--output", overlay.toString());

        assertThat(init.exitCode()).as(init.err()).isEqualTo(ExitCodes.OK);
        String text = Files.readString(overlay);
        assertThat(text).contains("  - name: \"Production\"\n    # debugMode: false   # OutSystems 11: the environment's own Debug Mode (1 check waits for it)")
                .contains("  - name: \"Test\"\n    # purpose: non-production")
                .contains("    # zones: [{name: Global, frontEnds:")
                .contains("# licenses: {production: 1, development: 3}")
                .contains("# modules lack debugMode, publishedWith, errorsLast7Days");
        // as written it changes nothing: the two load and check together as the import alone does
        CliRun alone = CliRun.of("check", imported.toString(), "--format", "json");
        CliRun both = CliRun.of("check", imported.toString(), overlay.toString(), "--format", "json");
        assertThat(both.exitCode()).as(both.err()).isEqualTo(alone.exitCode());
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(json.readTree(both.out()).get("findings")).isEqualTo(json.readTree(alone.out()).get("findings"));
        assertThat(json.readTree(both.out()).get("notEvaluated")).isEqualTo(json.readTree(alone.out()).get("notEvaluated"));
    }
}
