package dev.estateaudit.cli;

import dev.estateaudit.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the CLI in-process with captured output, as a pipeline would see it. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        return with(Map.of(), args);
    }

    public static CliRun with(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EstateAuditCommand.run(args, new PrintWriter(out), new PrintWriter(err), environment);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Through {@link Main#run}, the entry point users get. */
    public static CliRun main(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
