package dev.estateaudit;

import dev.estateaudit.cli.EstateAuditCommand;
import dev.estateaudit.util.ExitGuard;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point: the only place that calls {@code System.exit} (see {@link ExitGuard} for the other ends). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        ExitGuard.install();
        // not System.out, a PrintStream that swallows write errors: a full disk or a closed pipe must not exit 0
        PrintWriter out = new PrintWriter(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        ExitGuard.exitChosen();
        System.exit(code);
    }

    /** Runs the CLI with the given streams and returns the exit code (see {@link dev.estateaudit.cli.ExitCodes}). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return EstateAuditCommand.run(args, out, err, System.getenv());
    }
}
