package dev.estateaudit.util;

import java.io.PrintStream;

/**
 * Turns every end of the process that {@code Main} did not choose into a known exit code, with one
 * line on stderr and no report half-written: a rule calling {@code System.exit(0)} is exit 2 (a
 * pipeline must not read it as a passed gate); SIGTERM and SIGINT are 143 and 130, as for any
 * process they end. Everything the hook uses is loaded when the guard is installed: a class first
 * initialised during shutdown may fail (adding a hook of its own, say), and the hook with it.
 * {@code Runtime.halt} from a rule cannot be caught by anything: rules are trusted code.
 */
public final class ExitGuard {

    private static final int BAD_INPUT = 2;
    private static volatile boolean chosen;
    private static volatile int signal;
    private static volatile String signalName;

    private ExitGuard() {
    }

    /** Installs the hook and the signal handlers; call once, first thing in main. */
    public static void install() {
        TemporaryFiles.removeAll(); // loads it now: nothing is loaded during shutdown
        PrintStream err = System.err;
        handle("TERM");
        handle("INT");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> unchosenEnd(err), "estate-audit-exit-guard"));
    }

    /** Main is ending the process with the code it chose: the hook lets it. */
    public static void exitChosen() {
        chosen = true;
    }

    private static void handle(String name) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(name), s -> {
                signalName = "SIG" + s.getName();
                signal = s.getNumber();
                System.exit(128 + s.getNumber());
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // a platform without this signal (or one that reserves it) keeps the JVM's own handling
        }
    }

    private static void unchosenEnd(PrintStream err) {
        if (chosen) {
            return;
        }
        int code;
        if (signal > 0) {
            code = 128 + signal;
            err.println("estate-audit: stopped by " + signalName + " before the run finished: exit " + code);
        } else {
            code = BAD_INPUT;
            err.println("estate-audit: the run ended before it finished (a rule calling System.exit): exit " + code);
        }
        err.flush();
        TemporaryFiles.removeAll();
        Runtime.getRuntime().halt(code);
    }
}
