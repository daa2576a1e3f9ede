package dev.estateaudit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the CLI in process, as a user would from a terminal without colour. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EstateAuditCommand.run(args, new PrintWriter(out), new PrintWriter(err), Map.of("NO_COLOR", "1"));
        return new CliRun(code, out.toString(), err.toString());
    }
}
