package dev.estateaudit.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.estateaudit.cli.CliRun;
import dev.estateaudit.cli.ExitCodes;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.importer.FakeLifeTime.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LifeTime answers estate-audit cannot trust (issue 29): an environment's Key goes into the
 * deployment-zones call as one path segment (item 15), so a hostile Key cannot send the token to
 * another path of the host, and one LifeTime would never give (a control character) is refused
 * before any call carries it; NumberOfFrontEnds and Order that are not whole numbers are left out
 * with a warning naming the environment and the field, and a comment asking the overlay (item 24),
 * so the checks that need them are not evaluated rather than judged on a guess.
 */
class LifeTimeAnswerHardeningTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    FakeLifeTime lifetime;
    Path output;

    @BeforeEach
    void start() throws IOException {
        lifetime = FakeLifeTime.http();
        output = dir.resolve("import.yaml");
    }

    @AfterEach
    void stop() {
        lifetime.close();
    }

    private CliRun importing(String key) {
        ArrayNode environments = JSON.createArrayNode();
        ObjectNode record = environments.addObject();
        record.put("Key", key).put("Name", "Production").put("OSVersion", "11.26.0").put("Order", 0)
                .put("EnvironmentType", "Production").put("NumberOfFrontEnds", 2);
        lifetime.answer("/environments/", Reply.ok(environments.toString()));
        return CliRun.with(LifeTimeImportTest.ENVIRONMENT, "import", "lifetime", "--url", lifetime.url(), "--output", output.toString(),
                "--as-of", LifeTimeImportTest.AS_OF, "--retry-delay-ms", "1");
    }

    @Test
    void aKeyThatLooksLikeAnotherPathStaysOneSegment() {
        lifetime.answer("/environments/..%2F..%2F..%2F..%2Fadmin%2Fsecret%3Fx%3D/deploymentzones/", Reply.ok("[]"));

        CliRun run = importing("../../../../admin/secret?x=");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(lifetime.seen()).extracting(FakeLifeTime.Seen::call)
                .containsExactly("/environments/", "/environments/..%2F..%2F..%2F..%2Fadmin%2Fsecret%3Fx%3D/deploymentzones/");
        assertThat(lifetime.seen()).extracting(FakeLifeTime.Seen::call).noneMatch(call -> call.contains("admin/"));
    }

    @Test
    void aKeyWithASpaceOrNonAsciiLettersIsEncoded() {
        lifetime.answer("/environments/prod%20key%C3%A9/deploymentzones/", Reply.ok("[]"));

        CliRun run = importing("prod key\u00e9");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(lifetime.seen()).extracting(FakeLifeTime.Seen::call).contains("/environments/prod%20key%C3%A9/deploymentzones/");
        assertThat(output).exists();
    }

    @Test
    void aKeyWithALineBreakIsRefusedBeforeAnyCallCarriesIt() {
        CliRun run = importing("prod\r\nX-Injected: 1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("the Key of environment 'Production' holds a control character at position 5")
                .contains("prod\\x0D\\x0AX-Injected: 1").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(lifetime.seen()).extracting(FakeLifeTime.Seen::call).containsExactly("/environments/");
        assertThat(output).doesNotExist();
    }

    @Test
    void aKeyOfDotsCannotNameTheEnvironment() {
        CliRun run = importing("..");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("environment 'Production' has the Key '..', which cannot name it in a call");
        assertThat(lifetime.seen()).extracting(FakeLifeTime.Seen::call).containsExactly("/environments/");
        assertThat(output).doesNotExist();
    }

    @Test
    void theSameKeyFromSavedAnswersIsRefusedToo(@TempDir Path artifacts) throws IOException {
        Files.writeString(artifacts.resolve(PipelineArtifacts.ENVIRONMENTS), "[{\"Key\": \"a\\u0000b\", \"Name\": \"Production\", "
                + "\"OSVersion\": \"11.26.0\", \"EnvironmentType\": \"Production\"}]");

        CliRun run = CliRun.of("import", "pipeline-artifacts", artifacts.toString(), "--output", output.toString(),
                "--as-of", LifeTimeImportTest.AS_OF);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("holds a control character at position 2").contains("'a\\x00b'");
        assertThat(output).doesNotExist();
    }

    @Test
    void aNumberThatIsNotAWholeNumberIsLeftOutWithAWarningAndAComment() throws IOException {
        answerWithOddNumbers();
        CliRun run = CliRun.with(LifeTimeImportTest.ENVIRONMENT, "import", "lifetime", "--url", lifetime.url(),
                "--output", output.toString(), "--as-of", LifeTimeImportTest.AS_OF);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err())
                .contains("warning: environment 'Negative': LifeTime gives NumberOfFrontEnds '-1', which is not a whole number of 0 or more; frontEndCount is left out")
                .contains("warning: environment 'Huge': LifeTime gives NumberOfFrontEnds '1099511627776'")
                .contains("warning: environment 'Text': LifeTime gives NumberOfFrontEnds '\"2\"'")
                .contains("warning: environment 'Half': LifeTime gives Order '1.5', which is not a whole number; order is left out")
                .doesNotContain("Exception");
        String file = Files.readString(output);
        assertThat(file).contains("# frontEndCount: LifeTime gives NumberOfFrontEnds '-1', not a whole number of 0 or more: give frontEndCount in the overlay")
                .contains("# order: LifeTime gives Order '1.5', not a whole number: give order in the overlay");

        Estate estate = new EstateLoader().load(output);
        assertThat(estate.getEnvironments()).filteredOn(e -> !e.getName().equals("Half"))
                .extracting(EstateEnvironment::getFrontEndCount).containsOnlyNulls();
        EstateEnvironment half = estate.getEnvironments().stream().filter(e -> e.getName().equals("Half")).findFirst().orElseThrow();
        assertThat(half.getOrder()).isNull();
        assertThat(half.getFrontEndCount()).as("its whole NumberOfFrontEnds is kept").isEqualTo(2);
    }

    /** NumberOfFrontEnds and Order as LifeTime documents them never (int32 whole numbers). */
    private void answerWithOddNumbers() {
        lifetime.answer("/environments/", Reply.ok("""
                [{"Key": "k-neg", "Name": "Negative", "OSVersion": "11.26.0", "Order": 0, "EnvironmentType": "Development", "NumberOfFrontEnds": -1},
                 {"Key": "k-big", "Name": "Huge", "OSVersion": "11.26.0", "Order": 1, "EnvironmentType": "Test", "NumberOfFrontEnds": 1099511627776},
                 {"Key": "k-text", "Name": "Text", "OSVersion": "11.26.0", "Order": 2, "EnvironmentType": "Test", "NumberOfFrontEnds": "2"},
                 {"Key": "k-half", "Name": "Half", "OSVersion": "11.26.0", "Order": 1.5, "EnvironmentType": "Production", "NumberOfFrontEnds": 2}]
                """));
        for (String key : new String[] {"k-neg", "k-big", "k-text", "k-half"}) {
            lifetime.answer("/environments/" + key + "/deploymentzones/", Reply.noContent());
        }
    }
}
