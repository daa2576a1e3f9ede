package dev.estateaudit.util;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text for a terminal of a given width: each line longer than the width is broken at spaces, and
 * its continuation lines start under the text of the first (after its indent and any "1. ", "- "
 * or "fix:      " that begins it), so a long finding reads as one block. A word longer than the
 * width (a URL, say) stays whole. The colours' escape sequences take no width. Lines that fit are
 * written unchanged.
 */
public final class WrappingWriter extends Writer {

    /** What may open a line and be hung under: a numbered item, a bullet or a label ("evidence: "). */
    private static final Pattern LEAD = Pattern.compile("^ *(?:\\d+\\. +|- +|[a-z]+: +)?");
    private static final Pattern ESCAPE = Pattern.compile("\u001b\\[[0-9;]*m");

    private final Writer out;
    private final int width;
    private final StringBuilder line = new StringBuilder();

    public WrappingWriter(Writer out, int width) {
        this.out = out;
        this.width = width;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (c == '\n') {
                out.write(wrap(line.toString(), width));
                out.write('\n');
                line.setLength(0);
            } else {
                line.append(c);
            }
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Writes what is left of an unfinished last line, then flushes. */
    @Override
    public void close() throws IOException {
        if (!line.isEmpty()) {
            out.write(wrap(line.toString(), width));
            line.setLength(0);
        }
        out.flush();
    }

    /** One line broken to {@code width} columns, each continuation under the text its lead (a number, a dash, a "word: ") introduces. */
    public static String wrap(String text, int width) {
        Matcher lead = LEAD.matcher(ESCAPE.matcher(text).replaceAll(""));
        int hang = lead.find() ? lead.end() : 0;
        if (hang > width / 2) {
            hang = Math.min(leadingSpaces(text) + 2, width / 2);
        }
        return wrap(text, width, hang);
    }

    /** One line broken to {@code width} columns, each continuation indented by {@code hang}. */
    public static String wrap(String text, int width, int hang) {
        if (visible(text) <= width) {
            return text;
        }
        StringBuilder wrapped = new StringBuilder();
        StringBuilder current = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            int gapEnd = at;
            while (gapEnd < text.length() && text.charAt(gapEnd) == ' ') {
                gapEnd++;
            }
            int wordEnd = gapEnd;
            while (wordEnd < text.length() && text.charAt(wordEnd) != ' ') {
                wordEnd++;
            }
            String gap = text.substring(at, gapEnd);
            String word = text.substring(gapEnd, wordEnd);
            boolean lineHasWord = visible(current.toString().strip()) > 0;
            if (lineHasWord && !word.isEmpty() && visible(current.toString()) + gap.length() + visible(word) > width) {
                wrapped.append(current).append('\n');
                current.setLength(0);
                current.append(" ".repeat(hang)).append(word);
            } else {
                current.append(gap).append(word);
            }
            at = wordEnd;
        }
        return wrapped.append(current).toString();
    }

    private static int visible(String text) {
        return ESCAPE.matcher(text).replaceAll("").length();
    }

    private static int leadingSpaces(String text) {
        int n = 0;
        while (n < text.length() && text.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
