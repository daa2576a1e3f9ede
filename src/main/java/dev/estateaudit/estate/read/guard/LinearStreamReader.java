package dev.estateaudit.estate.read.guard;

import dev.estateaudit.util.HiddenText;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Locale;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's character reader, in linear time. The original copies its whole look-ahead window
 * on every 1 KB read, and while the scanner looks ahead along one long scalar the window is that
 * scalar: a 5 MB string took 4.6 s, 20 MB 48 s (quadratic). This one grows its window by doubling,
 * so each character is copied a bounded number of times. Behaviour is otherwise the original's
 * (positions, the code point count SnakeYAML's document limit reads, the non-printable check),
 * except that a non-printable character is reported at its own line and column, and that it also
 * refuses the line breaks only YAML sees ({@link HiddenText}) anywhere, comments included.
 */
final class LinearStreamReader extends StreamReader {

    private static final int CHUNK = 8192;

    private final Reader stream;
    private final char[] buffer = new char[CHUNK + 1];
    private int[] window = new int[CHUNK];
    private int length;
    private int pointer;
    private boolean eof;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    LinearStreamReader(Reader stream) {
        super(new StringReader(""));
        this.stream = stream;
    }

    @Override
    public Mark getMark() {
        return new Mark("'reader'", index, line, column, window, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int count) {
        for (int i = 0; i < count && ensure(0); i++) {
            int c = window[pointer++];
            index++;
            documentIndex++;
            if (Constant.LINEBR.has(c) || c == '\r' && ensure(0) && window[pointer] != '\n') {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return ensure(0) ? window[pointer] : '\0';
    }

    @Override
    public int peek(int offset) {
        return ensure(offset) ? window[pointer + offset] : '\0';
    }

    @Override
    public String prefix(int count) {
        if (count == 0) {
            return "";
        }
        return ensure(count) ? new String(window, pointer, count) : new String(window, pointer, Math.min(count, length - pointer));
    }

    @Override
    public String prefixForward(int count) {
        String prefix = prefix(count);
        pointer += count;
        index += count;
        documentIndex += count;
        // a prefix never holds a line break
        column += count;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getLine() {
        return line;
    }

    /** Whether the character {@code offset} past the pointer is there, reading on as needed. */
    private boolean ensure(int offset) {
        while (!eof && pointer + offset >= length) {
            read();
        }
        return pointer + offset < length;
    }

    private void read() {
        try {
            int read = stream.read(buffer, 0, CHUNK);
            if (read <= 0) {
                eof = true;
                return;
            }
            if (Character.isHighSurrogate(buffer[read - 1])) {
                int low = stream.read(buffer, read, 1);
                if (low == -1) {
                    eof = true;
                } else {
                    read++;
                }
            }
            makeRoom(read);
            for (int i = 0; i < read; ) {
                int codePoint = Character.codePointAt(buffer, i, read);
                if (!isPrintable(codePoint)) {
                    throw refused(String.format(Locale.ROOT, "the character U+%04X is not allowed in YAML (a control character)", codePoint));
                }
                if (HiddenText.hiddenLineBreak(codePoint)) {
                    // it would end a comment, and what follows would be read as keys no reviewer sees
                    throw refused(HiddenText.describe(codePoint) + " is not allowed, in a comment or anywhere else: "
                            + "editors and grep do not show it as a line break; remove it");
                }
                window[length++] = codePoint;
                i += Character.charCount(codePoint);
            }
        } catch (EncodedReader.Undecodable e) {
            throw refused(e.getMessage());
        } catch (IOException e) {
            throw new YAMLException(e);
        }
    }

    /**
     * Drops what the scanner has passed, into a new window with at least half of it free: each
     * character is copied a bounded number of times however long the scalar. A new array, not a
     * compaction in place, since marks taken earlier keep the old one.
     */
    private void makeRoom(int incoming) {
        if (length + incoming <= window.length) {
            return;
        }
        int kept = length - pointer;
        int capacity = Integer.highestOneBit(Math.max(2 * (kept + incoming), 2 * CHUNK) - 1) << 1;
        int[] next = new int[capacity];
        System.arraycopy(window, pointer, next, 0, kept);
        window = next;
        length = kept;
        pointer = 0;
    }

    /**
     * A character refused (or bytes that are none), reported at its own line and column of the file
     * (not 1:1): everything before it is in the window.
     */
    private CharacterRefused refused(String message) {
        int l = line;
        int c = column;
        // what lies between the scanner and the character was read into the window just now
        for (int p = pointer; p < length; p++) {
            if (window[p] == '\n') {
                l++;
                c = 0;
            } else {
                c++;
            }
        }
        return new CharacterRefused(message, new Mark("'reader'", index + (length - pointer), l, c, window, pointer));
    }
}
