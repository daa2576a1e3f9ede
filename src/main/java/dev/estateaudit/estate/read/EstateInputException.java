package dev.estateaudit.estate.read;

import dev.estateaudit.estate.SourcePosition;
import java.util.List;

/**
 * Bad input in an estate file: the message says which file, where, and which field, so the user
 * can fix it without reading a stack trace. Several problems found in one run are one line each.
 */
public class EstateInputException extends RuntimeException {

    private final List<String> problems;

    public EstateInputException(String message) {
        super(message, null, false, false);
        this.problems = List.of(message);
    }

    public EstateInputException(List<String> problems) {
        super(String.join("\n", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, sorted by file and position. */
    public List<String> problems() {
        return problems;
    }

    public static EstateInputException at(SourcePosition position, String field, String problem) {
        StringBuilder sb = new StringBuilder();
        if (position != null) {
            sb.append(position).append(": ");
        }
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        return new EstateInputException(sb.append(problem).toString());
    }
}
