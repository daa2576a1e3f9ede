package dev.estateaudit.estate.read.guard;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The hardened reading of a small file someone else may write (a waiver file, a config, a
 * baseline): SnakeYAML in linear time, duplicate keys refused, and every token through
 * {@link InputLimits} (lengths, nesting, aliases). Readers take values as trees from it and check
 * them in their own words.
 */
public final class GuardedMappers {

    private GuardedMappers() {
    }

    private static final class Yaml {
        static final ObjectMapper MAPPER = strict(YAMLMapper.builder(new LinearYamlFactory(YAMLFactory.builder()
                .loaderOptions(limits()))).build());
    }

    private static final class Json {
        static final ObjectMapper MAPPER = strict(JsonMapper.builder(JsonFactory.builder().streamReadConstraints(
                StreamReadConstraints.builder().maxDocumentLength(InputLimits.MAX_DOCUMENT)
                        .maxStringLength(InputLimits.MAX_DOCUMENT).build()).build()).build());
    }

    private static org.yaml.snakeyaml.LoaderOptions limits() {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setCodePointLimit(InputLimits.MAX_DOCUMENT);
        return options;
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        return mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    }

    /** JSON for a name ending in .json, else YAML. */
    public static ObjectMapper forName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? Json.MAPPER : Yaml.MAPPER;
    }

    public static ObjectMapper yaml() {
        return Yaml.MAPPER;
    }

    public static ObjectMapper json() {
        return Json.MAPPER;
    }

    /**
     * A parser over a file's bytes whose every token is checked by {@link InputLimits}: YAML in
     * UTF-8, or UTF-16 or UTF-32 with a byte order mark, bytes that are not text refused at their line.
     */
    public static JsonParser open(ObjectMapper mapper, Path file) throws IOException {
        return new InputLimits(mapper.createParser(Files.newInputStream(file)));
    }

    /** A parser over {@code reader} whose every token is checked by {@link InputLimits}. */
    public static JsonParser open(ObjectMapper mapper, Reader reader) throws IOException {
        return new InputLimits(mapper.createParser(reader));
    }
}
