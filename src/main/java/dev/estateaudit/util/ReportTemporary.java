package dev.estateaudit.util;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The temporary file a report is written to before it takes its destination's name, and the mode
 * the report will have there.
 *
 * <p>Its name is short and its own (".estate-audit-", up to 13 random characters, ".tmp"), never built from
 * the destination's: a legal 255-byte report name leaves no room for anything added to it.
 *
 * <p>On a POSIX file system the file is created as any new file is, so that its mode shows what the
 * user's umask gives a new file (Java cannot read the umask); it is then private to its owner while
 * the report is written, and takes its final mode just before the rename: the mode of the file it
 * replaces, else the umask's. A report replaced in a 0600 file stays 0600, and one written under
 * umask 027 is 0640, not always 0644. Elsewhere (Windows) the folder's permissions apply, as to any
 * new file.
 */
final class ReportTemporary {

    private static final String PREFIX = ".estate-audit-";
    private static final String SUFFIX = ".tmp";
    private static final int ATTEMPTS = 100;
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    /** What the umask gives a new file here; null where the file system has no POSIX permissions. */
    private final Set<PosixFilePermission> newFileMode;

    private ReportTemporary(Path file, Set<PosixFilePermission> newFileMode) {
        this.file = file;
        this.newFileMode = newFileMode;
    }

    Path file() {
        return file;
    }

    /** A new temporary file in {@code folder}, registered with {@link TemporaryFiles} as soon as it exists. */
    static ReportTemporary createIn(Path folder) throws IOException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Path candidate = folder.resolve(PREFIX + Long.toUnsignedString(RANDOM.nextLong(), 36) + SUFFIX);
            try {
                Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            TemporaryFiles.add(candidate);
            try {
                return new ReportTemporary(candidate, privateWhileWritten(candidate));
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(candidate);
                TemporaryFiles.forget(candidate);
                throw e;
            }
        }
        throw new IOException("no free temporary file name in " + folder + " after " + ATTEMPTS + " attempts");
    }

    /** The mode the file was created with (the umask's), after making it private; null without POSIX permissions. */
    private static Set<PosixFilePermission> privateWhileWritten(Path file) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return null;
        }
        Set<PosixFilePermission> created = Files.getPosixFilePermissions(file);
        Files.setPosixFilePermissions(file, PRIVATE);
        return created;
    }

    /** Gives the file, about to replace {@code destination}, the mode of the regular file there, else the umask's. */
    void takeModeOf(Path destination) throws IOException {
        if (newFileMode == null) {
            return;
        }
        Set<PosixFilePermission> mode = Files.isRegularFile(destination) ? Files.getPosixFilePermissions(destination) : newFileMode;
        Files.setPosixFilePermissions(file, mode);
    }
}
