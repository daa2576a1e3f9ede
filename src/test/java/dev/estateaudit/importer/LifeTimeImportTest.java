package dev.estateaudit.importer;

import static org.assertj.core.api.Assertions.assertThat;
import dev.estateaudit.cli.CliRun;
import dev.estateaudit.cli.ExitCodes;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.estate.LifeTime;
import dev.estateaudit.importer.FakeLifeTime.Keys;
import dev.estateaudit.importer.FakeLifeTime.Reply;
import dev.estateaudit.util.ToolVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import lifetime} against a LifeTime API served on the loopback address. */
class LifeTimeImportTest {

    static final String TOKEN = "lt-token-5f0c9a7e-SECRET-d41d8cd98f00b204";
    static final String AS_OF = "2026-11-22T08:00:00Z";
    static final Map<String, String> ENVIRONMENT = Map.of(LifeTimeToken.ENVIRONMENT_VARIABLE, TOKEN);

    @TempDir
    Path dir;

    FakeLifeTime lifetime;
    Path output;

    @BeforeEach
    void start() throws IOException {
        lifetime = FakeLifeTime.http().withExampleEstate();
        output = dir.resolve("import.yaml");
    }

    @AfterEach
    void stop() {
        lifetime.close();
    }

    CliRun importing(String... extra) {
        List<String> args = new ArrayList<>(List.of("import", "lifetime", "--url", lifetime.url(), "--modules",
                "--output", output.toString(), "--as-of", AS_OF, "--name", "ACME", "--retry-delay-ms", "1"));
        args.addAll(List.of(extra));
        return CliRun.with(ENVIRONMENT, args.toArray(String[]::new));
    }

    @Test
    void writesTheDocumentedMappingWithItsComments() throws IOException {
        CliRun run = importing("--lifetime-platform-version", "11.26.0");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        String expected = FakeLifeTime.resource("expected-import.yaml").replace("http://LIFETIME", lifetime.url())
                .replace("estate-audit VERSION", "estate-audit " + ToolVersion.get());
        assertThat(Files.readString(output)).isEqualTo(expected);
        assertThat(run.out()).isEmpty();
        if (Files.getFileStore(output).supportsFileAttributeView("posix")) {
            // a new file as any other: what the umask gives it (rw-r--r-- under the usual 022)
            Path probe = Files.createFile(output.resolveSibling("umask-probe"));
            assertThat(Files.getPosixFilePermissions(output)).as("an estate file is shared like any inventory")
                    .isEqualTo(Files.getPosixFilePermissions(probe));
        }
        assertThat(run.err()).contains("warning: environment 'Quality Assurance' is offline in LifeTime")
                .contains("imported 4 environments and 5 modules into " + output);
        assertThat(lifetime.seen()).allSatisfy(seen -> assertThat(seen.authorization()).isEqualTo("Bearer " + TOKEN));
        assertThat(lifetime.seen()).extracting(FakeLifeTime.Seen::call).contains("/environments/",
                "/environments/" + Keys.PRODUCTION + "/deploymentzones/", "/applications/", "/modules/?IncludeEnvStatus=true");
        assertNoTokenIn(run);
    }

    @Test
    void theFileLoadsAsAnEstateWithTheMappedFields() {
        assertThat(importing().exitCode()).isEqualTo(ExitCodes.OK);

        Estate estate = new EstateLoader().load(output);
        assertThat(estate.getLifetime()).as("no lifetime block without --lifetime-platform-version").isNull();
        assertThat(estate.getEnvironments()).extracting(e -> e.getName() + "/" + e.getRole() + "/" + e.getOrder())
                .containsExactly("Development/development/0", "Testing/quality/1", "Quality Assurance/quality/2",
                        "Production/production/3");
        var production = estate.getEnvironments().get(3);
        assertThat(production.getZones()).as("zones without known front ends are never written").isEmpty();
        assertThat(production.getFrontEndCount()).isEqualTo(3);
        assertThat(production.getDatabaseProvider()).hasToString("SQLServer");
        assertThat(estate.getEnvironments().get(1).getHosting()).hasToString("cloud");
        assertThat(production.getModules()).extracting(m -> m.getName() + "/" + m.getKind() + "/" + m.getApplication()
                        + "/" + m.getConsistencyStatus())
                .containsExactly("EmployeeBackoffice/espace/EmployeeBackoffice/Consumer Module Outdated",
                        "GoogleMapsExtension/extension/Google Maps Web/OK",
                        "GoogleMapsWeb/espace/Google Maps Web/null");
    }

    @Test
    void theFileFollowsTheEstateSchema() throws IOException {
        assertThat(importing("--lifetime-platform-version", "11.26.0").exitCode()).isEqualTo(ExitCodes.OK);

        var schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(com.networknt.schema.SchemaLocation.of(Path.of("schema/estate.schema.json").toAbsolutePath().toUri().toString()));
        assertThat(schema.validate(new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(output.toFile()))).isEmpty();
    }

