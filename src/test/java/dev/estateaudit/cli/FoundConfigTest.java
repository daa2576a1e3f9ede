package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 29, item 1: an estate-audit.yaml merely found in the working directory (a pull request can
 * add one) may not write or read outside it, says which verdict-changing keys it set, and no
 * message quotes more than 40 characters of a file that is not what it should be.
 */
class FoundConfigTest {

    private static final String SAMPLE = Path.of("samples/acme-factory-11.yaml").toAbsolutePath().toString();
    /** A stand-in for a file the run must not quote: a password hash's line. */
    private static final String SECRET_LINE = "root:$6$" + "s3cr3t".repeat(12) + ":19000:0:99999:7:::\n";

    @TempDir
    Path folder;

    @Test
    void aFoundConfigCannotWriteOutsideTheWorkingDirectory() throws Exception {
        Path work = Files.createDirectories(folder.resolve("repo"));
        Path bashrc = Files.writeString(folder.resolve(".bashrc"), "# the user's own\n");
        Files.writeString(work.resolve("estate-audit.yaml"), """
                outputs:
                  - {format: text, output: ../.bashrc}
                """);
        ChildRun run = ChildRun.in(work, "check", SAMPLE);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("estate-audit.yaml:1: outputs: '../.bashrc' leads out through '..'")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readString(bashrc)).isEqualTo("# the user's own\n");
    }

    @Test
    void aFoundConfigThatChangesTheGateOrTheSelectionIsNamedWithItsKeys() throws Exception {
        Files.writeString(folder.resolve("estate-audit.yaml"), """
                fail-on: never
                skip: [lifetime-*]
                sarif-max-results: 5
                """);
        ChildRun run = ChildRun.in(folder, "check", SAMPLE, "--no-cache");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("estate-audit: estate-audit.yaml sets the gate or the rules that run: fail-on, skip\n")
                .doesNotContain("sarif-max-results");
    }

    @Test
    void aWaiverFileThatIsNotOneIsQuotedAtMostFortyCharacters() throws Exception {
        Path secret = Files.writeString(folder.resolve("shadow"), SECRET_LINE);
        CliRun run = CliRun.of("check", SAMPLE, "--waivers", secret.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(secret + ":1: ").contains("'root:$6$s3cr3ts3cr3ts3cr3ts3cr3ts3cr3ts3...'")
                .doesNotContain("s3cr3t".repeat(6));
    }

    @Test
    void aBaselineThatIsNotOneIsQuotedAtMostFortyCharacters() throws Exception {
        Path secret = Files.writeString(folder.resolve("shadow"), "s3cr3t".repeat(20) + " and more\n");
        CliRun run = CliRun.of("check", SAMPLE, "--baseline", secret.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(secret + ":1: ").doesNotContain("s3cr3t".repeat(7));
    }
}
