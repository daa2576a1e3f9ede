package dev.estateaudit.util;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes output files whole or not at all, without replacing what the user meant to write into.
 * Everything is rendered to temporary files first; only then does anything reach its target. A
 * regular file is replaced by renaming its temporary file over it; a symbolic link is written
 * through, so the link stays and its target gets the content; a device, a FIFO or a path under
 * /dev or /proc (/dev/stdout redirected to a file, say) is opened and written directly, since
 * renaming over it would turn a device into a file or cut a shell's redirection. Temporary files
 * are removed on failure, and by {@link ExitGuard} when the process is ended by SIGTERM or SIGINT.
 */
public final class OutputFiles {

    /** Something written to a file in one go. */
    @FunctionalInterface
    public interface Body {
        void writeTo(Writer out) throws IOException;
    }

    private static final int MAX_LINKS = 40;

    private OutputFiles() {
    }

    private record Pending(Path temporary, Path destination, boolean direct) {
    }

    /** Renders every body, then puts them all in place; a failure in any rendering leaves every target untouched. */
    public static void writeAll(Map<Path, Body> targets) {
        targets.keySet().forEach(OutputFiles::refuseUnwritable);
        List<Pending> pending = new ArrayList<>();
        try {
            for (Map.Entry<Path, Body> target : targets.entrySet()) {
                pending.add(render(target.getKey(), target.getValue()));
            }
            for (Pending p : pending) {
                place(p);
            }
        } finally {
            pending.forEach(p -> discard(p.temporary()));
        }
    }

    public static void write(Path target, Body body) {
        writeAll(Map.of(target, body));
    }

    /** Whether {@code path} is written in place rather than replaced (a device, a FIFO, /dev/stdout). */
    public static boolean writtenDirectly(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.startsWith("/dev") || absolute.startsWith("/proc")) {
            return true;
        }
        return Files.exists(absolute) && !Files.isRegularFile(absolute);
    }

    private static Pending render(Path target, Body body) {
        boolean direct = writtenDirectly(target);
        Path destination;
        Path temporary;
        try {
            destination = direct ? target.toAbsolutePath() : throughLinks(target.toAbsolutePath());
            Path folder = destination.getParent();
            if (!direct) {
                Files.createDirectories(folder);
            }
            temporary = direct ? Files.createTempFile("estate-audit-", ".tmp")
                    : Files.createTempFile(folder, "." + destination.getFileName() + ".", ".tmp");
        } catch (IOException | RuntimeException e) {
            throw cannotWrite(target, e);
        }
        TemporaryFiles.add(temporary);
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            body.writeTo(out);
        } catch (IOException e) {
            discard(temporary);
            throw cannotWrite(target, e);
        } catch (RuntimeException | Error e) {
            discard(temporary);
            throw e;
        }
        return new Pending(temporary, destination, direct);
    }

    /**
     * Refuses, before anything is rendered, a target that cannot receive a report: a folder, a
     * file or folder this user may not write. Found only while reports were being put in place,
     * it left some reports new and the others old.
     */
    public static void refuseUnwritable(Path target) {
        if (target == null) {
            return;
        }
        Path destination;
        try {
            destination = throughLinks(target.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            throw cannotWrite(target, e);
        }
        if (Files.isDirectory(destination)) {
            throw new UsageException(target + ": is a folder; give the report a file name inside it");
        }
        if (writtenDirectly(target)) {
            if (Files.exists(destination) && !Files.isWritable(destination)) {
                throw new UsageException(target + ": cannot write (permission denied)");
            }
            return;
        }
        Path folder = destination.getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UsageException(target + ": cannot write (" + folder + " is a file, not a folder)");
        }
        if (folder != null && !Files.isWritable(folder) || Files.exists(destination) && !Files.isWritable(destination)) {
            throw new UsageException(target + ": cannot write (permission denied)");
        }
    }

    /** The file a path finally names, following symbolic links (a dangling one included) but not creating anything. */
    static Path throughLinks(Path path) throws IOException {
        Path current = path;
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(current); i++) {
            current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
        }
        if (Files.isSymbolicLink(current)) {
            throw new IOException("too many levels of symbolic links");
        }
        Path parent = current.getParent();
        return parent != null && Files.isDirectory(parent) ? parent.toRealPath().resolve(current.getFileName()) : current;
    }

    private static void place(Pending p) {
        try {
            if (p.direct()) {
                try (OutputStream out = Files.newOutputStream(p.destination(), StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    Files.copy(p.temporary(), out);
                }
                return;
            }
            readableByAll(p.temporary());
            FileReplacement.replace(p.temporary(), p.destination());
            TemporaryFiles.forget(p.temporary());
        } catch (IOException | RuntimeException e) {
            throw cannotWrite(p.destination(), e);
        }
    }

    /** Temporary files are private to their owner; a report is read by others (a CI agent, a web server). */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static UsageException cannotWrite(Path target, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new UsageException(target + ": cannot write (" + reason + ")");
    }

    private static void discard(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException | RuntimeException ignored) {
            // the shutdown hook tries again; a hidden leftover never stands in for a target
        }
        TemporaryFiles.forget(temporary);
    }
}
