package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readiness matrix (several --target-version) honours waivers and rule selection too. */
class MatrixWaiversCliTest {

    static final String CLEAN = "samples/clean-estate.yaml";

    @TempDir
    Path dir;

    @Test
    void aWaivedFindingBlocksNoTargetAndSkippedRulesDoNotRun() throws IOException {
        String[] matrix = {"check", CLEAN, "--target-version", "11.31.0,11.38.0"};
        assertThat(CliRun.of(matrix).out()).contains("11.38.0 is blocked by:").contains("[runtime-prerequisite-below-target]");

        Path waivers = Files.writeString(dir.resolve("waivers.yaml"), """
                waivers:
                  - {rule: runtime-prerequisite-below-target, justification: "RabbitMQ 4.1 rollout in Q1", owner: dba@acme.example, expires: 2027-03-31}
                """);
        CliRun run = CliRun.of("check", CLEAN, "--target-version", "11.31.0,11.38.0", "--waivers", waivers.toString(),
                "--as-of", "2026-12-01", "--skip", "lifetime-behind-target");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).doesNotContain("is blocked by").endsWith("Summary: 2 of 2 targets ready\n");
    }
}
