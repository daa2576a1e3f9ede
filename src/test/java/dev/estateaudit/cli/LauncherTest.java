package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the {@code ./estate-audit} launcher does with the JVM's flags (docs/benchmarks.md says why
 * each pays): the same short-run settings for every estate, a young generation sized by one
 * formula for every input above 1 MiB, and the user's own options last. Run here on a copy of the
 * script, with a stand-in {@code java} that writes down the arguments it was given, so no JVM
 * starts and nothing is built (a stand-in {@code mvn} where the build is what is tested). The
 * figures the formula gives are the settings' business (JvmSettingsTest).
 */
class LauncherTest {

    private static final long MIB = 1024 * 1024;

    @TempDir
    Path home;

    private Path arguments;

    @BeforeEach
    void copyTheLauncherBesideAJar() throws IOException {
        Files.copy(Path.of("estate-audit"), home.resolve("estate-audit"));
        // the JVM settings both POSIX launchers source
        Files.createDirectories(home.resolve("src/dist/lib"));
        Files.copy(Path.of("src/dist/lib/jvm-settings.sh"), home.resolve("src/dist/lib/jvm-settings.sh"));
        Files.createDirectories(home.resolve("target"));
        Files.writeString(home.resolve("target/estate-audit.jar"), "");
        arguments = home.resolve("arguments.txt");
    }

    @Test
    void aSmallEstateRunsTheShortRunSettingsAndLeavesTheHeapToTheJvm() throws Exception {
        List<String> flags = launch("17.0.15", estate(100), Map.of());

        assertThat(flags).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC").anyMatch(f -> f.startsWith("-XX:CompileThresholdScaling="));
        assertThat(young(flags)).isEmpty();
        assertThat(flags).noneMatch(f -> f.startsWith("-Xms"));
        assertThat(flags.subList(flags.size() - 5, flags.size()))
                .containsExactly("-cp", home.resolve("target/estate-audit.jar").toString(), "dev.estateaudit.Main", "check",
                        home.resolve("estate.json").toString());
    }

    @Test
    void noJdkSwitchMeantForTestingTheJdkIsSet() throws Exception {
        for (String jdk : List.of("17.0.15", "25.0.3")) {
            assertThat(launch(jdk, estate(100), Map.of())).as(jdk).noneMatch(f -> f.startsWith("-Djdk."));
        }
    }

    @Test
    void aboveOneMebibyteOneFormulaSizesTheYoungGenerationByTheInput() throws Exception {
        List<String> small = launch("25.0.3", estate(2 * MIB), Map.of());
        long cap = memoryMib().map(m -> m / 8).orElse(Long.MAX_VALUE);
        long previous = 0;
        for (long size : List.of(2 * MIB, 20 * MIB, 65 * MIB, 300 * MIB)) {
            List<String> flags = launch("25.0.3", estate(size), Map.of());
            long young = young(flags).orElseThrow(() -> new AssertionError(size + " bytes: no young generation in " + flags));

            assertThat(young).as("%d bytes: the young generation holds at least the input", size)
                    .isGreaterThanOrEqualTo(Math.min(size / MIB, cap));
            assertThat(young).as("%d bytes: never above an eighth of the memory", size).isLessThanOrEqualTo(cap);
            if (young < cap) {
                assertThat(young).as("%d bytes: it grows with the input", size).isGreaterThan(previous);
            }
            assertThat(initialHeap(flags)).as("%d bytes: the heap starts at least as big", size).isGreaterThan(young);
            assertThat(withoutSizes(flags)).as("%d bytes: the same collector, compiler and options as 2 MiB", size)
                    .isEqualTo(withoutSizes(small));
            previous = young;
        }
        assertThat(small).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC").noneMatch(f -> f.startsWith("-XX:CompileThresholdScaling="));
    }

    @Test
    void theYoungGenerationNeverTakesMoreThanAnEighthOfTheMachinesMemory() throws Exception {
        Optional<Long> memoryMib = memoryMib();
        long size = 256L * 1024 * MIB; // sparse: the launcher only measures it
        List<String> flags = launch("17.0.15", estate(size), Map.of());

        if (memoryMib.isPresent()) {
            assertThat(young(flags)).get().isEqualTo(memoryMib.get() / 8);
        } else {
            assertThat(young(flags)).as("no /proc/meminfo: sized by the input alone").get().isNotNull();
        }
    }

