package dev.estateaudit;

import dev.estateaudit.cli.EstateAuditCommand;
import dev.estateaudit.cli.ExitCodes;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point: the only place that calls {@code System.exit}. */
public final class Main {

    private static volatile boolean exitingFromMain;

    private Main() {
    }

    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(Main::exitNotFromMain, "estate-audit-exit-guard"));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        exitingFromMain = true;
        System.exit(code);
    }

    /**
     * A user rule is code that can call System.exit(0) half-way through a run; a pipeline must not
     * read that as a passed gate. Any end of the process that Main did not choose (that, or a
     * signal) is turned into exit 2. Runtime.halt cannot be caught by anything: rules are trusted
     * code (docs/security.md).
     */
    private static void exitNotFromMain() {
        if (exitingFromMain) {
            return;
        }
        System.err.println("estate-audit: the run ended before it finished (a signal, or a rule calling System.exit): exit "
                + ExitCodes.BAD_INPUT);
        System.err.flush();
        dev.estateaudit.util.OutputFiles.removeTemporaries();
        Runtime.getRuntime().halt(ExitCodes.BAD_INPUT);
    }

    /** Runs the CLI with the given streams and returns the exit code (see {@link dev.estateaudit.cli.ExitCodes}). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return EstateAuditCommand.run(args, out, err, System.getenv());
    }
}
