package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 29, items 9, 10 and 3: a report that could not be delivered is never a passed gate; a
 * target that cannot take a report is refused before any is rendered; a run ended by a rule's
 * System.exit or by SIGTERM has a known exit code, one line on stderr and no stack trace.
 */
class RunEndingTest {

    private static final String SAMPLE = Path.of("samples/acme-factory-11.yaml").toAbsolutePath().toString();

    @TempDir
    Path folder;

    /** Standard output that fails after its first 4,096 characters, as a full disk does. */
    private static final class FullDisk extends Writer {
        private int written;

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            written += length;
            if (written > 4096) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aReportCutShortOnStandardOutputIsNotExit0() {
        for (String[] args : List.of(new String[] {"check", SAMPLE, "--format", "json", "--fail-on", "never"},
                new String[] {"rules"}, new String[] {"plan", SAMPLE, "--format", "json"})) {
            StringWriter err = new StringWriter();
            int code = EstateAuditCommand.run(args, new PrintWriter(new FullDisk()), new PrintWriter(err), java.util.Map.of());
            assertThat(code).as(String.join(" ", args)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).as(String.join(" ", args))
                    .contains("estate-audit: standard output could not be written (a full disk, or a closed pipe)");
        }
    }

    @Test
    void standardOutputToDevFullIsExit2() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "a system with /dev/full");
        Result run = start(List.of("rules"), new File("/dev/full"), 0);
        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("standard output could not be written").doesNotContain("\tat ");
    }

    @Test
    void aFolderAmongTheTargetsIsRefusedBeforeAnyReportIsWritten() throws IOException {
        Path json = Files.writeString(folder.resolve("audit.json"), "old");
        Path dir = Files.createDirectories(folder.resolve("audit.md"));
        CliRun run = CliRun.of("check", SAMPLE, "--output", "json=" + json, "--output", "markdown=" + dir);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(dir + ": is a folder; give the report a file name inside it");
        assertThat(Files.readString(json)).isEqualTo("old");
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("audit.json", "audit.md");
        }
    }

    @Test
    void systemExitZeroFromARuleDuringAPlanIsExit2WithoutATrace() throws Exception {
        Path rules = Files.createDirectories(folder.resolve("rules"));
        Files.writeString(rules.resolve("exit.drl"), """
                package acme.rules;
                import dev.estateaudit.estate.EstateEnvironment;
                global dev.estateaudit.findings.FindingSink findings;
                rule "acme-exit"
                    @id("acme-exit")
                    @severity("info")
                    @title("A rule that ends the process")
                    @remediation("Remove it.")
                when
                    EstateEnvironment( )
                then
                    System.exit(0);
                end
                """);
        ChildRun run = ChildRun.in(folder, "plan", SAMPLE, "--rules", rules.toString(), "--no-cache", "--format", "json",
                "--output", folder.resolve("plan.json").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("the run ended before it finished").doesNotContain("\tat ").doesNotContain("Exception");
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("rules");
        }
    }

    /**
     * A rule of the user's that sleeps an hour holds the check open (compiling it, then running it),
     * so that the signal at 700 ms comes before the end however fast the check has become (the
     * sample alone may finish within the 700 ms); only the signal can end the run within the two
     * minutes the test waits.
     */
    @Test
    void sigtermEarlyInACheckIs143WithOneLineAndNoTrace() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "POSIX signals");
        Path rules = Files.createDirectories(folder.resolve("rules"));
        Files.writeString(rules.resolve("slow.drl"), """
                package acme.rules;
                import dev.estateaudit.estate.EstateEnvironment;
                rule "acme-slow"
                    @id("acme-slow")
                    @severity("info")
                    @title("A rule that takes an hour")
                    @remediation("Remove it.")
                when
                    EstateEnvironment( )
                then
                    Thread.sleep(3600000);
                end
                """);
        Result run = start(List.of("check", SAMPLE, "--rules", rules.toString(), "--no-cache"), null, 700);
        assertThat(run.code()).isEqualTo(143);
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.err().lines().filter(l -> !l.isBlank())).hasSizeLessThanOrEqualTo(1);
    }

    private record Result(int code, String err) {
    }

    /** Starts estate-audit in a JVM of its own; after {@code termAfterMillis} (0: never) sends it SIGTERM. */
    private Result start(List<String> args, File stdout, long termAfterMillis) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "dev.estateaudit.Main"));
        command.addAll(args);
        Path err = folder.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile());
        builder.redirectOutput(stdout != null ? ProcessBuilder.Redirect.to(stdout) : ProcessBuilder.Redirect.DISCARD);
        Process child = builder.start();
        if (termAfterMillis > 0) {
            Thread.sleep(termAfterMillis);
            child.destroy();
        }
        if (!child.waitFor(120, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("did not end");
        }
        String text = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        return new Result(child.exitValue(), text);
    }
}
