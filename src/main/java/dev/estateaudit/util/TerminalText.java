package dev.estateaudit.util;

import java.util.Locale;

/**
 * Makes text taken from input safe to print: control characters (ESC, BEL, CR, backspace, C1
 * codes...) and the invisible Unicode formatting characters that reorder or hide text become
 * visible escapes such as {@code \x1B} or {@code \u202E}, so an estate value cannot set a window
 * title, clear the screen or fake a "gate PASSED" line. Only this tool's own output adds colour.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** {@code text} with every unsafe character escaped, line breaks included. */
    public static String escape(String text) {
        return escape(text, false);
    }

    /**
     * {@code 'text'} escaped and cut to at most {@code max} characters ("..." marks a cut), for a
     * message that quotes input: a long or hostile value must not become a long or hostile line.
     */
    public static String quote(String text, int max) {
        String escaped = escape(text);
        return "'" + (escaped.length() <= max ? escaped : escaped.substring(0, max) + "...") + "'";
    }

    /** Like {@link #escape(String)}, but a line feed stays a line break (for multi-line messages). */
    public static String escapeKeepingLines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text, keepLines);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafeAt(text, i, keepLines)) {
                out.append(c < 0x100 ? String.format(Locale.ROOT, "\\x%02X", (int) c) : String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstUnsafe(String text, boolean keepLines) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafeAt(text, i, keepLines)) {
                return i;
            }
        }
        return -1;
    }

    /** {@link #unsafe(char, boolean)}, or half of a UTF-16 pair without its other half (it would print as "?"). */
    private static boolean unsafeAt(String text, int i, boolean keepLines) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return unsafe(c, keepLines);
    }

    /** Whether {@code c} may change what a terminal shows beyond printing a glyph. */
    public static boolean unsafe(char c, boolean keepLines) {
        if (c == '\n') {
            return !keepLines;
        }
        if (c == '\t') {
            return false;
        }
        // U+2028 and U+2029 end a line for some viewers and not for others
        return c < 0x20 || c == 0x7F || c >= 0x80 && c <= 0x9F || HiddenText.hiddenLineBreak(c) || invisibleFormatting(c);
    }

    /**
     * Bidirectional marks, overrides and isolates, the zero-width space, the BOM: text that is not
     * what it looks like. The zero-width non-joiner and joiner (U+200C, U+200D) are not among them:
     * real names need them (Persian words, emoji sequences such as a family or a flag), and they
     * neither move nor hide text.
     */
    public static boolean invisibleFormatting(char c) {
        return c == 0x200B || c >= 0x200E && c <= 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
                || c == 0xFEFF;
    }
}
