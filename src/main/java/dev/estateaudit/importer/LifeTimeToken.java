package dev.estateaudit.importer;

import dev.estateaudit.estate.LifeTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
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
    /** The shortest run of the token's characters that is hidden wherever it appears. */
    static final int RUN = 6;

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
        return checked(ENVIRONMENT_VARIABLE, fromEnvironment.strip());
    }

    /**
     * A token is sent as an HTTP header, which carries visible ASCII only: a zero-width or control
     * character pasted with it made the HTTP client fail with a message quoting the whole header.
     * The message here says where, never what.
     */
    private static LifeTimeToken checked(String source, String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                throw new ImportException(source + ": the token holds a character an HTTP header cannot carry (U+"
                        + String.format(Locale.ROOT, "%04X", (int) c) + " at character " + (i + 1) + " of " + token.length()
                        + "); copy the token again, without spaces or invisible characters");
            }
        }
        return new LifeTimeToken(token);
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
            return checked(tokenFile.toString(), text);
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

    /**
     * The text with the token hidden: every occurrence, in any letter case, and every run of
     * {@value #RUN} or more characters copied from it, so a server echoing a near-copy (a
     * character short, upper-cased, cut in two) shows none of it.
     */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String lowerToken = value.toLowerCase(Locale.ROOT);
        String lowerText = text.toLowerCase(Locale.ROOT);
        if (lowerText.length() != text.length()) {
            // a character whose lower case changes the length: give up on precision, keep the secret
            return text.contains(value) || lowerText.contains(lowerToken) ? HIDDEN : text;
        }
        boolean[] hidden = new boolean[text.length()];
        int run = Math.min(RUN, lowerToken.length());
        java.util.Set<String> pieces = new java.util.HashSet<>();
        for (int i = 0; i + run <= lowerToken.length(); i++) {
            pieces.add(lowerToken.substring(i, i + run));
        }
        boolean any = false;
        for (int i = 0; i + run <= lowerText.length(); i++) {
            if (pieces.contains(lowerText.substring(i, i + run))) {
                java.util.Arrays.fill(hidden, i, i + run, true);
                any = true;
            }
        }
        if (!any) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (!hidden[i]) {
                out.append(text.charAt(i));
            } else if (i == 0 || !hidden[i - 1]) {
                out.append(HIDDEN);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return HIDDEN;
    }
}
