package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under the C or POSIX locale (issue 29 item 14) the JVM encodes file names in ASCII, so a path with
 * any other letter can be neither read nor written. Both POSIX launchers give the JVM a UTF-8 locale
 * when the caller's is not one, and a JVM started some other way names the path in a clean message
 * (exit 2, never 3). Started here from Java with a shell environment of LC_ALL=C and nothing else
 * of the locale: Python would set LC_CTYPE=C.UTF-8 for the process and hide the problem.
 */
class CLocaleTest {

    private static final String SAMPLE = "samples/acme-factory-11.yaml";

    @TempDir
    Path home;

    private Path folder;

    @BeforeEach
    void aFolderBeyondAscii() throws IOException {
        assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
                "the test itself needs a UTF-8 locale to name the folder");
        folder = Files.createDirectories(home.resolve("estates-\u00df-\u00e7\u00e3o"));
        Files.copy(Path.of(SAMPLE), folder.resolve("estate.yaml"));
    }

    @Test
    void theDistributionsLauncherGivesTheJvmAUtf8Locale() throws Exception {
        assumeTrue(utf8LocaleInstalled(), "no UTF-8 locale on this machine for the launcher to choose");
        Path app = distribution();

        Run run = run(List.of("sh", app.resolve("bin/estate-audit").toString(), "check", folder.resolve("estate.yaml").toString(),
                "--format", "json", "--output", folder.resolve("r\u00e9sum\u00e9.json").toString()), Map.of("LC_ALL", "C"));

        assertThat(run.code).as(run.err).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(run.err).doesNotContain("cannot be a path").doesNotContain("Exception");
        assertThat(folder.resolve("r\u00e9sum\u00e9.json")).isNotEmptyFile();
    }

    @Test
    void theClonesLauncherSetsTheCharacterTypeOnlyAndLcAllWhenItIsSet() throws Exception {
        assumeTrue(utf8LocaleInstalled(), "no UTF-8 locale on this machine for the launcher to choose");
        Path clone = Files.createDirectories(home.resolve("clone"));
        Files.copy(Path.of("estate-audit"), clone.resolve("estate-audit"));
        Files.createDirectories(clone.resolve("src/dist/lib"));
        Files.copy(Path.of("src/dist/lib/jvm-settings.sh"), clone.resolve("src/dist/lib/jvm-settings.sh"));
        Files.createDirectories(clone.resolve("target"));
        Files.writeString(clone.resolve("target/estate-audit.jar"), "");
        // a stand-in JVM that writes down the locale it was given and the character set it means
        Path jdk = Files.createDirectories(clone.resolve("jdk/bin"));
        Files.writeString(jdk.resolveSibling("release"), "JAVA_VERSION=\"17.0.15\"\n");
        executable(jdk.resolve("java"), "#!/bin/sh\necho \"LC_ALL=${LC_ALL:-} LC_CTYPE=${LC_CTYPE:-} LANG=${LANG:-} "
                + "$(locale charmap 2>/dev/null)\" > \"$FAKE_JAVA_LOCALE\"\n");
        Path seen = clone.resolve("locale.txt");
        Map<String, String> base = Map.of("JAVA_HOME", jdk.getParent().toString(), "FAKE_JAVA_LOCALE", seen.toString());

        for (Map<String, String> locale : List.of(Map.of("LC_ALL", "C"), Map.of("LC_ALL", "POSIX", "LANG", "C.UTF-8"))) {
            run(List.of("bash", clone.resolve("estate-audit").toString(), "check", SAMPLE), with(base, locale));
            assertThat(Files.readString(seen).strip()).as("%s: LC_ALL overrides every category, so it is LC_ALL that changes", locale)
                    .matches("LC_ALL=\\S+ LC_CTYPE= LANG=\\S* UTF-8").doesNotStartWith("LC_ALL=C ").doesNotStartWith("LC_ALL=POSIX");
        }
        run(List.of("bash", clone.resolve("estate-audit").toString(), "check", SAMPLE), with(base, Map.of("LANG", "C")));
        assertThat(Files.readString(seen).strip()).as("without LC_ALL only the character type changes")
                .matches("LC_ALL= LC_CTYPE=\\S+ LANG=C UTF-8");
        run(List.of("bash", clone.resolve("estate-audit").toString(), "check", SAMPLE), with(base, Map.of("LANG", "C.UTF-8")));
        assertThat(Files.readString(seen).strip()).as("a UTF-8 locale is left as it is").isEqualTo("LC_ALL= LC_CTYPE= LANG=C.UTF-8 UTF-8");
    }

    @Test
    void aJvmStartedUnderTheCLocaleNamesThePathItCannotEncode() throws Exception {
        List<String> java = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath(),
                "dev.estateaudit.Main");

        Run estate = run(concat(java, "check", folder.resolve("estate.yaml").toString()), Map.of("LC_ALL", "C"));
        Run output = run(concat(java, "check", SAMPLE, "--output", folder.resolve("out.json").toString()), Map.of("LC_ALL", "C"));

        for (Run run : List.of(estate, output)) {
            assertThat(run.code).as(run.err).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err).contains("/estates-").contains("cannot be a path here: the locale's character set")
                    .contains("LC_ALL=C.UTF-8").doesNotContain("java.").doesNotContain("Exception").doesNotContain("internal error");
        }
        assertThat(output.err).contains("out.json'");
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("estate.yaml");
        }
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile());
        // a shell's environment with the C locale: no LANG, LC_CTYPE or other category from the build's
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG") || name.startsWith("ESTATE_AUDIT"));
        builder.environment().put("ESTATE_AUDIT_CDS", "0");
        builder.environment().putAll(environment);
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the run did not finish");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The distribution's layout: bin/estate-audit, lib/jvm-settings.sh, and a jar pointing at this build's classes. */
    private Path distribution() throws IOException {
        Path app = home.resolve("app");
        Files.createDirectories(app.resolve("bin"));
        Files.createDirectories(app.resolve("lib"));
        Files.copy(Path.of("src/dist/bin/estate-audit"), app.resolve("bin/estate-audit"));
        Files.copy(Path.of("src/dist/lib/jvm-settings.sh"), app.resolve("lib/jvm-settings.sh"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        List<String> urls = new ArrayList<>();
        for (String entry : classPath().split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toString());
        }
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
        try (OutputStream out = new JarOutputStream(Files.newOutputStream(app.resolve("lib/estate-audit.jar")), manifest)) {
            out.flush();
        }
        return app;
    }

    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static boolean utf8LocaleInstalled() throws Exception {
        for (String candidate : List.of("C.UTF-8", "en_US.UTF-8")) {
            ProcessBuilder builder = new ProcessBuilder("sh", "-c", "locale charmap 2>/dev/null");
            builder.environment().put("LC_ALL", candidate);
            Process process = builder.start();
            String charmap = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() == 0 && charmap.equals("UTF-8")) {
                return true;
            }
        }
        return false;
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Map<String, String> with(Map<String, String> a, Map<String, String> b) {
        Map<String, String> all = new java.util.HashMap<>(a);
        all.putAll(b);
        return all;
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
