package dev.estateaudit.util;

import java.util.Locale;

/**
 * Characters that make a file read differently by the tool than by a person, beyond the control
 * characters {@link TerminalText} escapes: the line breaks only YAML sees, and halves of UTF-16
 * pairs. Every reader refuses them; the import writer never writes them raw.
 */
public final class HiddenText {

    private HiddenText() {
    }

    /**
     * U+0085 (next line), U+2028 (line separator), U+2029 (paragraph separator): SnakeYAML (YAML
     * 1.1) ends a line at each, so one ends a comment and the rest of the "comment" is read as
     * keys, while editors, {@code grep}, {@code wc -l} and a reviewer see one line.
     */
    public static boolean hiddenLineBreak(int c) {
        return c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /**
     * The index of the first hidden line break or lone surrogate (a high surrogate not followed by
     * a low one, or a low one not after a high one) in {@code text}, or -1. A lone surrogate is half
     * a character: it prints as "?", cannot be written as UTF-8, and two different ones give the
     * same fingerprint. Every key and value of an estate file passes here: a String, not a
     * CharSequence, so that the compiler a short run uses can inline its calls, and the characters
     * below U+0085 (nearly all of them) cost one comparison (a 40k-module file: 23 -> 8 ms of CPU, JDK 25).
     */
    public static int first(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x85) {
                continue;
            }
            if (hiddenLineBreak(c)) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** What the character at {@code index} is, in a reader's words, e.g. "the line separator U+2028". */
    public static String describe(String text, int index) {
        return describe(text.charAt(index));
    }

    public static String describe(int c) {
        String code = String.format(Locale.ROOT, "U+%04X", c);
        return switch (c) {
            case 0x85 -> "the next-line character " + code + " (a line break to YAML)";
            case 0x2028 -> "the line separator " + code + " (a line break to YAML)";
            case 0x2029 -> "the paragraph separator " + code + " (a line break to YAML)";
            default -> "a lone UTF-16 surrogate " + code + " (half of a character)";
        };
    }

    /** "the text holds ... at character N; remove it", or null when {@code text} has none of these characters. */
    public static String problem(String text) {
        int at = first(text);
        return at < 0 ? null : "the text holds " + describe(text, at) + " at character " + (at + 1) + "; remove it";
    }
}
