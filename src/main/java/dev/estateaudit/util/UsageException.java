package dev.estateaudit.util;

/** A command used wrongly in a way picocli cannot see (a bad combination of options, say): exit 2. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message, null, false, false);
    }
}
