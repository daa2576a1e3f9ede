package dev.estateaudit.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estateaudit.cli.CliRun;
import dev.estateaudit.cli.ExitCodes;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.read.EstateLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample artifacts folder the README points at imports, and the imported estate can be checked. */
class PipelineArtifactsSampleTest {

    @TempDir
    Path dir;

    @Test
    void theSampleFolderImportsAndChecks() {
        Path output = dir.resolve("harbour.yaml");

        CliRun imported = CliRun.of("import", "pipeline-artifacts", "samples/pipeline-artifacts/Artifacts",
                "--output", output.toString(), "--name", "Harbour Logistics", "--lifetime-platform-version", "11.30.1");

        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
        CliRun check = CliRun.of("check", output.toString(), "--format", "json");
        int notEvaluated = check.out().split("\"missing\"", -1).length - 1;
        assertThat(imported.err()).contains("estate-audit: missing facts (not in the source): they leave " + notEvaluated
                + " checks not evaluated")
                .contains("estate-audit:   module.publishedWith: 22 checks not evaluated, in 4 environments")
                .contains("estate-audit:   environment.debugMode: 4 checks not evaluated, in 4 environments")
                .contains("estate-audit:   lifetime.dedicated: 1 check not evaluated (estate-wide)");
        Estate estate = new EstateLoader().load(output);
        assertThat(estate.getEnvironments()).extracting(EstateEnvironment::getName)
                .containsExactly("Development", "Test", "Pre Production", "Production");
        EstateEnvironment production = estate.getEnvironments().get(3);
        assertThat(production.getZones()).isEmpty(); // LifeTime names zones but not their front ends
        assertThat(production.getModules()).hasSize(5);
        assertThat(estate.getModuleCount()).isEqualTo(22);

        CliRun text = CliRun.of("check", output.toString());
        assertThat(text.exitCode()).as(text.err()).isIn(ExitCodes.OK, ExitCodes.GATE_FAILED);
        assertThat(text.out()).contains("module-inconsistent").contains("Shipments_UI");
    }
}
