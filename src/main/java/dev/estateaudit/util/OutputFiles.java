package dev.estateaudit.util;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes output files whole or not at all, without replacing what the user meant to write into.
 * Everything is rendered to temporary files first; only then does anything reach its target. A
 * regular file, or a name not taken yet, is replaced by renaming its temporary file over it,
 * wherever it lies (/dev/shm included); a symbolic link is written through, so the link stays and
 * its target gets the content. What is not a regular file (a device such as /dev/null, a FIFO), and
 * a process's open descriptor (/dev/stdout, /dev/fd/1, /proc/self/fd/1, even when the shell
 * redirected it to a file), is opened and written directly: renaming over it would turn a device
 * into a file or cut a shell's redirection. A descriptor the shell opened to append ({@code >>})
 * is appended to, so that {@code --output /dev/stdout >> log} keeps the log; any other is emptied
 * first, as the shell's {@code >} would. The file's type decides, never its path. Temporary
 * files ({@link ReportTemporary}) are removed on failure, and by {@link ExitGuard} when the process
 * is ended by SIGTERM or SIGINT.
 */
public final class OutputFiles {

    /** Something written to a file in one go. */
    @FunctionalInterface
    public interface Body {
        void writeTo(Writer out) throws IOException;
    }

    private static final int MAX_LINKS = 40;
    private static final String PROC_FILE_SYSTEM = "proc";

    private OutputFiles() {
    }

    private record Pending(ReportTemporary temporary, Path destination, boolean direct) {
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
            pending.forEach(p -> discard(p.temporary().file()));
        }
    }

    public static void write(Path target, Body body) {
        writeAll(Map.of(target, body));
    }

    /**
     * Whether {@code path} is written in place rather than replaced: it is there and not a regular
     * file (a device, a FIFO), or it leads through a process's descriptor ({@link #throughDescriptor}).
     */
    public static boolean writtenDirectly(Path path) {
        Path absolute = path.toAbsolutePath();
        return Files.exists(absolute) && !Files.isRegularFile(absolute) || throughDescriptor(absolute);
    }

    /**
     * Whether one of the symbolic links {@code path} leads through is a process's descriptor, a link
     * in a folder of the proc file system (/dev/stdout leads to /proc/self/fd/1). Replacing what it
     * names would leave the shell writing to a file no longer there.
     */
    static boolean throughDescriptor(Path path) {
        return descriptor(path) != null;
    }

    /** The process's descriptor link {@code path} leads through (/proc/self/fd/1 for /dev/stdout), or null. */
    private static Path descriptor(Path path) {
        Path current = path;
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(current); i++) {
            try {
                if (PROC_FILE_SYSTEM.equals(Files.getFileStore(current.getParent()).type())) {
                    return current;
                }
                current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether {@code path} leads through a descriptor opened to append (O_APPEND, octal 02000, among
     * the flags /proc/PID/fdinfo/N gives): the shell's {@code >>}.
     */
    static boolean appending(Path path) {
        Path descriptor = descriptor(path);
        if (descriptor == null || descriptor.getParent() == null || descriptor.getParent().getParent() == null) {
            return false;
        }
        Path info = descriptor.getParent().getParent().resolve("fdinfo").resolve(descriptor.getFileName().toString());
        try {
            for (String line : Files.readAllLines(info)) {
                if (line.startsWith("flags:")) {
                    return (Integer.parseInt(line.substring("flags:".length()).strip(), 8) & 02000) != 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // no flags to read: written as before, emptied first
        }
        return false;
    }

    private static Pending render(Path target, Body body) {
        boolean direct = writtenDirectly(target);
        Path destination;
        ReportTemporary temporary;
        try {
            destination = direct ? target.toAbsolutePath() : throughLinks(target.toAbsolutePath());
            Path folder = direct ? Path.of(System.getProperty("java.io.tmpdir")) : destination.getParent();
            if (!direct) {
                Files.createDirectories(folder);
            }
            temporary = ReportTemporary.createIn(folder);
        } catch (IOException | RuntimeException e) {
            throw cannotWrite(target, e);
        }
        try (Writer out = Files.newBufferedWriter(temporary.file(), StandardCharsets.UTF_8)) {
            body.writeTo(out);
        } catch (IOException e) {
            discard(temporary.file());
            throw cannotWrite(target, e);
        } catch (RuntimeException | Error e) {
            discard(temporary.file());
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
                        appending(p.destination()) ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
                    Files.copy(p.temporary().file(), out);
                }
                return;
            }
            p.temporary().takeModeOf(p.destination());
            FileReplacement.replace(p.temporary().file(), p.destination());
            TemporaryFiles.forget(p.temporary().file());
        } catch (IOException | RuntimeException e) {
            throw cannotWrite(p.destination(), e);
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
