package dev.estateaudit.util;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Standard error as the tool writes it: every message may quote input, so control characters are
 * escaped on the way out (line breaks stay). The progress line draws on the terminal directly.
 */
public final class EscapingWriter extends FilterWriter {

    public EscapingWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        out.write(TerminalText.escapeKeepingLines(String.valueOf((char) c)));
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        out.write(TerminalText.escapeKeepingLines(new String(buffer, offset, length)));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.write(TerminalText.escapeKeepingLines(text.substring(offset, offset + length)));
    }

    /** Standard error for messages: what is written is escaped; {@link #raw} reaches the terminal itself. */
    public static final class Printer extends java.io.PrintWriter {
        private final java.io.PrintWriter raw;

        public Printer(java.io.PrintWriter raw) {
            super(new EscapingWriter(raw), true);
            this.raw = raw;
        }
    }

    /**
     * The unescaped writer behind {@code err}, for the tool's own control codes (the progress
     * line's carriage return and erase); {@code err} itself when it escapes nothing.
     */
    public static java.io.PrintWriter raw(java.io.PrintWriter err) {
        if (err instanceof Printer printer) {
            printer.flush();
            return printer.raw;
        }
        return err;
    }
}
