package dev.estateaudit.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files of reports still being written, removed when the process ends before they
 * were put in place. Holds no shutdown hook of its own: {@link ExitGuard} calls {@link #removeAll}
 * and loads this class before any hook can run (a class first initialised during shutdown cannot
 * add a hook, and its failure used to cost the guard its exit code).
 */
public final class TemporaryFiles {

    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    private TemporaryFiles() {
    }

    static void add(Path temporary) {
        LIVE.add(temporary);
    }

    static void forget(Path temporary) {
        LIVE.remove(temporary);
    }

    /** Removes what is still there; called as the process ends. */
    public static void removeAll() {
        for (Path temporary : List.copyOf(LIVE)) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException | RuntimeException ignored) {
                // nothing more can be done while the process ends
            }
        }
    }
}
