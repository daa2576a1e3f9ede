package dev.estateaudit.estate.read.guard;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.scanner.ScannerException;

/**
 * A character the YAML reader refuses (a control character, a line break only YAML sees) or bytes
 * that are not text in the file's encoding: not a syntax error, so messages say what it is, at its
 * line and column.
 */
public final class CharacterRefused extends ScannerException {

    private static final long serialVersionUID = 1L;
    private static final Pattern BYTE = Pattern.compile("0x([0-9a-fA-F]{1,2})\\b");

    CharacterRefused(String problem, Mark at) {
        super(null, null, problem, at);
    }

    /**
     * Jackson's JSON parser's words for bytes that are not UTF-8 ("Invalid UTF-8 start byte 0xe9"),
     * in the reader's; null for any other message.
     */
    public static String undecodableJson(String parserMessage) {
        if (parserMessage == null || !parserMessage.startsWith("Invalid UTF-8")) {
            return null;
        }
        Matcher bytes = BYTE.matcher(parserMessage);
        return "the file is not UTF-8 text here" + (bytes.find() ? " (the byte 0x" + bytes.group(1).toUpperCase(Locale.ROOT) + ")" : "")
                + ": save it as UTF-8 (a file in Latin-1 or Windows-1252, say, is not)";
    }
}
