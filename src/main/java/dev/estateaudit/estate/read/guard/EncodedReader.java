package dev.estateaudit.estate.read.guard;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The characters of a YAML file: UTF-8, or UTF-16 or UTF-32 when a byte order mark says so (YAML
 * 1.2, 5.2; SnakeYAML's own reader knows no UTF-32 and takes its mark for UTF-16's). Bytes that
 * are not in the encoding are refused, but only after every character before them has been handed
 * on, so that the reader can name the line they are on instead of the start of the file.
 */
final class EncodedReader extends Reader {

    /** Bytes that are not text in the file's encoding; the characters before them were all read. */
    static final class Undecodable extends IOException {
        private static final long serialVersionUID = 1L;

        Undecodable(String message) {
            super(message);
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private boolean eof;
    private boolean flushed;
    private Undecodable pending;
    /** The second half of a pair decoded for a one-character read, handed out next. */
    private int carried = -1;

    private EncodedReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** A reader over {@code in}, its encoding told by its byte order mark (4-byte marks first), UTF-8 without one. */
    static Reader open(InputStream in) throws IOException {
        byte[] head = in.readNBytes(4);
        int n = head.length;
        Charset charset = StandardCharsets.UTF_8;
        int mark = 0;
        if (n >= 4 && head[0] == 0 && head[1] == 0 && (head[2] & 0xFF) == 0xFE && (head[3] & 0xFF) == 0xFF) {
            charset = Charset.forName("UTF-32BE");
            mark = 4;
        } else if (n >= 4 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE && head[2] == 0 && head[3] == 0) {
            charset = Charset.forName("UTF-32LE");
            mark = 4;
        } else if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            mark = 3;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            mark = 2;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            mark = 2;
        }
        EncodedReader reader = new EncodedReader(in, charset);
        reader.bytes.clear().put(head, mark, n - mark).flip();
        return reader;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (carried >= 0) {
            buffer[offset] = (char) carried;
            carried = -1;
            return 1;
        }
        if (length == 1) {
            // a decoder writes a surrogate pair whole or not at all: one character of room would never fill
            char[] two = new char[2];
            int read = read(two, 0, 2);
            if (read > 0) {
                buffer[offset] = two[0];
                carried = read == 2 ? two[1] : -1;
                return 1;
            }
            return read;
        }
        if (pending != null) {
            throw pending;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            if (flushed) {
                return -1;
            }
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isError()) {
                pending = undecodable(result.length());
                break;
            }
            if (result.isOverflow()) {
                break;
            }
            if (eof) {
                decoder.flush(out);
                flushed = true;
            } else {
                fill();
            }
        }
        if (out.position() == offset && pending != null) {
            throw pending;
        }
        return out.position() - offset;
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private Undecodable undecodable(int length) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < Math.min(length, 4); i++) {
            shown.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes.get(bytes.position() + i) & 0xFF));
        }
        String encoding = decoder.charset().name().replace("BE", "").replace("LE", "");
        return new Undecodable("the file is not " + encoding + " text here (" + (length == 1 ? "the byte " : "the bytes ") + shown + "): save it as "
                + encoding + (encoding.equals("UTF-8") ? " (a file in Latin-1 or Windows-1252, say, is not)" : ""));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
