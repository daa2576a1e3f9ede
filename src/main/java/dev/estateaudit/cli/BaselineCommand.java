package dev.estateaudit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code estate-audit baseline}: writes the baseline that {@code check --baseline} reads. */
@Command(name = BaselineCommand.NAME,
        mixinStandardHelpOptions = true,
        description = {"Writes a baseline: the findings of today's estate, so that later checks "
                + "(check --baseline FILE --gate new) fail only on new ones."},
        subcommands = {BaselineWriteCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  estate-audit baseline write baseline.json samples/acme-factory-11.yaml",
            "  estate-audit check estate.yaml --baseline baseline.json --gate new"})
public final class BaselineCommand implements Runnable {

    /** The name it is run by; {@link EstateAuditCommand} finds it by this name before picocli reads any annotation. */
    static final String NAME = "baseline";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: 'baseline write FILE ESTATE...'");
    }
}
