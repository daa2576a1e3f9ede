package dev.estateaudit.cli;

import dev.estateaudit.estate.Version;
import dev.estateaudit.util.UsageException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand has: its picocli spec (for its output streams) and the process environment. */
abstract class CommandBase implements Callable<Integer>, EstateAuditCommand.NeedsEnvironment {

    @Spec
    CommandSpec spec;

    Map<String, String> environment = System.getenv();

    @Override
    public void setEnvironment(Map<String, String> environment) {
        this.environment = environment;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** An option's value parsed, a parse failure being a usage error that names the option. */
    static <T> T parse(Supplier<T> parser, String option) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    /** {@code --target-version}, or null when it is not given. */
    static Version targetVersion(String text) {
        return text == null ? null : parse(() -> Version.parse(text), "--target-version");
    }
}
