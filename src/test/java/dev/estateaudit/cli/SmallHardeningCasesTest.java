package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case 10 of the hardening issue: the smaller ones that reach the command line. */
class SmallHardeningCasesTest {

    @TempDir
    Path folder;

    @Test
    void aFifoNamedLikeARuleFileIsRefusedInsteadOfHangingDiscovery() throws Exception {
        Path rules = Files.createDirectories(folder.resolve("rules"));
        Process mkfifo = new ProcessBuilder("mkfifo", rules.resolve("x.drl").toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
        CliRun run = CliRun.of("check", "samples/acme-factory-11.yaml", "--rules", rules.toString(), "--no-cache");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("x.drl: not a regular file");
    }

    @Test
    void aModeChangeWithoutAKnownModeIsNotReportedAsChangedToNull() throws Exception {
        Path estate = Files.writeString(folder.resolve("estate.yaml"), """
                name: Mode
                environments:
                  - name: Production
                    role: production
                    platformVersion: "10.0.1019.0"
                    runningModeChangedAt: "2026-09-15T00:00:00Z"
                    modules:
                      - {name: Orders_CS, lastPublished: "2026-09-14T23:59:59Z"}
                """);
        CliRun run = CliRun.of("check", estate.toString(), "--only", "stale-code-after-mode-change", "--fail-on", "never");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("before the running mode changed on 2026-09-15T00:00:00Z.").doesNotContain("null");
    }
}