    @Test
    void aHeapSizeOfTheUsersOwnReplacesTheLaunchersSizing() throws Exception {
        for (long size : List.of(2 * MIB, 300 * MIB)) {
            List<String> flags = launch("17.0.15", estate(size), Map.of("ESTATE_AUDIT_JAVA_OPTS", "-Xmx300m -Dsome.option=1"));

            // an -Xms above the user's -Xmx would stop the JVM from starting
            assertThat(flags).as("%d bytes", size).contains("-Xmx300m", "-Dsome.option=1")
                    .noneMatch(f -> f.startsWith("-Xmn") || f.startsWith("-Xms"));
            assertThat(flags.indexOf("-Xmx300m")).as("the user's options come after the launcher's")
                    .isGreaterThan(flags.indexOf("-XX:+UseSerialGC"));
        }
    }

    @Test
    void otherOptionsOfTheUserLeaveTheSizingAlone() throws Exception {
        List<String> theirs = launch("17.0.15", estate(2 * MIB), Map.of("ESTATE_AUDIT_JAVA_OPTS", "-Dsome.option=1"));
        List<String> none = launch("17.0.15", estate(2 * MIB), Map.of());

        assertThat(theirs).contains("-Dsome.option=1");
        assertThat(young(theirs)).isPresent().isEqualTo(young(none));
    }

    @Test
    void aJavaOlderThan17IsRefusedWithAMessage() throws Exception {
        Process process = start("11.0.2", estate(100), Map.of());
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isEqualTo(3);
        assertThat(err).contains("is Java 11; estate-audit needs Java 17 or newer");
        assertThat(arguments).doesNotExist();
    }

    @Test
    void aLinkToTheLauncherFromAnotherFolderRunsTheClonesJar() throws Exception {
        // what every message's "estate-audit ..." invites: the launcher linked onto the PATH
        Path onPath = Files.createDirectories(home.resolve("elsewhere/bin"));
        Files.createSymbolicLink(onPath.resolve("estate-audit"), Path.of("../../estate-audit"));
        Path jdk = fakeJdk("17.0.15");

        Run run = run(onPath.resolve("estate-audit"), Map.of("JAVA_HOME", jdk.toString()), "check", estate(100).toString());

        assertThat(run.code()).as(run.err()).isZero();
        List<String> flags = Files.readAllLines(arguments);
        assertThat(flags.subList(flags.size() - 5, flags.size() - 2))
                .containsExactly("-cp", home.resolve("target/estate-audit.jar").toString(), "dev.estateaudit.Main");
    }

