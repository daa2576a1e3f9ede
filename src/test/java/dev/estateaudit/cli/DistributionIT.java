package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user gets it: the archives 'mvn package' wrote (this runs in the
 * integration-test phase, after them), unpacked as unzip would, and bin/estate-audit run through
 * a symbolic link on the PATH, the way every message's "estate-audit ..." invites.
 */
class DistributionIT {

    private static final String VERSION = System.getProperty("distribution.version", "unknown");
    private static final String TOP = "estate-audit-" + VERSION + "/";

    @TempDir
    static Path work;

    private static Path install;
    private static Path onPath;

    @BeforeAll
    static void unpackTheZipWithAWrongJavaFirstOnThePath() throws IOException {
        install = unzip(zip(), work.resolve("opt"));
        onPath = Files.createDirectories(work.resolve("path"));
        Files.createSymbolicLink(onPath.resolve("estate-audit"), install.resolve("bin/estate-audit"));
        // first on the PATH: a java that is not the one to run, and a mvn that must never be called
        standIn("java", "echo \"the java on the PATH ran: $*\" >&2; exit 97");
        standIn("mvn", "echo \"mvn ran\" >&2; exit 98");
    }

    @Test
    void bothArchivesHoldTheLaunchersTheJarTheLicencesAndWhatAUserReadsFirst() throws IOException {
        Map<String, Integer> zip = zipModes();
        Map<String, Integer> tar = tarModes();

        assertThat(zip.keySet()).containsAll(List.of(TOP + "bin/estate-audit", TOP + "bin/estate-audit.cmd",
                TOP + "lib/estate-audit.jar", TOP + "lib/jvm-settings.sh", TOP + "LICENSE", TOP + "NOTICE",
                TOP + "THIRD-PARTY.txt", TOP + "CHANGELOG.md", TOP + "README.md", TOP + "schema/estate.schema.json",
                TOP + "samples/clean-estate.yaml", TOP + "samples/acme-factory-11.yaml"));
        assertThat(tar.keySet()).isEqualTo(zip.keySet());
        for (Map<String, Integer> modes : List.of(zip, tar)) {
            assertThat(modes.get(TOP + "bin/estate-audit") & 0777).isEqualTo(0755);
            assertThat(modes.get(TOP + "LICENSE") & 0777).isEqualTo(0644);
        }
        assertThat(install.resolve("LICENSE")).hasSameTextualContentAs(Path.of("LICENSE"));
        assertThat(Files.readString(install.resolve("bin/estate-audit.cmd"))).contains("\r\n").doesNotContain("\n\n");
    }