    @Test
    void drawsNoProgressBarWhenStandardErrorIsNotATerminal() {
        CliRun run = importing();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).doesNotContain("Reading LifeTime").doesNotContain("\r");
        assertThat(ImportProgress.onTerminal("test")).as("tests run without a terminal")
                .isNotInstanceOf(ImportProgress.Bar.class);
    }

    @Test
    void theHeaderSaysWhatTheOverlayMustProvide() throws IOException {
        assertThat(importing().exitCode()).isEqualTo(ExitCodes.OK);

        String text = Files.readString(output);
        assertThat(text).contains("# Source: the LifeTime Deployment API v2 at " + lifetime.url() + "/lifetimeapi/rest/v2")
                .contains("# Imported at: " + AS_OF)
                .contains("give lifetime.platformVersion")
                .contains("pre-production environment is imported as quality")
                .doesNotContain("\nlifetime:");
    }

    @Test
    void withoutModulesNoModuleCallIsMade() throws IOException {
        CliRun run = CliRun.with(ENVIRONMENT, "import", "lifetime", "--url", lifetime.url(), "--as-of", AS_OF);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("# Estate file imported by estate-audit").contains("modules: not imported")
                .doesNotContain("    modules:");
        assertThat(lifetime.seen()).extracting(FakeLifeTime.Seen::call)
                .doesNotContain("/applications/", "/modules/?IncludeEnvStatus=true");
        assertThat(new EstateLoader().loadText("stdout.yaml", run.out()).getName()).isEqualTo("LifeTime 127.0.0.1");
    }

    @Test
    void sameAnswersGiveTheSameBytes() throws IOException {
        assertThat(importing().exitCode()).isEqualTo(ExitCodes.OK);
        String first = Files.readString(output);
        assertThat(importing().exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(output)).isEqualTo(first).doesNotContain("\r");
    }

    @Test
    void triesAgainAfterA503() throws IOException {
        lifetime.answer("/environments/", Reply.status(503, "Service Unavailable"),
                Reply.ok(FakeLifeTime.resource("environments.json")));

        CliRun run = importing();

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(lifetime.count("/environments/")).isEqualTo(2);
        assertThat(new EstateLoader().load(output).getEnvironments()).hasSize(4);
    }

    @Test
    void aTokenLifeTimeRefusesStopsTheImport() {
        lifetime.answer("/environments/", Reply.status(401, ""));

        CliRun run = importing();

        assertFailed(run, "GET /environments/ on 127.0.0.1: 401 Unauthorized: LifeTime refused the token");
        assertThat(run.err()).contains("Service Accounts");
    }

    @Test
    void aForbiddenCallNamesThePermission() {
        lifetime.answer("/modules/?IncludeEnvStatus=true", Reply.status(403,
                "{\"Errors\": [\"The user does not have the required permissions.\"], \"StatusCode\": 403}"));

        CliRun run = importing();

        assertFailed(run, "GET /modules/?IncludeEnvStatus=true on 127.0.0.1: 403 Forbidden: the service account's role "
                + "needs at least the 'Monitor and Add Dependencies' permission level");
        assertThat(run.err()).contains("LifeTime says: The user does not have the required permissions.");
    }

    @Test
    void aZoneCallForbiddenForLackOfPermissionIsAFailureUnlikeAnUnlicensedFeature() {
        lifetime.answer("/environments/" + Keys.PRODUCTION + "/deploymentzones/", Reply.status(403,
                "{\"Errors\": [\"The user does not have the required permissions.\"], \"StatusCode\": 403}"));

        assertFailed(importing(), "GET /environments/" + Keys.PRODUCTION + "/deploymentzones/ on 127.0.0.1: 403 Forbidden");
    }

    @Test
    void anotherStatusNamesTheCallAndTheStatus() {
        lifetime.answer("/applications/", Reply.status(500,
                "{\"Errors\": [\"Failed to list the applications.\"], \"StatusCode\": 500}"));

        assertFailed(importing(), "GET /applications/ on 127.0.0.1: LifeTime answered HTTP 500 (LifeTime says: "
                + "Failed to list the applications.)");
    }

    @Test
    void aBusyServerFailsAfterThreeTries() {
        lifetime.answer("/applications/", Reply.status(502, "Bad Gateway"));

        assertFailed(importing(), "GET /applications/ on 127.0.0.1: LifeTime answered HTTP 502");
        assertThat(lifetime.count("/applications/")).isEqualTo(3);
    }

    @Test
    void anAnswerSlowerThanTheTimeoutFailsAfterThreeTries() {
        lifetime.answer("/environments/", Reply.ok("[]").after(2_000));

        CliRun run = importing("--timeout", "0.25");

        assertFailed(run, "GET /environments/ on 127.0.0.1: no answer within 0.25 s (tried 3 times); raise --timeout");
        assertThat(lifetime.count("/environments/")).isEqualTo(3);
    }

    @Test
    void malformedJsonIsReported() {
        lifetime.answer("/environments/", Reply.ok("[{\"Key\": \"f3582e43\", \"Name\": \"Development\",]"));

        assertFailed(importing(), "GET /environments/ on 127.0.0.1: LifeTime answered 200 but the body is not valid "
                + "JSON (line 1, column 44)");
    }

    @Test
    void aServerEchoingTheTokenNeverGetsItPrinted() {
        lifetime.answer("/environments/", Reply.status(400,
                "{\"Errors\": [\"Invalid header: Bearer " + TOKEN + "\"], \"StatusCode\": 400}"));

        CliRun run = importing();

        assertFailed(run, "LifeTime answered HTTP 400 (LifeTime says: Invalid header: Bearer [token hidden])");
    }

    @Test
    void twoEnvironmentsWithOneNameAreAFailure() {
        lifetime.answer("/environments/", Reply.ok(FakeLifeTime.resource("environments.json")
                .replace("\"Name\": \"Testing\"", "\"Name\": \"Production\"")));

        assertFailed(importing(), "LifeTime lists two environments named 'Production'");
    }

    @Test
    void noEnvironmentsAtAllIsAFailure() {
        lifetime.answer("/environments/", Reply.noContent());

        assertFailed(importing(), "LifeTime lists no usable environment");
    }

    @Test
    void noTokenIsAUsageError() {
        CliRun run = CliRun.with(Map.of(), "import", "lifetime", "--url", lifetime.url(), "--output", output.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("estate-audit: no LifeTime token: pass --token-file FILE or set "
                + "ESTATE_AUDIT_LIFETIME_TOKEN (the token of a LifeTime service account; it is never taken as an argument)\n");
        assertThat(output).doesNotExist();
        assertThat(lifetime.seen()).isEmpty();
    }

    @Test
    void theTokenFileIsReadAndTrimmed() throws IOException {
        Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN + "\n");

        CliRun run = CliRun.with(Map.of(), "import", "lifetime", "--url", lifetime.url(), "--token-file",
                tokenFile.toString(), "--output", output.toString(), "--as-of", AS_OF);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(lifetime.seen()).allSatisfy(seen -> assertThat(seen.authorization()).isEqualTo("Bearer " + TOKEN));
        assertNoTokenIn(run);
    }

    @Test
    void plainHttpIsRefusedBeyondThisMachine() {
        CliRun run = CliRun.with(ENVIRONMENT, "import", "lifetime", "--url", "http://lifetime.example.com",
                "--output", output.toString());

        assertFailed(run, "--url: LifeTime must be reached over https");
    }

    @Test
    void credentialsTypedIntoTheUrlAreNeitherSentNorWritten() throws IOException {
        String url = lifetime.url().replace("://", "://admin:hunter2@");

        CliRun run = CliRun.with(ENVIRONMENT, "import", "lifetime", "--url", url, "--output", output.toString(),
                "--as-of", AS_OF);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(output) + run.err()).doesNotContain("hunter2").doesNotContain("admin");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertFailed(importing("--lifetime-platform-version", "eleven"), "--lifetime-platform-version: 'eleven' is not a version");
        assertFailed(CliRun.with(ENVIRONMENT, "import", "lifetime", "--url", lifetime.url(), "--as-of", "yesterday"),
                "--as-of: 'yesterday' is not a time");
        assertFailed(CliRun.with(ENVIRONMENT, "import", "lifetime", "--url", lifetime.url(), "--output",
                dir.resolve("estate.json").toString()), "--output: the estate file is YAML");
        assertThat(lifetime.seen()).isEmpty();
    }

    @Test
    void importWithoutASourceSaysWhichOnesExist() {
        CliRun run = CliRun.of("import");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("a source is required: 'import lifetime --url https://HOST' or "
                + "'import pipeline-artifacts DIR'");
    }

    /** One clear message, exit 2, no file, no stack trace and no token anywhere. */
    void assertFailed(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("estate-audit: ").contains(message).doesNotContain("\tat ")
                .doesNotContain("Exception");
        assertThat(run.err().lines().filter(l -> l.startsWith("estate-audit: ") && !l.contains("warning:")))
                .as("one message").hasSize(1);
        assertThat(run.out()).isEmpty();
        assertThat(output).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().contains("import.yaml"))).as("no partial file").isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertNoTokenIn(run);
    }

    void assertNoTokenIn(CliRun run) {
        assertThat(run.out()).doesNotContain(TOKEN).doesNotContain("SECRET");
        assertThat(run.err()).doesNotContain(TOKEN).doesNotContain("SECRET");
        if (Files.exists(output)) {
            try {
                assertThat(Files.readString(output)).doesNotContain(TOKEN).doesNotContain("SECRET");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}
