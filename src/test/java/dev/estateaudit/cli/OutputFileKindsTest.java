package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 29, items 11, 18 and 19: a replaced report keeps its mode and a new one follows the umask;
 * what a path is (a regular file, a device, a process's descriptor) decides how it is written,
 * never its /dev or /proc prefix; a legal 255-byte report name works. The POSIX cases skip, with a
 * reason in the test report, where the file system or the system lacks what they need.
 */
class OutputFileKindsTest {

    private static final String SAMPLE = Path.of("samples/acme-factory-11.yaml").toAbsolutePath().toString();

    @TempDir
    Path folder;

    private static void assumePosix(Path where) {
        assumeTrue(where.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "a file system with POSIX permissions (this one has none: the folder's permissions apply)");
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static Object inode(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    @Test
    void aReplacedReportKeepsItsOldMode() throws IOException {
        assumePosix(folder);
        Path secret = Files.writeString(folder.resolve("secret.json"), "old");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        Path shared = Files.writeString(folder.resolve("shared.md"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        CliRun run = CliRun.of("check", SAMPLE, "--output", "json=" + secret, "--output", "markdown=" + shared);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(Files.readString(secret)).contains("\"estate\"");
        assertThat(mode(secret)).isEqualTo("rw-------");
        assertThat(Files.readString(shared)).contains("ACME Factory");
        assertThat(mode(shared)).isEqualTo("rw-rw-r--");
    }

    @Test
    void aNewReportFollowsTheUmask() throws Exception {
        assumePosix(folder);
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell at /bin/sh to set the umask");
        for (String[] umaskAndMode : new String[][] {{"077", "rw-------"}, {"027", "rw-r-----"}, {"002", "rw-rw-r--"}}) {
            Path output = folder.resolve("estate-" + umaskAndMode[0] + ".yaml");
            ChildRun run = ChildRun.underUmask(umaskAndMode[0], folder, "init", "--output", output.toString());
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
            assertThat(mode(output)).as("umask " + umaskAndMode[0]).isEqualTo(umaskAndMode[1]);
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("estate-077.yaml", "estate-027.yaml", "estate-002.yaml");
        }
    }

    @Test
    void aReportUnderDevShmIsAnOrdinaryFileReplacedAtomically() throws IOException {
        Path shm = Path.of("/dev/shm");
        assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm), "a writable /dev/shm (Linux)");
        Path fresh = shm.resolve("estate-audit-test-" + UUID.randomUUID() + ".json");
        Path existing = shm.resolve("estate-audit-test-" + UUID.randomUUID() + ".md");
        try {
            Files.writeString(existing, "old");
            Object before = inode(existing);
            CliRun run = CliRun.of("check", SAMPLE, "--output", "json=" + fresh, "--output", "markdown=" + existing);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.GATE_FAILED);
            assertThat(Files.isRegularFile(fresh)).isTrue();
            assertThat(Files.readString(fresh)).contains("\"estate\"");
            assertThat(Files.readString(existing)).contains("ACME Factory");
            assertThat(inode(existing)).as("replaced by a rename, not written in place").isNotEqualTo(before);
        } finally {
            Files.deleteIfExists(fresh);
            Files.deleteIfExists(existing);
        }
    }

    @Test
    void aCharacterDeviceIsWrittenDirectly() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "a /dev/null device");
        CliRun run = CliRun.of("check", SAMPLE, "--output", "json=" + devNull);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(Files.isRegularFile(devNull)).as("still a device").isFalse();
        assertThat(Files.size(devNull)).isZero();
    }

    /** The shell redirected standard output to a file: /dev/stdout leads through /proc/self/fd/1 to it. */
    @Test
    void standardOutputRedirectedToAFileIsWrittenThroughItsDescriptor() throws Exception {
        Path fd = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(fd) && Files.isSymbolicLink(Path.of("/dev/stdout")), "/dev/stdout and /proc (Linux)");
        for (String target : List.of("/dev/stdout", "/dev/fd/1")) {
            Path out = Files.writeString(folder.resolve("out.json"), "");
            Object before = inode(out);
            Process child = new ProcessBuilder(ChildRun.command(List.of(), "check", SAMPLE, "--format", "json", "--output", target))
                    .redirectOutput(out.toFile()).redirectError(folder.resolve("err.txt").toFile()).start();
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String err = Files.readString(folder.resolve("err.txt"));
            assertThat(child.exitValue()).as(target + ": " + err).isEqualTo(ExitCodes.GATE_FAILED);
            assertThat(inode(out)).as(target + ": the shell's file, not one renamed over it").isEqualTo(before);
            assertThat(Files.readString(out, StandardCharsets.UTF_8)).as(target).startsWith("{").contains("\"estate\"");
        }
    }

    /** {@code --output /dev/stdout >> log}: the report is added to the log, which keeps what it held. */
    @Test
    void standardOutputAppendingToALogKeepsTheLog() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")) && Files.isSymbolicLink(Path.of("/dev/stdout")), "/dev/stdout and /proc (Linux)");
        Path log = Files.writeString(folder.resolve("pipeline.log"), "step 1: estate exported\n");
        Process child = new ProcessBuilder(ChildRun.command(List.of(), "check", SAMPLE, "--format", "json", "--output", "/dev/stdout"))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).redirectError(folder.resolve("err.txt").toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(folder.resolve("err.txt"))).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).startsWith("step 1: estate exported\n{").contains("\"estate\"");
    }

    /** A descriptor opened to read and write ({@code 3<>file}), not to append: the report replaces what it held, as with '>'. */
    @Test
    void aDescriptorNotOpenedToAppendIsEmptiedFirst() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fdinfo")) && Files.isExecutable(Path.of("/bin/sh")), "/proc and a POSIX shell (Linux)");
        Path report = Files.writeString(folder.resolve("report.json"), "OLD CONTENT LINE\n");
        String run = ChildRun.command(List.of(), "check", SAMPLE, "--format", "json", "--output", "/dev/fd/3").stream()
                .map(OutputFileKindsTest::shellQuoted).collect(Collectors.joining(" "));
        Process child = new ProcessBuilder("/bin/sh", "-c", "exec " + run + " 3<>" + shellQuoted(report.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(folder.resolve("err.txt").toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(folder.resolve("err.txt"))).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).startsWith("{").doesNotContain("OLD CONTENT").contains("\"estate\"");
    }

    private static String shellQuoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    @Test
    void aLegal255ByteNameWorks() throws IOException {
        Path longName = folder.resolve("r".repeat(250) + ".json");
        assertThat(longName.getFileName().toString().getBytes(StandardCharsets.UTF_8)).hasSize(255);
        CliRun fresh = CliRun.of("check", SAMPLE, "--output", "json=" + longName);
        assertThat(fresh.exitCode()).as(fresh.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(Files.readString(longName)).contains("\"estate\"");
        Files.writeString(longName, "old");
        CliRun replaced = CliRun.of("check", SAMPLE, "--output", "json=" + longName);
        assertThat(replaced.exitCode()).as(replaced.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(Files.readString(longName)).contains("\"estate\"");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).as("no temporary file left").containsExactly(longName);
        }
    }
}
