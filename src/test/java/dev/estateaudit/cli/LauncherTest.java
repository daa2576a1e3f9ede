package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./estate-audit} launcher chooses the JVM's flags from the JDK and the estate's size
 * (docs/benchmarks.md says why each pays). Run here on a copy of the script, with a stand-in
 * {@code java} that writes down the arguments it was given, so no JVM starts and nothing is built.
 */
class LauncherTest {

    private static final long MIB = 1024 * 1024;

    @TempDir
    Path home;

    private Path arguments;

    @BeforeEach
    void copyTheLauncherBesideAJar() throws IOException {
        Files.copy(Path.of("estate-audit"), home.resolve("estate-audit"));
        Files.createDirectories(home.resolve("target"));
        Files.writeString(home.resolve("target/estate-audit.jar"), "");
        arguments = home.resolve("arguments.txt");
    }

    @Test
    void aSmallEstateOnJdk17RunsTheQuickStartFlags() throws Exception {
        List<String> flags = launch("17.0.15", estate(100), Map.of());

        assertThat(flags).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:CompileThresholdScaling=10")
                .doesNotContain("-Djdk.reflect.useNativeAccessorOnly=true", "-XX:+UseParallelGC")
                .noneMatch(f -> f.startsWith("-Xmn") || f.startsWith("-Xms"));
        assertThat(flags.subList(flags.size() - 5, flags.size()))
                .containsExactly("-cp", home.resolve("target/estate-audit.jar").toString(), "dev.estateaudit.Main", "check",
                        home.resolve("estate.json").toString());
    }

    @Test
    void fromJdk18ReflectionUsesTheNativeAccessors() throws Exception {
        assertThat(launch("25.0.3", estate(100), Map.of())).contains("-Djdk.reflect.useNativeAccessorOnly=true");
    }

    @Test
    void anEstateOfSomeMebibytesGetsAYoungGenerationForAllItAllocates() throws Exception {
        List<String> flags = launch("17.0.15", estate(2 * MIB), Map.of());

        // ten times the input plus 96 MiB, and 64 MiB more for the whole heap
        assertThat(flags).contains("-XX:TieredStopAtLevel=1", "-Xmn116m", "-Xms180m").doesNotContain("-XX:CompileThresholdScaling=10");
    }

    @Test
    void anEstateOverSixtyFourMebibytesGetsTheParallelCollectorAndCheaperC2() throws Exception {
        List<String> flags = launch("25.0.3", estate(65 * MIB), Map.of());

        // 3.5 and 5.5 times the input
        assertThat(flags).contains("-XX:+UseParallelGC", "-Xmn227m", "-Xms357m", "-XX:FreqInlineSize=100",
                        "-XX:InlineSmallCode=1000", "-XX:Tier4InvocationThreshold=50000")
                .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djdk.reflect.useNativeAccessorOnly=true");
    }

    @Test
    void aHeapSizeOfTheUsersOwnReplacesTheLaunchersSizing() throws Exception {
        for (long size : List.of(2 * MIB, 65 * MIB)) {
            List<String> flags = launch("17.0.15", estate(size), Map.of("ESTATE_AUDIT_JAVA_OPTS", "-Xmx300m -Dsome.option=1"));

            // an -Xms above the user's -Xmx would stop the JVM from starting
            assertThat(flags).as("%d bytes", size).contains("-Xmx300m", "-Dsome.option=1")
                    .noneMatch(f -> f.startsWith("-Xmn") || f.startsWith("-Xms"));
            assertThat(flags.indexOf("-Xmx300m")).as("the user's options come after the launcher's")
                    .isGreaterThan(flags.indexOf(size > 64 * MIB ? "-XX:+UseParallelGC" : "-XX:+UseSerialGC"));
        }
    }

    @Test
    void otherOptionsOfTheUserLeaveTheSizingAlone() throws Exception {
        List<String> flags = launch("17.0.15", estate(2 * MIB), Map.of("ESTATE_AUDIT_JAVA_OPTS", "-Dsome.option=1"));

        assertThat(flags).contains("-Xmn116m", "-Dsome.option=1");
    }

    @Test
    void aJavaOlderThan17IsRefusedWithAMessage() throws Exception {
        Process process = start("11.0.2", estate(100), Map.of());
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isEqualTo(3);
        assertThat(err).contains("is Java 11; estate-audit needs Java 17 or newer");
        assertThat(arguments).doesNotExist();
    }

    private List<String> launch(String javaVersion, Path estate, Map<String, String> environment) throws Exception {
        Files.deleteIfExists(arguments);
        Process process = start(javaVersion, estate, environment);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(err).isZero();
        return Files.readAllLines(arguments);
    }

    private Process start(String javaVersion, Path estate, Map<String, String> environment) throws Exception {
        Path jdk = home.resolve("jdk-" + javaVersion);
        if (!Files.exists(jdk)) {
            Files.createDirectories(jdk.resolve("bin"));
            Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"" + javaVersion + "\"\n");
            Path java = jdk.resolve("bin/java");
            Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$FAKE_JAVA_ARGUMENTS\"\n");
            Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
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
