package dev.estateaudit.estate.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.SourcePosition;
import dev.estateaudit.estate.read.guard.CharacterRefused;
import dev.estateaudit.estate.read.guard.InputLimits;
import dev.estateaudit.util.Suggestions;
import java.io.IOException;
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
 * Every problem found in the files, up to {@link EstateProblems#LIMIT}, becomes one line of an
 * {@link EstateInputException} naming the file, line, column and field.
 */
public final class EstateLoader {

    /** Each mapper is built on first use only: a run reading YAML never pays for the JSON one. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = EstateMapper.yaml();
    }

    private static final class Json {
        static final ObjectMapper MAPPER = EstateMapper.json();
    }

    /** Where a file's text comes from, opened to bind, and again to find keys at fault. */
    private interface Source {
        JsonParser open(ObjectMapper mapper) throws IOException;
    }

    /** Loads, merges (later files win) and validates one or more estate files. */
    public Estate load(List<Path> files) {
        if (files.isEmpty()) {
            throw new EstateInputException("no estate file given");
        }
        EstateProblems problems = new EstateProblems();
        Estate merged = null;
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            Estate estate = read(file, problems);
            names.add(file.toString());
            if (estate == null) {
                continue;
            }
            if (merged == null) {
                merged = estate; // the first file's names are checked with the rest, after the merge
            } else if (new EstateValidator(problems).namesUnique(estate)) {
                merged = EstateMerger.merge(merged, estate, problems);
            }
        }
        if (merged != null) {
            merged.setFiles(names);
            new EstateValidator(problems).validate(merged);
        }
        problems.throwIfAny();
        return merged;
    }

    public Estate load(Path... files) {
        return load(List.of(files));
    }

    /** Reads one file without validating it: an overlay on its own may lack required fields. */
    public Estate read(Path file) {
        EstateProblems problems = new EstateProblems();
        Estate estate = read(file, problems);
        problems.throwIfAny();
        return estate;
    }

    /** Reads and validates estate text held in memory (an inline test estate, say). */
    public Estate loadText(String name, String content) {
        EstateProblems problems = new EstateProblems();
        Estate estate = read(name, content, problems);
        if (estate != null) {
            estate.setFiles(List.of(name));
            new EstateValidator(problems).validate(estate);
        }
        problems.throwIfAny();
        return estate;
    }

    /** Reads estate text under a name used in messages; the name's extension picks the format. */
    public Estate read(String name, String content) {
        EstateProblems problems = new EstateProblems();
        Estate estate = read(name, content, problems);
        problems.throwIfAny();
        return estate;
    }

    private Estate read(Path file, EstateProblems problems) {
        // what the path is comes before what its name says: a folder named like a file is still a folder
        if (Files.isDirectory(file)) {
            throw new EstateInputException(file + ": is a folder: give an estate file (.yaml, .yml or .json) in it");
        }
        ObjectMapper mapper = mapperFor(file.toString());
        if (!Files.isRegularFile(file)) {
            throw new EstateInputException(file + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
        }
        // bytes, not a Reader: Jackson's UTF-8 parser is faster than decoding to chars first
        return read(mapper, m -> m.createParser(Files.newInputStream(file)), file.toString(), problems);
    }

    private Estate read(String name, String content, EstateProblems problems) {
        return read(mapperFor(name), m -> m.createParser(new StringReader(content)), name, problems);
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

    /** Binds one file, recording its problems; null when nothing could be bound. */
    private static Estate read(ObjectMapper mapper, Source source, String name, EstateProblems problems) {
        problems.file(name);
        Estate estate = null;
        try (JsonParser parser = new InputLimits(source.open(mapper))) {
            if (parser.nextToken() == null) {
                throw emptyFile(name);
            }
            estate = mapper.readerFor(Estate.class)
                    .withAttribute(EstateMapper.SOURCE_ATTRIBUTE, name)
                    .withAttribute(TolerantBinding.PROBLEMS_ATTRIBUTE, problems)
                    .readValue(parser);
            if (estate == null) {
                throw emptyFile(name);
            }
        } catch (NoSuchFileException e) {
            throw new EstateInputException(name + ": no such file");
        } catch (JsonProcessingException e) {
            problems.add(translate(name, e)); // binding stopped here; what it recorded before stands
            estate = null;
        } catch (IOException e) {
            throw new EstateInputException(name + ": cannot be read: " + e.getMessage());
        }
        List<EstateProblems.Problem> keys = problems.awaitingKeyPositions(name);
        if (!keys.isEmpty()) {
            try {
                KeyPositions.resolve(keys, new InputLimits(source.open(mapper)));
            } catch (IOException e) {
                // the positions of the values the keys hold stand instead
            }
        }
        return estate;
    }

    private static EstateInputException emptyFile(String name) {
        return new EstateInputException(name + ": the file is empty: an estate needs at least a name and one environment");
    }

    /** A problem that stopped the read (a syntax error, or a value no handler could pass over). */
    private static EstateProblems.Problem translate(String file, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        SourcePosition position = location == null || location.getLineNr() < 1 ? null
                : new SourcePosition(file, location.getLineNr(), location.getColumnNr());
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputLimits.Refused refused) {
                JsonLocation at = refused.getLocation();
                return new EstateProblems.Problem(at == null || at.getLineNr() < 1 ? null
                        : new SourcePosition(file, at.getLineNr(), at.getColumnNr()), file, null, null, refused.getOriginalMessage());
            }
        }
        MarkedYAMLException yaml = yamlError(e);
        if (yaml != null && yaml.getProblemMark() != null) {
            Mark mark = yaml.getProblemMark();
            return new EstateProblems.Problem(new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1), file,
                    null, null, (yaml instanceof CharacterRefused ? "" : "YAML syntax error: ") + BindingMessages.firstLine(yaml.getProblem()));
        }
        StreamReadException syntaxError = syntaxError(e);
        String undecodable = CharacterRefused.undecodableJson(syntaxError == null ? null : syntaxError.getOriginalMessage());
        if (undecodable != null) {
            return new EstateProblems.Problem(position, file, null, null, undecodable);
        }
        if (syntaxError != null || !(e instanceof JsonMappingException)) {
            JsonProcessingException cause = syntaxError != null ? syntaxError : e;
            String syntax = file.toLowerCase(Locale.ROOT).endsWith(".json") ? "JSON" : "YAML";
            String parserSays = BindingMessages.firstLine(cause.getOriginalMessage());
            String number = BindingMessages.number(parserSays);
            return new EstateProblems.Problem(position, file, null, null, number != null ? number : syntax + " syntax error: "
                    + parserSays.replaceAll(" \\(for [A-Za-z]+ starting at .*$", ""));
        }
        JsonMappingException mapping = (JsonMappingException) e;
        String field = path(mapping);
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            String hint = Suggestions.nearest(unknown.getPropertyName(), known)
                    .map(s -> " (did you mean '" + s + "'?)").orElse("");
            return new EstateProblems.Problem(position, file, null, parentPath(field), "unknown field '"
                    + unknown.getPropertyName() + "'" + hint + "; known fields here: " + String.join(", ", known));
        }
        return new EstateProblems.Problem(position, file, null, field, rootProblem(e));
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
        return BindingMessages.simplify(BindingMessages.firstLine(original));
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining());
        return path.startsWith(".") ? path.substring(1) : path.isEmpty() ? "(top level)" : path;
    }
}
