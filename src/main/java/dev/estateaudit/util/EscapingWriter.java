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
}
