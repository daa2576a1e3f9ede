package dev.estateaudit.ci;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Linux templates of samples/ci, run: each template's shell steps (GitHub run:, Azure bash: and
 * script:, Jenkins sh), in order, in a temporary repository that holds only an estate file, with
 * the address variable set to a file: URL of the archive this build's {@code mvn package} wrote
 * and the checksum variable to that archive's SHA-256. The steps that call a service's own action
 * or task cannot run here; each test names them.
 *
 * <p>An integration test (failsafe, after package), since it needs the distribution archive.
 */
class CiTemplatesIT {

    private static final Path SAMPLES = Path.of("samples", "ci");

    @TempDir
    Path work;

    static Stream<Arguments> linuxTemplates() {
        return Stream.of(
                Arguments.of(new CiTemplate.Github(SAMPLES.resolve("github-actions-linux.yml")), List.of(
                        "actions/checkout@v4", "actions/setup-java@v4", "actions/cache@v4",
                        "github/codeql-action/upload-sarif@v3", "actions/upload-artifact@v4")),
                Arguments.of(new CiTemplate.Azure(SAMPLES.resolve("azure-pipelines-linux.yml")), List.of(
                        "checkout: self", "task: Cache@2", "task: PublishTestResults@2", "task: AdvancedSecurity-Publish@1",
                        "task: PublishPipelineArtifact@1")),
                Arguments.of(new CiTemplate.Jenkins(SAMPLES.resolve("Jenkinsfile"), "sh"), List.of(
                        "junit", "archiveArtifacts")));
    }

    /** The version failsafe passes, the one mvn package wrote the distribution of. */
    static String version() {
        String version = System.getProperty("distribution.version");
        assertThat(version).as("the build passes distribution.version to this test (failsafe's systemPropertyVariables)").isNotBlank();
        return version;
    }

    /** The .tar.gz that mvn package wrote for this version. */
    static Path archive() {
        Path archive = Path.of("target", "estate-audit-" + version() + ".tar.gz").toAbsolutePath();
        assertThat(archive).as("mvn package writes the distribution before the integration tests").isRegularFile();
        return archive;
    }

    static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The value a team pins: the first word of the .sha256 file mvn package writes beside the
     * archive, checked here against the archive's own digest and sha256sum's form.
     */
    static String publishedChecksum(Path archive) throws IOException {
        String line = Files.readString(archive.resolveSibling(archive.getFileName() + ".sha256"));
        String digest = sha256(archive);
        assertThat(line).as("sha256sum's form: the digest, two spaces, the file name")
                .isEqualTo(digest + "  " + archive.getFileName() + "\n");
        return line.substring(0, 64);
    }

    /** A repository holding only the estate file the template names (estate.yaml), with that sample's content. */
    private Path repository(String name, String sample) throws IOException {
        Path repository = Files.createDirectories(work.resolve(name));
        Files.copy(Path.of("samples", sample), repository.resolve("estate.yaml"));
        return repository;
    }

