package dev.estateaudit.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
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
}