    @Test
    void everyBundledComponentHasItsLicenceAndNotice() throws IOException {
        Path licences = install.resolve("licenses");
        List<String> components = bundledComponents();

        // Drools, Jackson, KIE, SLF4J and picocli among them; picocli is compiled in from its sources
        assertThat(components).hasSizeGreaterThan(40).contains("drools-core", "jackson-databind", "slf4j-api", "picocli");
        for (String component : components) {
            try (Stream<Path> files = Files.walk(licences.resolve(component))) {
                assertThat(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()))
                        .as("licenses/%s", component)
                        .anyMatch(name -> name.matches("(?i)(LICEN[CS]E.*|about\\.html|README\\.txt)"));
            }
        }
        // the Apache notices the jars carry, each kept
        assertThat(licences.resolve("jackson-core/META-INF/NOTICE")).content().contains("Jackson");
        assertThat(licences.resolve("jackson-core/META-INF/FastDoubleParser-NOTICE")).exists(); // what jackson-core bundles
        assertThat(licences.resolve("commons-codec/META-INF/NOTICE.txt")).content().contains("Apache Commons Codec");
        assertThat(licences.resolve("drools-core/META-INF/NOTICE")).exists();
        // and in the runnable jar: our licence and notice, and the list of components
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(install.resolve("lib/estate-audit.jar").toFile())) {
            assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/LICENSE")).readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(Path.of("LICENSE")));
            assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/NOTICE")).readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(Path.of("NOTICE")));
            assertThat(new String(jar.getInputStream(jar.getEntry("THIRD-PARTY.txt")).readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(install.resolve("THIRD-PARTY.txt")));
        }
    }

    /**
     * The start-up archive's training run costs seconds: it is made by one of the two runs (JDK 25's
     * where installed, else JDK 17's), the other runs without it.
     */
    @Test
    void checksTheCleanSampleWithJavaHomesJdk17ThroughTheLinkOnThePath() throws Exception {
        Path jdk = jdk(17).orElseGet(() -> Path.of(System.getProperty("java.home")));
        checksTheCleanSample(jdk, "17", jdk(25).isEmpty());
    }

    @Test
    void checksTheCleanSampleWithJavaHomesJdk25WhereInstalled() throws Exception {
        Optional<Path> jdk = jdk(25);
        assumeTrue(jdk.isPresent(), "no JDK 25 under /usr/lib/jvm");
        checksTheCleanSample(jdk.get(), "25", true);
    }

    private void checksTheCleanSample(Path jdk, String feature, boolean withArchive) throws Exception {
        Path cache = work.resolve("cache-" + feature);
        Set<Path> installed = files(install);
        Map<String, String> environment = Map.of("JAVA_HOME", jdk.toString(), "ESTATE_AUDIT_CACHE", cache.toString(),
                "ESTATE_AUDIT_CDS", withArchive ? "1" : "0");

        Run run = launch(environment, "check", install.resolve("samples/clean-estate.yaml").toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Summary: ");
        assertThat(run.err()).doesNotContain("the java on the PATH ran", "mvn ran");
        assertThat(files(install)).as("nothing is added beside the install").isEqualTo(installed);
        if (withArchive) {
            // the start-up archive went to the cache folder, and a second run uses it
            try (Stream<Path> cached = Files.walk(cache)) {
                assertThat(cached.map(p -> p.getFileName().toString())).containsAnyOf("estate-audit.aot", "estate-audit.jsa");
            }
            Run again = launch(environment, "check", install.resolve("samples/clean-estate.yaml").toString());
            assertThat(again.code()).as(again.err()).isZero();
            assertThat(again.err()).isEmpty();
            assertThat(again.out()).isEqualTo(run.out());
        }
    }

    @Test
    void versionNamesTheReleaseTheCommitAndTheHorizon() throws Exception {
        Run run = launch(Map.of("JAVA_HOME", System.getProperty("java.home"), "ESTATE_AUDIT_CDS", "0"), "--version");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).hasSize(3).satisfies(lines -> {
            assertThat(lines.get(0)).isEqualTo("estate-audit " + VERSION);
            assertThat(lines.get(1)).matches("commit: ([0-9a-f]{12}( \\(with uncommitted changes\\))?|unknown)");
            assertThat(lines.get(2)).matches("platform catalogue horizon: \\d+(\\.\\d+)+");
        });
    }

    @Test
    void refusesAJavaOlderThan17WithAClearMessage() throws Exception {
        // no JAVA_HOME: the java on the PATH, which here says it is Java 11
        Path old = Files.createDirectories(work.resolve("old-java"));
        Files.createSymbolicLink(old.resolve("estate-audit"), install.resolve("bin/estate-audit"));
        script(old.resolve("java"), "echo 'openjdk version \"11.0.22\" 2024-01-16' >&2; exit 0");

        Run run = launch(old, Map.of("ESTATE_AUDIT_CDS", "0"), "check", install.resolve("samples/clean-estate.yaml").toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(run.err()).contains("is Java 11.0.22; estate-audit needs Java 17 or newer (set JAVA_HOME to choose another)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aJavaHomeWithoutJavaIsNamed() throws Exception {
        Run run = launch(Map.of("JAVA_HOME", work.toString()), "--version");

        assertThat(run.code()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(run.err()).contains("JAVA_HOME is " + work + ", which has no bin/java");
    }

    private record Run(int code, String out, String err) {
    }

    private static Run launch(Map<String, String> environment, String... args) throws Exception {
        return launch(onPath, environment, args);
    }

    /** 'estate-audit ARGS' as a shell runs it: found on the PATH, which starts with {@code first}. */
    private static Run launch(Path first, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "exec estate-audit \"$@\"", "estate-audit"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("JAVA") || k.startsWith("ESTATE_AUDIT") || k.startsWith("XDG") || k.equals("NO_COLOR"));
        env.put("PATH", first + ":/usr/bin:/bin");
        env.put("HOME", work.resolve("home").toString());
        env.putAll(environment);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("estate-audit finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** A JDK of that feature release under /usr/lib/jvm, by its release file. */
    private static Optional<Path> jdk(int feature) throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.sorted().filter(home -> Files.isExecutable(home.resolve("bin/java")) && feature(home) == feature).findFirst();
        }
    }

    private static int feature(Path home) {
        try {
            Matcher m = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(home.resolve("release")));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The artifacts THIRD-PARTY.txt lists, by artifactId: "(licence) name (group:artifact:version - url)". */
    private static List<String> bundledComponents() throws IOException {
        Matcher m = Pattern.compile("\\(([\\w.-]+):([\\w.-]+):([\\w.-]+) - ").matcher(Files.readString(install.resolve("THIRD-PARTY.txt")));
        List<String> components = new ArrayList<>();
        while (m.find()) {
            components.add(m.group(2));
        }
        return components;
    }

    private static Path zip() {
        Path zip = Path.of("target", "estate-audit-" + VERSION + ".zip");
        assertThat(zip).as("the distribution 'mvn package' writes").exists();
        return zip;
    }

    private static Map<String, Integer> zipModes() throws IOException {
        Map<String, Integer> modes = new TreeMap<>();
        try (ZipFile zip = ZipFile.builder().setPath(zip()).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (!entry.isDirectory()) {
                    modes.put(entry.getName(), entry.getUnixMode());
                }
            }
        }
        return modes;
    }

    private static Map<String, Integer> tarModes() throws IOException {
        Map<String, Integer> modes = new TreeMap<>();
        Path tar = Path.of("target", "estate-audit-" + VERSION + ".tar.gz");
        try (InputStream in = Files.newInputStream(tar);
                TarArchiveInputStream entries = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
            for (TarArchiveEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (!entry.isDirectory()) {
                    modes.put(entry.getName(), entry.getMode());
                }
            }
        }
        return modes;
    }

    /** Unpacks as unzip does: every file with the Unix mode the archive gives it. */
    private static Path unzip(Path archive, Path into) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(into)).as("%s stays in the folder", entry.getName()).isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                Files.setPosixFilePermissions(target, permissions(entry.getUnixMode()));
            }
        }
        return into.resolve(TOP);
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = java.util.EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ ... OTHERS_EXECUTE, high bit first
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (0400 >> i)) != 0) {
                permissions.add(bits[i]);
            }
        }
        return permissions;
    }

    private static Set<Path> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return new java.util.TreeSet<>(all.toList());
        }
    }

    private static void standIn(String name, String body) throws IOException {
        script(onPath.resolve(name), body);
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, permissions(0755));
    }
}
