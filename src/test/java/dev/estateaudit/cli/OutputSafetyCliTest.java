package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case 2 of the hardening issue: --output writes into what it names and never over the run's inputs. */
class OutputSafetyCliTest {

    private static final String SAMPLE = "samples/acme-factory-11.yaml";

    @TempDir
    Path folder;

    private Path estateCopy() throws IOException {
        return Files.copy(Path.of(SAMPLE), folder.resolve("estate.yaml"));
    }

    @Test
    void anOutputThatIsTheEstateIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path estate = estateCopy();
        byte[] before = Files.readAllBytes(estate);
        Files.createDirectories(folder.resolve("sub"));
        Files.createLink(folder.resolve("hard.yaml"), estate);
        Files.createSymbolicLink(folder.resolve("soft.yaml"), estate);
        for (String output : new String[] {estate.toString(), folder.resolve("sub/../estate.yaml").toString(),
            "markdown=" + folder.resolve("hard.yaml"), "sarif=" + folder.resolve("soft.yaml")}) {
            CliRun run = CliRun.of("check", estate.toString(), "--output", output);
            assertThat(run.exitCode()).as(output).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).contains("is the estate file").contains("write the output elsewhere");
            assertThat(Files.readAllBytes(estate)).isEqualTo(before);
        }
        CliRun plan = CliRun.of("plan", estate.toString(), "--output", estate.toString());
        assertThat(plan.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(Files.readAllBytes(estate)).isEqualTo(before);
    }

    @Test
    void aConfigFileOutputOverTheEstateOrARuleFileIsRefused() throws IOException {
        Path estate = estateCopy();
        Path rules = Files.createDirectories(folder.resolve("rules"));
        Path rule = Files.writeString(rules.resolve("x.drl"), "package x;\n");
        Path config = Files.writeString(folder.resolve("estate-audit.yaml"), "outputs:\n  - {format: json, output: estate.yaml}\n");
        CliRun run = CliRun.of("check", estate.toString(), "--config", config.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("is the estate file");
        CliRun overRule = CliRun.of("check", estate.toString(), "--rules", rules.toString(), "--output", "json=" + rule);
        assertThat(overRule.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(overRule.err()).contains("is a rule file of");
        assertThat(rule).hasContent("package x;\n");
    }

    @Test
    void oneFileGivenTwiceUnderTwoNamesIsRefused() throws IOException {
        Path estate = estateCopy();
        CliRun run = CliRun.of("check", estate.toString(), "--output", "json=" + folder.resolve("a.json"),
                "--output", "sarif=" + folder.resolve("x/../a.json"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).containsAnyOf("is the same file as", "is given twice");
        assertThat(folder.resolve("a.json")).doesNotExist();
    }

    @Test
    void aHardLinkAndItsFileAsTwoOutputsAreOneFile() throws IOException {
        Path a = Files.writeString(folder.resolve("a.json"), "old");
        Files.createLink(folder.resolve("b.json"), a);
        CliRun run = CliRun.of("check", SAMPLE, "--output", "json=" + a, "--output", "sarif=" + folder.resolve("b.json"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("is the same file as --output " + a);
        assertThat(a).hasContent("old");
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path real = Files.writeString(folder.resolve("real.md"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("link.md"), real);
        Path dangling = Files.createSymbolicLink(folder.resolve("dangling.md"), folder.resolve("later.md"));
        CliRun run = CliRun.of("check", SAMPLE, "--output", "markdown=" + link, "--output", "json=" + dangling);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("estate-audit: ACME Factory");
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(Files.readString(folder.resolve("later.md"))).containsPattern("\"passed\" ?: false");
    }

    @Test
    void aFifoIsWrittenIntoNotReplaced() throws Exception {
        Path fifo = folder.resolve("report.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliRun run = CliRun.of("check", SAMPLE, "--output", "markdown=" + fifo);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(reader.get(30, TimeUnit.SECONDS)).contains("estate-audit: ACME Factory");
        assertThat(Files.isRegularFile(fifo)).as("still a FIFO").isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void aFullDeviceStaysADeviceAndTheRunSaysItCouldNotWrite() throws IOException {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full) && !Files.isRegularFile(full));
        CliRun run = CliRun.of("check", SAMPLE, "--output", "json=" + full);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("/dev/full: cannot write").doesNotContain("internal error");
        assertThat(Files.isRegularFile(full)).isFalse();
        assertThat((Object) Files.getAttribute(full, "unix:mode")).isNotNull();
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }
}
