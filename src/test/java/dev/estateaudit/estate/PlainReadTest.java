package dev.estateaudit.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.bench.EstateGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plain read binds a good file to exactly what the tolerant read binds (every field, every
 * position), and gives up, rather than guess, on anything else; the tolerant read then words it.
 */
class PlainReadTest {

    private static final String MODULE = "{\"name\": \"Orders_CS\", \"kind\": \"extension\", \"application\": \"Orders\", "
            + "\"debugMode\": true, \"publishedWith\": \"11.30.1\", \"lastPublished\": \"2026-10-01T12:00:00Z\", "
            + "\"references\": [\"Common_CS\", \"Common_CS\"], \"errorsLast7Days\": 3, \"consistencyStatus\": \"OK\"}";

    private static String estateWith(String module) {
        return "{\"name\": \"Plain\", \"environments\": [{\"name\": \"Dev\", \"role\": \"development\", "
                + "\"platformVersion\": \"11.30.1\", \"modules\": [" + MODULE + ", " + module + "]}]}";
    }

    static Stream<Path> samples() throws IOException {
        return Files.list(Path.of("samples")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleIsReadPlainlyToWhatTheTolerantReadGives(Path sample) throws IOException {
        assertSameAsTolerant(sample.getFileName().toString(), Files.readString(sample));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aGeneratedEstateIsReadPlainlyToWhatTheTolerantReadGives(boolean json) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EstateGenerator(12, 40, 7).write(out, json);
        assertSameAsTolerant(json ? "generated.json" : "generated.yaml", out.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": \"A\"}", "{}", "{\"name\": \"A\", \"references\": []}",
        "{\"name\": \"A\", \"publishedWith\": 11}", "{\"name\": 12, \"errorsLast7Days\": \"4\"}",
        "{\"name\": \"A\", \"debugMode\": \"true\", \"kind\": \"ESPACE\"}",
        "{\"name\": \"A\", \"lastPublished\": \"2026-10-01T14:00:00+02:00\"}"})
    void modulesOfEveryPlainShapeAgree(String module) throws IOException {
        assertSameAsTolerant("plain.json", estateWith(module));
    }

    /**
     * A field added to the module model but not to {@link ModuleBinding} would send every file to
     * the tolerant read, twice the work and no test would notice: the module above has every field
     * Jackson binds, and is read plainly.
     */
    @Test
    void theModuleReadPlainlyHasEveryFieldJacksonBindsOnAModule() throws IOException {
        ObjectMapper mapper = EstateMapper.json();
        var description = mapper.getDeserializationConfig().introspect(mapper.constructType(EstateModule.class));
        java.util.Set<String> bound = new java.util.TreeSet<>();
        description.findProperties().stream().filter(p -> p.hasSetter() || p.hasField()).forEach(p -> bound.add(p.getName()));
        java.util.Set<String> written = new java.util.TreeSet<>();
        mapper.readTree(MODULE).fieldNames().forEachRemaining(written::add);

        assertThat(written).isEqualTo(bound);
        assertThat(plain("module.json", estateWith("{\"name\": \"B\"}"))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": \"A\", \"name\": \"B\"}", "{\"name\": \"A\", \"debugMode\": null}",
        "{\"name\": \"A\", \"environment\": \"Prod\"}", "{\"name\": \"A\", \"colour\": \"red\"}",
        "{\"name\": \"A\", \"references\": [null]}", "{\"name\": \"A\", \"references\": \"Common_CS\"}",
        "{\"name\": \"A\", \"errorsLast7Days\": 1.5}", "{\"name\": \"A\", \"publishedWith\": \"eleven\"}",
        "{\"name\": {\"first\": \"A\"}}", "\"A\""})
    void anythingElseIsLeftToTheTolerantRead(String module) throws IOException {
        String text = estateWith(module);
        assertThat(plain("odd.json", text)).isNull();
    }

    @Test
    void aKeyWrittenTwiceAnywhereIsLeftToTheTolerantRead() throws IOException {
        String twice = "{\"name\": \"Plain\", \"name\": \"Again\", \"environments\": []}";
        assertThat(plain("twice.json", twice)).isNull();
        assertThatThrownBy(() -> new EstateLoader().loadText("twice.json", twice))
                .isInstanceOf(EstateInputException.class)
                .hasMessage("twice.json:1:25: JSON syntax error: Duplicate field 'name'");
        StringBuilder wide = new StringBuilder("{\"name\": \"Plain\", \"environments\": [], \"upgrade\": {");
        for (int i = 0; i < 40; i++) {
            wide.append("\"f").append(i).append("\": 1, ");
        }
        assertThat(plain("wide.json", wide.append("\"f3\": 2}}").toString())).isNull();
    }

    private static void assertSameAsTolerant(String name, String text) throws IOException {
        Estate plain = plain(name, text);
        assertThat(plain).as("read plainly").isNotNull();
        assertThat(plain).usingRecursiveComparison().isEqualTo(tolerant(name, text));
    }

    private static ObjectMapper mapper(String name) {
        return name.endsWith(".json") ? EstateMapper.json() : EstateMapper.yaml();
    }

    private static Estate plain(String name, String text) throws IOException {
        ObjectMapper mapper = mapper(name);
        return PlainRead.read(mapper, mapper.createParser(new StringReader(text)), name);
    }

    /** What the loader's tolerant read binds, problems collected. */
    private static Estate tolerant(String name, String text) throws IOException {
        ObjectMapper mapper = mapper(name);
        EstateProblems problems = new EstateProblems();
        problems.file(name);
        try (var parser = new InputLimits(mapper.createParser(new StringReader(text)))) {
            parser.nextToken();
            Estate estate = mapper.readerFor(Estate.class)
                    .withAttribute(EstateMapper.SOURCE_ATTRIBUTE, name)
                    .withAttribute(EstateMapper.SHARED_VALUES_ATTRIBUTE, new SharedValues())
                    .withAttribute(TolerantBinding.PROBLEMS_ATTRIBUTE, problems)
                    .readValue(parser);
            assertThat(problems.isEmpty()).as("a good file").isTrue();
            return estate;
        }
    }
}
