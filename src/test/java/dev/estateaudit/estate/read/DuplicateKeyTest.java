package dev.estateaudit.estate.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A key written twice in one mapping stops the read, named and placed as Jackson's own duplicate
 * check names and places it; the same key in another mapping, or at another depth, is no duplicate.
 */
class DuplicateKeyTest {

    private static final String ENVIRONMENT = "{\"name\": \"D\", \"role\": \"development\", \"platformVersion\": \"11.30.1\"";

    @TempDir
    Path dir;

    private final EstateLoader loader = new EstateLoader();

    @Test
    void isPlacedJustAfterTheSecondKey() throws IOException {
        Path file = write("estate.json", """
                {
                  "name": "S",
                  "environments": [
                    {"name": "D", "role": "development", "role": "production", "platformVersion": "11.30.1"}
                  ]
                }
                """);
        // the second "role" takes columns 42 to 47 of line 4
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(EstateInputException.class)
                .hasMessage(file + ":4:48: JSON syntax error: Duplicate field 'role'");
        Path yaml = write("estate.yaml", "name: S\nenvironments:\n  - name: D\n    role: development\n    name: E\n");
        assertThatThrownBy(() -> loader.load(yaml)).hasMessage(yaml + ":5:9: YAML syntax error: Duplicate field 'name'");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"name\": \"S\", \"name\": \"T\", \"environments\": [" + ENVIRONMENT + "}]}",
        "{\"name\": \"S\", \"environments\": [" + ENVIRONMENT + ", \"modules\": [{\"name\": \"A\"}, {\"name\": \"B\", \"debugMode\": true,"
                + " \"debugMode\": false}]}]}",
        "{\"name\": \"S\", \"environments\": [" + ENVIRONMENT + ", \"zones\": [{\"name\": \"Z\", \"frontEnds\": [{\"name\": \"f\","
                + " \"n\\u0061me\": \"g\"}]}]}]}",
        "{\"name\": \"S\", \"environments\": [" + ENVIRONMENT + ", \"extra\": {\"n\u00e4m\u00e9\": 1, \"n\u00e4m\u00e9\": 2}}]}",
        "{\"name\": \"S\", \"environments\": [" + ENVIRONMENT + ", \"extra\": [{\"a\": {\"a\": {\"a\": 1}, \"b\": 2, \"a\": 3}}]}]}",
        "{\"environments\": [" + ENVIRONMENT + "}], \"licenses\": {\"production\": 1}, \"name\": \"S\", \"licenses\": {}}",
    })
    void isNamedAndPlacedAsByJacksonsOwnCheck(String json) throws IOException {
        Path file = write("estate.json", json);
        JsonParseException jackson = jacksonsOwnCheck(JsonMapper.builder().build(), file);
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(EstateInputException.class)
                .hasMessageEndingWith(file + ":" + jackson.getLocation().getLineNr() + ":" + jackson.getLocation().getColumnNr()
                        + ": JSON syntax error: " + jackson.getOriginalMessage());
        Path yaml = write("estate.yaml", json); // JSON is YAML too
        JsonParseException jacksonYaml = jacksonsOwnCheck(new YAMLMapper(), yaml);
        assertThatThrownBy(() -> loader.load(yaml)).isInstanceOf(EstateInputException.class)
                .hasMessageEndingWith(yaml + ":" + jacksonYaml.getLocation().getLineNr() + ":" + jacksonYaml.getLocation().getColumnNr()
                        + ": YAML syntax error: " + jacksonYaml.getOriginalMessage());
    }

    @Test
    void problemsBeforeTheDuplicateAreReportedWithIt() throws IOException {
        Path file = write("estate.json", "{\"name\": \"S\", \"environments\": [{\"name\": \"D\", \"role\": \"prodution\", "
                + "\"platformVersion\": \"11.30.1\", \"platformVersion\": \"11.30.1\"}]}");
        assertThatThrownBy(() -> loader.load(file)).hasMessageContaining("environments[0].role: unknown value 'prodution'")
                .hasMessageContaining(":1:114: JSON syntax error: Duplicate field 'platformVersion'");
    }

    @Test
    void theSameKeyInAnotherMappingOrAtAnotherDepthIsNoDuplicate() throws IOException {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            keys.append("\"k").append(i).append("\": {\"k").append(i).append("\": ").append(i).append("}, ");
        }
        Path file = write("estate.json", "{\"name\": \"S\", \"environments\": [" + ENVIRONMENT + ", \"modules\": [{\"name\": \"A\"},"
                + " {\"name\": \"B\", \"references\": [\"A\"]}], \"zones\": [{\"name\": \"A\", \"frontEnds\": [{\"name\": \"A\"}]}]},"
                + " " + ENVIRONMENT.replace("\"D\"", "\"E\"") + "}]}");
        assertThat(loader.load(file).getEnvironments()).hasSize(2);
        Path many = write("many.json", "{\"name\": \"S\", \"environments\": [" + ENVIRONMENT + ", \"extra\": {" + keys
                + "\"name\": {\"name\": {\"name\": 1}}}}]}");
        assertThatThrownBy(() -> loader.load(many)).hasMessageContaining("unknown field 'extra'")
                .hasMessageNotContaining("Duplicate");
    }

    /** Where Jackson's own check (STRICT_DUPLICATE_DETECTION) stops reading the file. */
    private static JsonParseException jacksonsOwnCheck(ObjectMapper mapper, Path file) throws IOException {
        try (JsonParser parser = mapper.createParser(file.toFile())) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            while (parser.nextToken() != null) {
                // reads to the duplicate
            }
        } catch (JsonParseException e) {
            return e;
        }
        throw new AssertionError(file + " has no duplicate key");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
