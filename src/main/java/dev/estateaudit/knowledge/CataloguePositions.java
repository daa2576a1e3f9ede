package dev.estateaudit.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.estate.read.guard.InputLimits;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of each field and list entry of a catalogue file, by the path its problems name
 * ({@code databases[3].version}), so that a problem found after binding still points at its line.
 * A field that is missing points at the entry that lacks it.
 */
final class CataloguePositions {

    /** For a catalogue without lines (the built-in JSON form, checked by the build already). */
    static final CataloguePositions NONE = new CataloguePositions(Map.of());

    private final Map<String, Integer> lines;

    private CataloguePositions(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** Reads the file's structure once; a file that does not parse has no positions (binding reports why). */
    static CataloguePositions of(ObjectMapper mapper, byte[] text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = new InputLimits(mapper.createParser(text))) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token.isScalarValue() || token.isStructStart()) {
                    JsonStreamContext context = token.isStructStart() ? parser.getParsingContext().getParent() : parser.getParsingContext();
                    if (context != null && !context.inRoot()) {
                        lines.putIfAbsent(path(context), parser.currentTokenLocation().getLineNr());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // what was read so far still places the problems before the fault
        }
        return new CataloguePositions(lines);
    }

    /** The line of {@code field}, or of the nearest enclosing entry it has one for; 0 when unknown. */
    int line(String field) {
        for (String at = field; !at.isEmpty(); at = parent(at)) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
        }
        return 0;
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    /** The path of the value the context is at, spelt as problems name fields: {@code a.b[2].c}. */
    static String path(JsonStreamContext context) {
        StringBuilder sb = new StringBuilder();
        append(sb, context);
        return sb.toString();
    }

    private static void append(StringBuilder sb, JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return;
        }
        append(sb, context.getParent());
        if (context.inArray()) {
            sb.append('[').append(Math.max(context.getCurrentIndex(), 0)).append(']');
        } else if (context.getCurrentName() != null) {
            sb.append(sb.isEmpty() ? "" : ".").append(context.getCurrentName());
        }
    }
}
