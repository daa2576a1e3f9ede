package dev.estateaudit.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.estateaudit.estate.read.EstateInputException;
import dev.estateaudit.util.Suggestions;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code estate-audit.yaml}: defaults for {@code check}'s options, so a team writes its gate once
 * (docs/configuration.md). Keys are the option names without dashes in front; a key given on the
 * command line wins. Unknown keys and wrong types are errors naming the file and line. Relative
 * paths are taken from the config file's folder, not from wherever the command runs.
 */
public final class ConfigFile {

    /** The file looked for in the working directory when --config is not given. */
    public static final String DEFAULT_NAME = "estate-audit.yaml";

    /** Built on first use: most runs have no config file, and a mapper costs start-up time. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    private static final Map<String, TypeReference<?>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("rules", new TypeReference<List<String>>() { });
        KEYS.put("fail-on", new TypeReference<String>() { });
        KEYS.put("fail-on-not-evaluated", new TypeReference<Boolean>() { });
        KEYS.put("gate", new TypeReference<String>() { });
        KEYS.put("waivers", new TypeReference<String>() { });
        KEYS.put("waiver-warning-days", new TypeReference<Integer>() { });
        KEYS.put("baseline", new TypeReference<String>() { });
        KEYS.put("only", new TypeReference<List<String>>() { });
        KEYS.put("skip", new TypeReference<List<String>>() { });
        KEYS.put("outputs", new TypeReference<List<Output>>() { });
        KEYS.put("sarif-root", new TypeReference<String>() { });
        KEYS.put("sarif-max-results", new TypeReference<Integer>() { });
        KEYS.put("as-of", new TypeReference<String>() { });
        KEYS.put("knowledge", new TypeReference<String>() { });
    }

    /** One report to write: a format, and a file (none = standard output). */
    public record Output(String format, String output) {
    }

    private record Value(Object value, int line) {
    }

    private final Path file;
    private final Map<String, Value> values;

    private ConfigFile(Path file, Map<String, Value> values) {
        this.file = file;
        this.values = values;
    }

    public static ConfigFile empty() {
        return new ConfigFile(null, Map.of());
    }

    /** The config of a run: --config when given (it must exist), else estate-audit.yaml in {@code workingDirectory} if there. */
    public static ConfigFile locate(Path explicit, Path workingDirectory) {
        if (explicit != null) {
            if (!Files.isRegularFile(explicit)) {
                throw new EstateInputException(explicit + ": no such config file");
            }
            return read(explicit);
        }
        Path implicit = workingDirectory.resolve(DEFAULT_NAME);
        return Files.isRegularFile(implicit) ? read(implicit) : empty();
    }

    public static ConfigFile read(Path file) {
        Map<String, Value> values = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file); JsonParser parser = Yaml.MAPPER.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new ConfigFile(file, values);
            }
            if (first != JsonToken.START_OBJECT) {
                throw problem(file, parser.currentTokenLocation(), "a config file holds keys and values, e.g. 'fail-on: warning'");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonLocation at = parser.currentTokenLocation();
                TypeReference<?> type = KEYS.get(key);
                if (type == null) {
                    throw problem(file, at, "unknown key '" + key + "'"
                            + Suggestions.nearest(key, KEYS.keySet()).map(s -> " (did you mean '" + s + "'?)").orElse("")
                            + "; known keys: " + String.join(", ", KEYS.keySet()));
                }
                parser.nextToken();
                values.put(key, new Value(Yaml.MAPPER.readValue(parser, type), at.getLineNr()));
            }
        } catch (UnrecognizedPropertyException e) {
            throw problem(file, e.getLocation(), "outputs: unknown field '" + e.getPropertyName() + "'; an output has format and output");
        } catch (JsonProcessingException e) {
            throw problem(file, e.getLocation(), e.getOriginalMessage().lines().findFirst().orElse("unreadable"));
        } catch (IOException e) {
            throw new EstateInputException(file + ": cannot be read: " + e.getMessage());
        }
        return new ConfigFile(file, values);
    }

    private static EstateInputException problem(Path file, JsonLocation at, String message) {
        return new EstateInputException(file + (at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr()) + ": " + message);
    }

    public static List<String> keys() {
        return List.copyOf(KEYS.keySet());
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** "estate-audit.yaml:4: fail-on", to prefix a message about that key's value. */
    public String where(String key) {
        Value v = values.get(key);
        return file + (v == null ? "" : ":" + v.line()) + ": " + key;
    }

    public Optional<String> text(String key) {
        return Optional.ofNullable((String) value(key));
    }

    public Optional<Integer> number(String key) {
        return Optional.ofNullable((Integer) value(key));
    }

    public Optional<Boolean> flag(String key) {
        return Optional.ofNullable((Boolean) value(key));
    }

    @SuppressWarnings("unchecked")
    public Optional<List<String>> list(String key) {
        return Optional.ofNullable((List<String>) value(key));
    }

    public Optional<Path> path(String key) {
        return text(key).map(this::resolve);
    }

    public Optional<List<Path>> paths(String key) {
        return list(key).map(items -> items.stream().map(this::resolve).toList());
    }

    @SuppressWarnings("unchecked")
    public Optional<List<Output>> outputs() {
        return Optional.ofNullable((List<Output>) value("outputs"));
    }

    /** A path written in the config, taken from the config file's folder. */
    public Path resolve(String path) {
        Path folder = file.getParent();
        return folder == null ? Path.of(path) : folder.resolve(path).normalize();
    }

    private Object value(String key) {
        if (!KEYS.containsKey(key)) {
            throw new IllegalArgumentException("not a config key: " + key);
        }
        Value v = values.get(key);
        return v == null ? null : v.value();
    }
}
