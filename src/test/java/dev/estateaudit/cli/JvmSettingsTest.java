package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * lib/jvm-settings.sh, the JVM settings the POSIX launchers source, run by a POSIX shell (dash on
 * Debian) as the launchers run it: no JVM starts.
 */
class JvmSettingsTest {

    private static final Path SETTINGS = Path.of("src", "dist", "lib", "jvm-settings.sh").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void theFeatureReleaseComesFromTheReleaseFile() throws Exception {
        assertThat(feature("JAVA_VERSION=\"17.0.15\"")).isEqualTo("17");
        assertThat(feature("JAVA_VERSION=\"25\"")).isEqualTo("25");
        assertThat(feature("JAVA_VERSION=\"21-ea\"")).isEqualTo("21");
        assertThat(feature("JAVA_VERSION=\"1.8.0_392\"")).isEqualTo("8");
    }

    @Test
    void withoutAReleaseFileJavaSaysItsVersion() throws Exception {
        Path java = work.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"11.0.22\" 2024-01-16' >&2\n");
        java.toFile().setExecutable(true);

        assertThat(sh("ea_feature " + work.resolve("no-release") + " " + java + "; echo \"$ea_feature $ea_version\"", Map.of()))
                .isEqualTo("11 11.0.22");
    }

    @Test
    void aSmallEstateGetsTheQuickStartFlagsAndALaterCompiler() throws Exception {
        assertThat(flags(100 * 1024, Map.of()))
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:CompileThresholdScaling=10");
    }

    @Test
    void anEstateOfSomeMebibytesGetsAYoungGenerationForAllItAllocates() throws Exception {
        // three and a half times the input plus 96 MiB, and 64 MiB more for the whole heap
        assertThat(flags(2 * 1024 * 1024, Map.of())).containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmn103m", "-Xms167m");
    }

    @Test
    void aHeapSizeOfTheUsersOwnReplacesTheSizing() throws Exception {
        assertThat(flags(2 * 1024 * 1024, Map.of("ESTATE_AUDIT_JAVA_OPTS", "-Dx=1 -Xmx300m")))
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    }

    @Test
    void theArchiveIsOneFlagThatMayHoldSpaces() throws Exception {
        assertThat(sh("ea_archive_name 25; ea_archive_flag 25 \"/home/a b/$ea_archive_name\"; echo \"$ea_archive_flag\"", Map.of()))
                .isEqualTo("-XX:AOTCache=/home/a b/estate-audit.aot");
        assertThat(sh("ea_archive_name 17; ea_archive_flag 17 \"/c/$ea_archive_name\"; echo \"$ea_archive_flag|$ea_quiet\"", Map.of()))
                .isEqualTo("-XX:SharedArchiveFile=/c/estate-audit.jsa|-Xlog:disable -Xlog:all=warning:stderr -Xlog:cds=off:stderr");
    }

    private String feature(String releaseLine) throws Exception {
        Path release = Files.writeString(work.resolve("release"), "IMPLEMENTOR=\"Someone\"\n" + releaseLine + "\n");
        return sh("ea_feature " + release + " /nonexistent/java; echo \"$ea_feature\"", Map.of());
    }

    private List<String> flags(long inputBytes, Map<String, String> environment) throws Exception {
        return List.of(sh("ea_flags " + inputBytes + "; echo \"$ea_flags\"", environment).split(" "));
    }

    private static String sh(String script, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-eu", "-c", ". \"$0\"; " + script, SETTINGS.toString());
        builder.environment().remove("ESTATE_AUDIT_JAVA_OPTS");
        builder.environment().putAll(environment);
        Process sh = builder.redirectErrorStream(true).start();
        String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(sh.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(sh.exitValue()).as(out).isZero();
        return out;
    }
}