    private static TemplateRun run(CiTemplate template, Path repository, Path machine, Map<String, String> overrides)
            throws IOException, InterruptedException {
        Map<String, String> env = new LinkedHashMap<>(template.environment(repository, machine, overrides));
        // the launcher's start-up archive is its own concern (the distribution's tests); made on every
        // fresh machine here it would only cost time
        env.put("ESTATE_AUDIT_CDS", "0");
        return TemplateRun.of(template.steps(env), repository, env);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("linuxTemplates")
    void theLinuxStepsFetchCheckAndRunThePinnedDistribution(CiTemplate template, List<String> serviceSteps) throws Exception {
        Path archive = archive();
        String checksum = publishedChecksum(archive);
        Path machine = Files.createDirectories(work.resolve("machine"));
        Map<String, String> pinned = Map.of("ESTATE_AUDIT_URL", archive.toUri().toString(), "ESTATE_AUDIT_SHA256", checksum);
        assertThat(template.variables()).as("the template defines the two variables the test sets")
                .containsKeys("ESTATE_AUDIT_URL", "ESTATE_AUDIT_SHA256").containsEntry("ESTATE", "estate.yaml");

        // 1. an estate whose gate fails: the audit step fails with estate-audit's exit code, its findings annotated
        Path failing = repository("failing", "acme-factory-11.yaml");
        TemplateRun first = run(template, failing, machine, pinned);
        assertThat(first.skipped).as("the service's own actions and tasks, not run here").containsExactlyElementsOf(serviceSteps);
        List<TemplateRun.Outcome> shellSteps = first.outcomes;
        assertThat(shellSteps).as(first.toString()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(shellSteps.get(0).exitCode()).as("the fetch step\n%s", first).isZero();
        assertThat(shellSteps.get(0).out() + shellSteps.get(0).err()).contains("estate-audit " + version());
        TemplateRun.Outcome audit = shellSteps.get(1);
        assertThat(audit.exitCode()).as("the audit step exits with estate-audit's gate\n%s", first).isEqualTo(1);
        assertFindingsReported(template, failing, machine, audit);

        // 2. the same machine again, the address now pointing nowhere: the cached archive serves, still checked
        Path passing = repository("passing", "clean-estate.yaml");
        Map<String, String> gone = Map.of("ESTATE_AUDIT_URL", work.resolve("moved-away.tar.gz").toUri().toString(),
                "ESTATE_AUDIT_SHA256", checksum);
        TemplateRun second = run(template, passing, machine, gone);
        assertThat(second.outcomes).as(second.toString()).isNotEmpty().allMatch(o -> o.exitCode() == 0);
        assertThat(second.outcomes.get(0).out()).doesNotContain("Downloading");

        // 3. a fresh machine and a wrong checksum: the fetch step stops the job before estate-audit runs
        Path tampered = repository("tampered", "clean-estate.yaml");
        Map<String, String> wrong = Map.of("ESTATE_AUDIT_URL", archive.toUri().toString(), "ESTATE_AUDIT_SHA256", "0".repeat(64));
        TemplateRun third = run(template, tampered, Files.createDirectories(work.resolve("other-machine")), wrong);
        assertThat(third.outcomes).as(third.toString()).hasSize(1);
        assertThat(third.outcomes.get(0).exitCode()).isNotZero();
        assertThat(third.outcomes.get(0).out() + third.outcomes.get(0).err())
                .contains("checksum mismatch: ESTATE_AUDIT_SHA256 is " + "0".repeat(64) + ", the file at ESTATE_AUDIT_URL has " + checksum);
        try (Stream<Path> left = Files.list(tampered)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("nothing but the estate: no report").containsExactly("estate.yaml");
        }
    }

    /** Each service's own way: annotations or issues in the audit step's output, and the reports its later steps publish. */
    private static void assertFindingsReported(CiTemplate template, Path repository, Path machine, TemplateRun.Outcome audit)
            throws IOException {
        if (template instanceof CiTemplate.Github) {
            assertThat(audit.out()).contains("::error file=estate.yaml,line=").contains("::warning file=estate.yaml,line=");
            assertThat(repository.resolve("reports/estate-audit.sarif")).isNotEmptyFile();
            assertThat(repository.resolve("reports/estate-audit.html")).isNotEmptyFile();
            assertThat(machine.resolve("runner-files/step-summary.md")).as("the job summary step ran after the failure")
                    .content().startsWith("## ❌ estate-audit: ACME Factory");
        } else if (template instanceof CiTemplate.Azure) {
            String estate = repository.resolve("estate.yaml").toString();
            assertThat(audit.out()).contains("##vso[task.logissue type=error;sourcepath=" + estate + ";linenumber=")
                    .contains("##[group]The text report").contains("Summary: ");
            Path reports = machine.resolve("pipeline/a/estate-audit");
            assertThat(reports.resolve("estate-audit.xml")).content().contains("<testsuites name=\"estate-audit: ACME Factory\"");
            assertThat(reports.resolve("sarif/estate-audit.sarif")).content()
                    .contains("azuredevops/pipeline/build/contoso/");
            assertThat(reports.resolve("estate-audit.html")).isNotEmptyFile();
        } else {
            assertThat(audit.out()).contains("Summary: ").contains("FAILED");
            assertThat(repository.resolve("reports/estate-audit.xml")).content().contains("<testsuites name=\"estate-audit: ACME Factory\"");
            assertThat(repository.resolve("reports/estate-audit.sarif")).isNotEmptyFile();
            assertThat(repository.resolve("reports/estate-audit.html")).isNotEmptyFile();
        }
    }
}
