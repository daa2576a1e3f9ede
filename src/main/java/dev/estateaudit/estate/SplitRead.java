package dev.estateaudit.estate;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The plain read of a large JSON estate on two cores: the environments after the middle of the
 * file are bound on a second thread while this one binds the rest. The second thread finds where
 * to cut (the first comma between two environments past the middle, by a scan of the bytes that
 * tracks strings and nesting), and binds from there on as a list of environments, the cut put at
 * the same line and column so that every position recorded is the file's. This thread reads the
 * file up to the cut, closed there as if the list ended. Both halves are checked: each must be
 * bound by the plain read and nothing but the end of the root may follow the environments;
 * otherwise the file is read whole, as before. Then a file that both halves bind is one the whole
 * read binds to the same estate: the first half ends just after a complete environment inside
 * the list, and the second is a sequence of complete environments that closes it.
 */
final class SplitRead {

    /** Below this a second thread's start and scan are not repaid (about 30k modules). */
    static final long FROM_BYTES = 8L * 1024 * 1024;
    /**
     * Above this (about 250k modules) the file is read whole: at a million modules the two halves
     * at once raised the peak memory by a third (the collector's young generation filled twice as
     * fast) and gained no time on two busy cores (docs/benchmarks.md).
     */
    static final long UP_TO_BYTES = 64L * 1024 * 1024;
    private static final byte[] ENVIRONMENTS = "environments".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The comma between two environments where the file is cut, with its line and column. */
    record Cut(long offset, long line, long column) {
    }

    private SplitRead() {
    }

    /** The estate in a large JSON {@code file} read in two halves, or null: then the file is read whole. */
    static Estate read(ObjectMapper mapper, Path file, String name) {
        return read(mapper, file, name, FROM_BYTES);
    }

