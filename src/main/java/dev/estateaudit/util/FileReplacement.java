package dev.estateaudit.util;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a finished temporary file in the place of its destination. A rename over the destination
 * is atomic where the file system allows: a reader sees the old file or the new one, never half.
 * On Windows the rename fails while another program holds the destination open (a report in a
 * viewer, a CI agent still uploading it): the old file is then deleted first, which Windows
 * allows for files opened with delete sharing, and the new one renamed to its name.
 */
public final class FileReplacement {

    /** {@link Files#move}, or a stand-in for a test of what Windows does. */
    @FunctionalInterface
    interface Move {
        void move(Path source, Path target, CopyOption... options) throws IOException;
    }

    /** {@link Files#delete}, or a stand-in. */
    @FunctionalInterface
    interface Delete {
        void delete(Path file) throws IOException;
    }

    private FileReplacement() {
    }

    public static void replace(Path temporary, Path destination) throws IOException {
        replace(temporary, destination, Files::move, Files::delete);
    }

    static void replace(Path temporary, Path destination, Move move, Delete delete) throws IOException {
        try {
            move.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            move.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
        } catch (AccessDeniedException e) {
            if (!Files.isRegularFile(destination)) {
                throw e;
            }
            deleteThenRename(temporary, destination, move, delete, e);
        }
    }

    private static void deleteThenRename(Path temporary, Path destination, Move move, Delete delete,
            AccessDeniedException refused) throws IOException {
        try {
            delete.delete(destination);
        } catch (IOException e) {
            // the destination is still the old file, whole: say why the rename was refused
            refused.addSuppressed(e);
            throw refused;
        }
        try {
            move.move(temporary, destination);
        } catch (IOException e) {
            throw new FileSystemException(destination.toString(), null,
                    "the old file was removed but the new one could not take its name (" + e.getMessage() + ")");
        }
    }
}
