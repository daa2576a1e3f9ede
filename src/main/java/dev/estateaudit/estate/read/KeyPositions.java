package dev.estateaudit.estate.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import dev.estateaudit.estate.SourcePosition;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where the keys named by problems were written. The binder meets an unknown key only once
 * it stands on the value after it (for a nested block, lines later), so a second, token-only pass
 * reads the file again, and only when it has such a problem: a good file pays nothing for this.
 */
final class KeyPositions {

    private KeyPositions() {
    }

    static void resolve(List<EstateProblems.Problem> problems, JsonParser source) throws IOException {
        Map<JsonPointer, EstateProblems.Problem> wanted = new HashMap<>();
        for (EstateProblems.Problem problem : problems) {
            wanted.putIfAbsent(problem.keyPointer, problem);
        }
        try (JsonParser parser = source) {
            for (JsonToken token = parser.nextToken(); token != null && !wanted.isEmpty(); token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    EstateProblems.Problem problem = wanted.remove(parser.getParsingContext().pathAsPointer());
                    if (problem != null) {
                        JsonLocation at = parser.currentTokenLocation();
                        problem.position = new SourcePosition(problem.file, at.getLineNr(), at.getColumnNr());
                    }
                }
            }
        } catch (IOException e) {
            // the first pass read this far; a syntax error further on is already a problem of its own
        }
    }
}
