package dev.estateaudit.estate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.estateaudit.util.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads estate files (YAML or JSON, by extension), merges them in order and validates the result.
 * Every problem becomes an {@link EstateInputException} naming the file, line, column and field.
 */
public final class EstateLoader {

    /** Each mapper is built on first use only: a run reading YAML never pays for the JSON one. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = EstateMapper.yaml();
    }

    private static final class Json {
        static final ObjectMapper MAPPER = EstateMapper.json();
    }

    /** Loads, merges (later files win) and validates one or more estate files. */
    public Estate load(List<Path> files) {
        if (files.isEmpty()) {
            throw new EstateInputException("no estate file given");
        }
        Estate merged = null;
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            Estate estate = read(file);
            names.add(file.toString());
            merged = merged == null ? estate : EstateMerger.merge(merged, estate);
        }
        merged.setFiles(names);
        new EstateValidator().validate(merged);
        return merged;
    }

    public Estate load(Path... files) {
        return load(List.of(files));
    }

    /** Reads one file without validating it: an overlay on its own may lack required fields. */
    public Estate read(Path file) {
        ObjectMapper mapper = mapperFor(file.toString());
        if (!Files.isRegularFile(file)) {
            throw new EstateInputException(file + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
        }
        // bytes, not a Reader: Jackson's UTF-8 parser is faster than decoding to chars first
        try (InputStream in = Files.newInputStream(file)) {
            return read(mapper, new InputLimits(mapper.createParser(in)), file.toString());
        } catch (NoSuchFileException e) {
            throw new EstateInputException(file + ": no such file");
        } catch (IOException e) {
            throw new EstateInputException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /** Reads and validates estate text held in memory (an inline test estate, say). */
    public Estate loadText(String name, String content) {
        Estate estate = read(name, content);
        estate.setFiles(List.of(name));
        new EstateValidator().validate(estate);
        return estate;
    }

    /** Reads estate text under a name used in messages; the name's extension picks the format. */
    public Estate read(String name, String content) {
        try {
            ObjectMapper mapper = mapperFor(name);
            return read(mapper, new InputLimits(mapper.createParser(new StringReader(content))), name);
        } catch (IOException e) {
            throw new EstateInputException(name + ": cannot be read: " + e.getMessage());
        }
    }

    private static ObjectMapper mapperFor(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Yaml.MAPPER;
        }
        if (lower.endsWith(".json")) {
            return Json.MAPPER;
        }
        throw new EstateInputException(name + ": unknown file type: an estate file ends in .yaml, .yml or .json");
    }

    private static Estate read(ObjectMapper mapper, JsonParser source, String name) throws IOException {
        try (JsonParser parser = source) {
            if (parser.nextToken() == null) {
                throw new EstateInputException(name + ": the file is empty: an estate needs at least a name and "
                        + "one environment");
            }
            Estate estate = mapper.readerFor(Estate.class)
                    .withAttribute(EstateMapper.SOURCE_ATTRIBUTE, name)
                    .withAttribute(EstateMapper.SHARED_VALUES_ATTRIBUTE, new SharedValues())
                    .readValue(parser);
            if (estate == null) {
                throw new EstateInputException(name + ": the file is empty: an estate needs at least a name and "
                        + "one environment");
            }
            return estate;
        } catch (JsonProcessingException e) {
            throw translate(name, e);
        }
    }

    private static EstateInputException translate(String file, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        SourcePosition position = location == null || location.getLineNr() < 1 ? null
                : new SourcePosition(file, location.getLineNr(), location.getColumnNr());
        String prefix = position == null ? file : position.toString();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputLimits.Refused refused) {
                JsonLocation at = refused.getLocation();
                return new EstateInputException(file + (at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                        + ": " + refused.getOriginalMessage());
            }
        }
        MarkedYAMLException yaml = yamlError(e);
        if (yaml != null && yaml.getProblemMark() != null) {
            Mark mark = yaml.getProblemMark();
            return new EstateInputException(file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1)
                    + ": YAML syntax error: " + firstLine(yaml.getProblem()));
        }
        StreamReadException syntaxError = syntaxError(e);
        if (syntaxError != null || !(e instanceof JsonMappingException)) {
            JsonProcessingException cause = syntaxError != null ? syntaxError : e;
            String syntax = file.toLowerCase(Locale.ROOT).endsWith(".json") ? "JSON" : "YAML";
            return new EstateInputException(prefix + ": " + syntax + " syntax error: "
                    + firstLine(cause.getOriginalMessage()).replaceAll(" \\(for [A-Za-z]+ starting at .*$", ""));
        }
        JsonMappingException mapping = (JsonMappingException) e;
        String field = path(mapping);
        if (e instanceof UnrecognizedPropertyException unknown) {
            field = parentPath(field);
            List<String> known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            String hint = Suggestions.nearest(unknown.getPropertyName(), known)
                    .map(s -> " (did you mean '" + s + "'?)").orElse("");
            return new EstateInputException(prefix + ": " + field + ": unknown field '" + unknown.getPropertyName()
                    + "'" + hint + "; known fields here: " + String.join(", ", known));
        }
        return new EstateInputException(prefix + ": " + field + ": " + rootProblem(e));
    }

    private static MarkedYAMLException yamlError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                return m;
            }
        }
        return null;
    }

    private static StreamReadException syntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException s && !(t instanceof JsonMappingException)) {
                return s;
            }
        }
        return null;
    }

    private static String parentPath(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "(top level)" : path.substring(0, cut);
    }

    private static String rootProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        String original = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return simplify(firstLine(original));
    }

    /** Jackson names Java types; users know the estate's words. */
    private static String simplify(String message) {
        return message
                .replaceAll("Cannot deserialize value of type `([^`]*)` from ([A-Za-z ]+?)(?: value)? \\(.*", "expected $1, found $2")
                .replaceAll("Cannot deserialize value of type `([^`]*)` from (.*)", "expected $1, found $2")
                .replaceAll("found Object$", "found a mapping")
                .replaceAll("found Array$", "found a list")
                .replace("java.lang.Integer", "a whole number")
                .replace("java.lang.Boolean", "true or false")
                .replace("java.lang.String", "text")
                .replace("java.time.Instant", "a timestamp such as 2026-05-01T00:00:00Z")
                .replaceAll("java\\.util\\.(Array)?List<.*?>(?=, found)", "a list")
                .replaceAll("`?dev\\.estateaudit\\.estate\\.([A-Za-z]+)`?", "an object ($1)");
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining());
        return path.startsWith(".") ? path.substring(1) : path.isEmpty() ? "(top level)" : path;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable content";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
