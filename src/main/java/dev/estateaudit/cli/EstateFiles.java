package dev.estateaudit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the command line can tell of its estate files before reading them. */
final class EstateFiles {

    private EstateFiles() {
    }

    /** Their size, as far as it can be told: a large estate's rules are prepared for it (see AuditEngine.prepare). */
    static long bytes(List<Path> files) {
        long bytes = 0;
        for (Path file : files) {
            try {
                bytes += Files.isRegularFile(file) ? Files.size(file) : 0;
            } catch (IOException unreadableIsReportedWhenRead) {
                // the loader names the file and the problem
            }
        }
        return bytes;
    }
}
