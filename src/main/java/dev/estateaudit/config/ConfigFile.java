package dev.estateaudit.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.estate.read.EstateInputException;
import dev.estateaudit.estate.read.InputProblems;
import dev.estateaudit.estate.read.guard.GuardedMappers;
import dev.estateaudit.util.Suggestions;
import dev.estateaudit.util.TerminalText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code estate-audit.yaml}: defaults for {@code check}'s options, so a team writes its gate once
 * (docs/configuration.md). Keys are the option names without dashes in front; a key given on the
 * command line wins. Every problem (unknown keys, wrong types) is named at its line in one run.
 * Relative paths are taken from the config file's folder, not from wherever the command runs.
 *
 * <p>A config merely found in the working directory may have come with a pull request: every path
 * it names must stay inside the working directory ({@link FoundConfigPaths}); one named with
 * {@code --config} is trusted.
 */
public final class ConfigFile {

    /** The file looked for in the working directory when --config is not given. */
    public static final String DEFAULT_NAME = "estate-audit.yaml";

    /** The keys that change what the gate judges or which rules run: a found config setting them is named on stderr. */
    public static final Set<String> GATE_AND_SELECTION = Set.of("fail-on", "fail-on-not-evaluated", "gate", "waivers", "baseline", "only", "skip", "rules", "as-of", "knowledge");

    private static final Map<String, ConfigValue> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("rules", ConfigValue.PATHS);
        KEYS.put("fail-on", ConfigValue.TEXT);
        KEYS.put("fail-on-not-evaluated", ConfigValue.FLAG);
        KEYS.put("gate", ConfigValue.TEXT);
        KEYS.put("waivers", ConfigValue.PATH);
        KEYS.put("waiver-warning-days", ConfigValue.WHOLE_NUMBER);
        KEYS.put("baseline", ConfigValue.PATH);
        KEYS.put("only", ConfigValue.GLOBS);
        KEYS.put("skip", ConfigValue.GLOBS);
        KEYS.put("outputs", ConfigValue.OUTPUTS);
        KEYS.put("sarif-root", ConfigValue.TEXT);
        KEYS.put("sarif-max-results", ConfigValue.WHOLE_NUMBER);
        KEYS.put("as-of", ConfigValue.TEXT);
        KEYS.put("knowledge", ConfigValue.PATH);
    }

    /** One report to write: a format, and a file (none = standard output). */
    public record Output(String format, String output) {
    }

    private record Value(Object value, int line) {
    }

    private final Path file;
    private final boolean found;
    private final Map<String, Value> values;

    private ConfigFile(Path file, boolean found, Map<String, Value> values) {
        this.file = file;
        this.found = found;
        this.values = values;
    }

    public static ConfigFile empty() {
        return new ConfigFile(null, false, Map.of());
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
        return Files.isRegularFile(implicit) ? read(implicit, workingDirectory) : empty();
    }

    /** A config named by the user: trusted, its paths may lead anywhere. */
    public static ConfigFile read(Path file) {
        return read(file, null);
    }

    /** @param workingDirectory set when the config was found there rather than named: its paths must stay inside it */
    private static ConfigFile read(Path file, Path workingDirectory) {
        Map<String, Value> values = new LinkedHashMap<>();
        InputProblems problems = new InputProblems(file.toString());
        ObjectMapper mapper = GuardedMappers.yaml();
        try (JsonParser parser = GuardedMappers.open(mapper, file)) {
            readKeys(parser, mapper, values, problems);
        } catch (JsonProcessingException e) {
            problems.add(e, "YAML");
        } catch (IOException e) {
            throw new EstateInputException(file + ": cannot be read: " + e.getMessage());
        }
        if (workingDirectory != null) {
            new FoundConfigPaths(workingDirectory, problems).check(values.entrySet().stream()
                    .filter(e -> KEYS.get(e.getKey()).isPath())
                    .map(e -> new FoundConfigPaths.Named(e.getKey(), e.getValue().line(), KEYS.get(e.getKey()).paths(e.getValue().value())))
                    .toList());
        }
        problems.throwIfAny();
        return new ConfigFile(file, workingDirectory != null, values);
    }

    private static void readKeys(JsonParser parser, ObjectMapper mapper, Map<String, Value> values, InputProblems problems)
            throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return;
        }
        if (first != JsonToken.START_OBJECT) {
            problems.add(parser.currentTokenLocation(), "a config file holds keys and values, e.g. 'fail-on: warning'");
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            ConfigValue kind = KEYS.get(key);
            List<Item> single = new ArrayList<>(1);
            List<Item> listed = items(parser, mapper, single);
            if (kind == null) {
                problems.add(at, "unknown key " + TerminalText.quote(key, InputProblems.QUOTED_FROM_A_WRONG_FILE)
                        + Suggestions.nearest(key, KEYS.keySet()).map(s -> " (did you mean '" + s + "'?)").orElse("")
                        + "; known keys: " + String.join(", ", KEYS.keySet()));
                continue;
            }
            if (listed != null && !kind.isList()) {
                problems.add(at, key + ": expected a single value, found a list");
                continue;
            }
            Object value = read(key, at.getLineNr(), kind, listed != null ? listed : single, problems);
            if (value != null) {
                values.put(key, new Value(value, at.getLineNr()));
            }
        }
        if (parser.nextToken() != null) {
            // a second document would be silently ignored: the team would think its settings hold
            problems.add(parser.currentTokenLocation(), "a config file is one YAML document; remove the '---' and what follows, "
                    + "or merge it into the first");
        }
    }

    /** A value as written, or one item of a list, with its line. */
    private record Item(JsonNode node, int line) {
    }

    /** The key's value: one item, or a list's items each with its own line (null when the value is not a list). */
    private static List<Item> items(JsonParser parser, ObjectMapper mapper, List<Item> single) throws IOException {
        JsonToken token = parser.nextToken();
        int line = parser.currentTokenLocation().getLineNr();
        if (token != JsonToken.START_ARRAY) {
            single.add(new Item(mapper.readTree(parser), line));
            return null;
        }
        List<Item> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int at = parser.currentTokenLocation().getLineNr();
            items.add(new Item(mapper.readTree(parser), at));
        }
        return items;
    }

    /** The key's value, each problem recorded at its item's line; null when there was any. */
    private static Object read(String key, int line, ConfigValue kind, List<Item> items, InputProblems problems) {
        List<Object> read = new ArrayList<>();
        boolean failed = false;
        for (Item item : items) {
            try {
                read.add(kind.read(item.node()));
            } catch (IllegalArgumentException e) {
                problems.add(item.line(), key + ": " + e.getMessage());
                failed = true;
            }
        }
        if (failed) {
            return null;
        }
        return kind.isList() ? read.stream().flatMap(r -> ((List<?>) r).stream()).toList() : read.get(0);
    }

    public static List<String> keys() {
        return List.copyOf(KEYS.keySet());
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** Whether this config was found in the working directory rather than named with --config. */
    public boolean found() {
        return found;
    }

    /** The keys it sets, in the order they are documented. */
    public List<String> keysSet() {
        return KEYS.keySet().stream().filter(values::containsKey).toList();
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