    @Test
    void aFirstBuildSaysWhatItCostsShowsMavensProgressOnStandardErrorAndHowLongItTook() throws Exception {
        Files.delete(home.resolve("target/estate-audit.jar"));
        Path tools = Files.createDirectories(home.resolve("tools"));
        Path mavenArguments = home.resolve("mvn-arguments.txt");
        script(tools.resolve("mvn"), "printf '%s\\n' \"$@\" > " + mavenArguments + "\n"
                + "echo '[INFO] Downloading from central: https://repo.maven.apache.org/maven2/...'\n"
                + ": > target/estate-audit.jar\necho '[INFO] BUILD SUCCESS'\n");
        Path jdk = fakeJdk("17.0.15");

        Run run = run(home.resolve("estate-audit"), Map.of("JAVA_HOME", jdk.toString(), "PATH", tools + ":/usr/bin:/bin"),
                "check", estate(100).toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("building " + home.resolve("target/estate-audit.jar") + " with Maven, once")
                .contains("a few minutes").contains("Maven's progress follows")
                .contains("[INFO] Downloading from central").contains("[INFO] BUILD SUCCESS")
                .containsPattern("built in \\d+ s");
        assertThat(run.out()).as("a report on stdout stays clean").doesNotContain("[INFO]");
        // the jar alone: no -q (the progress is the point), no tests, no distribution archives
        assertThat(Files.readAllLines(mavenArguments)).contains("-B", "-Dmaven.test.skip=true", "-DskipDistribution", "package")
                .doesNotContain("-q");
        assertThat(Files.readAllLines(arguments)).contains("dev.estateaudit.Main");
    }

    @Test
    void aFailedBuildExitsThreeAndSaysWhatToRun() throws Exception {
        Files.delete(home.resolve("target/estate-audit.jar"));
        Path tools = Files.createDirectories(home.resolve("tools"));
        script(tools.resolve("mvn"), "echo '[ERROR] COMPILATION ERROR'\nexit 1\n");

        Run run = run(home.resolve("estate-audit"), Map.of("JAVA_HOME", fakeJdk("17.0.15").toString(), "PATH", tools + ":/usr/bin:/bin"),
                "check", estate(100).toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("[ERROR] COMPILATION ERROR").contains("the build failed");
        assertThat(arguments).doesNotExist();
    }

    private record Run(int code, String out, String err) {
    }

    /** The launcher at {@code launcher} (the script or a link to it), run by its own shebang's bash. */
    private Run run(Path launcher, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().remove("ESTATE_AUDIT_JAVA_OPTS");
        builder.environment().putAll(Map.of("ESTATE_AUDIT_CDS", "0", "FAKE_JAVA_ARGUMENTS", arguments.toString()));
        builder.environment().putAll(environment);
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Path fakeJdk(String javaVersion) throws IOException {
        Path jdk = home.resolve("jdk-" + javaVersion);
        if (!Files.exists(jdk)) {
            Files.createDirectories(jdk.resolve("bin"));
            Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"" + javaVersion + "\"\n");
            script(jdk.resolve("bin/java"), "for a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$FAKE_JAVA_ARGUMENTS\"\n");
        }
        return jdk;
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The young generation's size in MiB (-Xmn), if the launcher set one. */
    private static Optional<Long> young(List<String> flags) {
        return flags.stream().filter(f -> f.startsWith("-Xmn")).findFirst().map(LauncherTest::mebibytes);
    }

    private static long initialHeap(List<String> flags) {
        return flags.stream().filter(f -> f.startsWith("-Xms")).findFirst().map(LauncherTest::mebibytes).orElseThrow();
    }

    private static long mebibytes(String flag) {
        assertThat(flag).endsWith("m");
        return Long.parseLong(flag.substring(4, flag.length() - 1));
    }

    /** The flags without the heap sizes and without the estate's own path. */
    private static List<String> withoutSizes(List<String> flags) {
        List<String> rest = new ArrayList<>(flags.subList(0, flags.size() - 1));
        rest.removeIf(f -> f.startsWith("-Xmn") || f.startsWith("-Xms"));
        return rest;
    }

    private static Optional<Long> memoryMib() throws IOException {
        Path meminfo = Path.of("/proc/meminfo");
        if (!Files.isReadable(meminfo)) {
            return Optional.empty();
        }
        return Files.readAllLines(meminfo).stream().filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst();
    }

    private List<String> launch(String javaVersion, Path estate, Map<String, String> environment) throws Exception {
        Files.deleteIfExists(arguments);
        Process process = start(javaVersion, estate, environment);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(err).isZero();
        return Files.readAllLines(arguments);
    }

    private Process start(String javaVersion, Path estate, Map<String, String> environment) throws Exception {
        Path jdk = fakeJdk(javaVersion);
        ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("estate-audit").toString(), "check", estate.toString());
        builder.environment().remove("ESTATE_AUDIT_JAVA_OPTS");
        builder.environment().putAll(Map.of("JAVA_HOME", jdk.toString(), "ESTATE_AUDIT_CDS", "0",
                "FAKE_JAVA_ARGUMENTS", arguments.toString()));
        builder.environment().putAll(environment);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish");
        }
        return process;
    }

    /** A file of {@code bytes} (sparse: the launcher only measures it). */
    private Path estate(long bytes) throws IOException {
        Path file = home.resolve("estate.json");
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(bytes);
        }
        return file;
    }
}
