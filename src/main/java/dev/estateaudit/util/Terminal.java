package dev.estateaudit.util;

import java.nio.file.Files;
import java.nio.file.Path;

/** Tells whether a standard stream of this process is a terminal (Java has no isatty of its own). */
public final class Terminal {

    private Terminal() {
    }

    public static boolean standardOutput() {
        return isTerminal(1);
    }

    public static boolean standardError() {
        return isTerminal(2);
    }

    private static boolean isTerminal(int descriptor) {
        Path link = Path.of("/proc/self/fd/" + descriptor);
        if (System.console() == null && !Files.exists(link)) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            // no /proc (not Linux): a console means both standard streams are terminals
            return System.console() != null;
        }
    }
}
