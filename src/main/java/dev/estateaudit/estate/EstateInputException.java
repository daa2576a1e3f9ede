package dev.estateaudit.estate;

/**
 * Bad input in an estate file: the message says which file, where, and which field, so the user
 * can fix it without reading a stack trace.
 */
public class EstateInputException extends RuntimeException {

    public EstateInputException(String message) {
        super(message, null, false, false);
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
