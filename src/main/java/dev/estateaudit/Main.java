package dev.estateaudit;

import dev.estateaudit.cli.EstateAuditCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point: the only place that calls {@code System.exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the CLI with the given streams and returns the exit code (see {@link dev.estateaudit.cli.ExitCodes}). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return EstateAuditCommand.run(args, out, err, System.getenv());
    }
}