    static Estate read(ObjectMapper mapper, Path file, String name, long fromBytes) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return null;
        }
        if (size < fromBytes || size > UP_TO_BYTES || Runtime.getRuntime().availableProcessors() < 2) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            CompletableFuture<Cut> cut = new CompletableFuture<>();
            FutureTask<List<EstateEnvironment>> second = new FutureTask<>(() -> secondHalf(mapper, channel, size, name, cut));
            Thread thread = new Thread(second, "estate-audit-read");
            thread.setDaemon(true);
            try {
                thread.start();
            } catch (OutOfMemoryError noThreadToBeHad) {
                return null; // read whole, on this thread
            }
            Estate first = PlainRead.read(mapper, mapper.createParser(new SplitRegion(channel, size / 2, cut, size)), name);
            if (first == null) {
                return null; // the second thread stops soon: the channel closes under it
            }
            List<EstateEnvironment> rest = second.get();
            if (cut.getNow(null) == null) {
                return first; // not cut: this thread read the whole file
            }
            if (rest == null) {
                return null; // read whole: the plain read again, and the tolerant one if that gives up too
            }
            List<EstateEnvironment> environments = new ArrayList<>(first.getEnvironments());
            environments.addAll(rest);
            if (environments.size() > InputLimits.MAX_ITEMS) {
                return null;
            }
            first.setEnvironments(environments);
            return first;
        } catch (IOException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Finds the cut (null when there is none: this thread then reads the whole file) and binds what follows it. */
    private static List<EstateEnvironment> secondHalf(ObjectMapper mapper, FileChannel channel, long size, String name,
                                                      CompletableFuture<Cut> cut) throws IOException {
        Cut at = null;
        try {
            at = findCut(channel, size);
        } finally {
            cut.complete(at); // whatever happened, the first half must not wait for ever
        }
        if (at == null) {
            return null;
        }
        SplitRegion rest = new SplitRegion(channel, at, size);
        List<EstateEnvironment> environments = PlainRead.readEnvironments(mapper, mapper.createParser(rest), name, rest::closedAt);
        return environments != null && onlyTheRootEndsAfter(channel, rest.closedAt, size) ? environments : null;
    }

    /** Whether {@code bracket} is the environments' closing bracket and only the root's closing brace and blanks follow it. */
    private static boolean onlyTheRootEndsAfter(FileChannel channel, long bracket, long size) throws IOException {
        if (bracket < 0 || size - bracket > 4096) {
            return false;
        }
        ByteBuffer tail = ByteBuffer.allocate((int) (size - bracket));
        while (tail.hasRemaining() && channel.read(tail, bracket + tail.position()) > 0) {
            // read on
        }
        if (tail.position() == 0 || tail.get(0) != ']') {
            return false;
        }
        int braces = 0;
        for (int i = 1; i < tail.position(); i++) {
            byte c = tail.get(i);
            if (c == '}') {
                braces++;
            } else if (!blank(c)) {
                return false;
            }
        }
        return braces == 1;
    }

    /**
     * The first comma past the middle between two elements of the root's {@code environments}
     * list, or null (no such list, it ends before the middle, or no comma comes before three
     * quarters of the file: one environment spans the middle). Strings, escapes and nesting are
     * followed; lines are counted as Jackson counts them (CR, LF and CR LF each end one).
     */
    static Cut findCut(FileChannel channel, long size) throws IOException {
        long middle = size / 2;
        long lastCut = size / 4 * 3;
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        byte[] bytes = buffer.array();
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        boolean inEnvironments = false;
        boolean lastStringIsEnvironments = false;
        int keyLength = -1;
        byte lastSignificant = 0;
        byte previous = 0;
        long line = 1;
        long lineStart = 0;
        for (long position = 0; position < size; ) {
            buffer.clear();
            int n = channel.read(buffer, position);
            if (n <= 0) {
                return null;
            }
            for (int i = 0; i < n; i++) {
                byte c = bytes[i];
                if (inString) {
                    if (!escaped && keyLength < 0) {
                        // not a root key being matched: only a quote or a backslash matters (most of the file)
                        while (c != '"' && c != '\\' && i + 1 < n) {
                            c = bytes[++i];
                        }
                    }
                    if (escaped) {
                        escaped = false;
                    } else if (c == '\\') {
                        escaped = true;
                    } else if (c == '"') {
                        inString = false;
                        lastSignificant = c;
                        if (depth == 1) {
                            lastStringIsEnvironments = keyLength == ENVIRONMENTS.length;
                        }
                    } else if (depth == 1 && keyLength >= 0) {
                        keyLength = keyLength < ENVIRONMENTS.length && ENVIRONMENTS[keyLength] == c ? keyLength + 1 : -1;
                    }
                    previous = c;
                    continue;
                }
                if (c == ' ') {
                    while (i + 1 < n && bytes[i + 1] == ' ') {
                        i++; // indentation, the rest of the file
                    }
                    previous = c;
                    continue;
                }
                long at = position + i;
                switch (c) {
                    case '\r' -> {
                        line++;
                        lineStart = at + 1;
                    }
                    case '\n' -> {
                        if (previous != '\r') {
                            line++;
                        }
                        lineStart = at + 1;
                    }
                    case '"' -> {
                        inString = true;
                        keyLength = depth == 1 ? 0 : -1;
                    }
                    case '{', '[' -> {
                        depth++;
                        if (c == '[' && depth == 2 && lastStringIsEnvironments) {
                            inEnvironments = true;
                        }
                    }
                    case '}', ']' -> {
                        if (depth == 2 && inEnvironments) {
                            return null; // the list ended before the middle
                        }
                        depth--;
                    }
                    case ',' -> {
                        if (inEnvironments && depth == 2 && at >= middle && lastSignificant == '}') {
                            return new Cut(at, line, at - lineStart + 1);
                        }
                        if (at > lastCut) {
                            return null; // a cut this late saves too little for the first half to wait for it
                        }
                    }
                    default -> {
                    }
                }
                if (!blank(c)) {
                    lastSignificant = c;
                }
                previous = c;
            }
            position += n;
        }
        return null;
    }

    private static boolean blank(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }
}
