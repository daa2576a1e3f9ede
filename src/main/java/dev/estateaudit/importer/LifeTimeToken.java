package dev.estateaudit.importer;

import dev.estateaudit.estate.LifeTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The LifeTime service account's token. It is read from a file or from the environment, never
 * from a command-line argument (which other users of the machine can see), and it never leaves
 * this object except in the Authorization header: {@link #toString()} and {@link #redact} keep it
 * out of every message.
 */
public final class LifeTimeToken {

    public static final String ENVIRONMENT_VARIABLE = "ESTATE_AUDIT_LIFETIME_TOKEN";
    private static final String HIDDEN = "[token hidden]";

    private final String value;

    private LifeTimeToken(String value) {
        this.value = value;
    }

    /** The token from {@code tokenFile} when given, else from {@value #ENVIRONMENT_VARIABLE}. */
    public static LifeTimeToken read(Path tokenFile, Map<String, String> environment) {
        if (tokenFile != null) {
            return fromFile(tokenFile);
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment == null || fromEnvironment.isBlank()) {
            throw new ImportException("no LifeTime token: pass --token-file FILE or set " + ENVIRONMENT_VARIABLE
                    + " (the token of a LifeTime service account; it is never taken as an argument)");
        }
        return new LifeTimeToken(fromEnvironment.strip());
    }

    private static LifeTimeToken fromFile(Path tokenFile) {
        try {
            String text = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                throw new ImportException(tokenFile + ": the token file is empty");
            }
            if (text.contains("\n")) {
                throw new ImportException(tokenFile + ": the token file holds more than one line; it must hold only the token");
            }
            return new LifeTimeToken(text);
        } catch (NoSuchFileException e) {
            throw new ImportException(tokenFile + ": no such token file");
        } catch (IOException e) {
            throw new ImportException(tokenFile + ": the token file cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The value of the HTTP Authorization header. */
    String authorization() {
        return "Bearer " + value;
    }

    /** The text with every occurrence of the token replaced, for messages built from server answers. */
    public String redact(String text) {
        return text == null ? null : text.replace(value, HIDDEN);
    }

    @Override
    public String toString() {
        return HIDDEN;
    }
}
