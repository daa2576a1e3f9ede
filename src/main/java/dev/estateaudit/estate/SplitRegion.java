package dev.estateaudit.estate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * One half of a {@link SplitRead} as a stream. The first: the file from its start, which past
 * {@code safeEnd} learns whether it is cut (then it ends there, closing the list and the
 * root) or not (then it runs to the end). The second: blank lines and columns up to the cut,
 * an opening bracket in the comma's place, and the file after it.
 */
final class SplitRegion extends InputStream {
    private final FileChannel channel;
    private final long size;
    private long position;
    private long end;
    private long safeEnd;
    private CompletableFuture<SplitRead.Cut> cut;
    private byte[] tail = new byte[0];
    private int tailAt;
    private long newlines;
    private long spaces;
    private boolean bracket;
    /** For the second half: the stream offset of the cut's bracket, to map the parser's offsets back to the file's. */
    private final long shift;
    long closedAt = -1;

    /** The first half. */
    SplitRegion(FileChannel channel, long safeEnd, CompletableFuture<SplitRead.Cut> cut, long size) {
        this.channel = channel;
        this.size = size;
        this.safeEnd = safeEnd;
        this.end = size;
        this.cut = cut;
        this.shift = 0;
    }

    /** The second half, from the cut. */
    SplitRegion(FileChannel channel, SplitRead.Cut at, long size) {
        this.channel = channel;
        this.size = size;
        this.position = at.offset() + 1;
        this.end = size;
        this.safeEnd = size;
        this.newlines = at.line() - 1;
        this.spaces = at.column() - 1;
        this.bracket = true;
        this.shift = newlines + spaces - at.offset();
    }

    /** Told the stream offset of the bracket that closes the list: kept as the file's offset. */
    void closedAt(long streamOffset) {
        closedAt = streamOffset - shift;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (newlines > 0 || spaces > 0) {
            boolean lines = newlines > 0;
            int n = (int) Math.min(len, lines ? newlines : spaces);
            Arrays.fill(b, off, off + n, (byte) (lines ? '\n' : ' '));
            if (lines) {
                newlines -= n;
            } else {
                spaces -= n;
            }
            return n;
        }
        if (bracket) {
            bracket = false;
            b[off] = '[';
            return 1;
        }
        if (position >= safeEnd && cut != null) {
            learnTheEnd();
        }
        if (position < end) {
            long limit = Math.min(end, safeEnd); // past safeEnd only once the end is known, and safeEnd is then the file's size
            int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, limit - position)), position);
            if (n > 0) {
                position += n;
            }
            return n;
        }
        if (tailAt < tail.length) {
            int n = Math.min(len, tail.length - tailAt);
            System.arraycopy(tail, tailAt, b, off, n);
            tailAt += n;
            return n;
        }
        return -1;
    }

    private void learnTheEnd() throws IOException {
        try {
            SplitRead.Cut at = cut.get();
            if (at != null) {
                end = at.offset();
                tail = new byte[] {']', '}'};
            }
            safeEnd = size;
            cut = null;
        } catch (ExecutionException e) {
            throw new IOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
