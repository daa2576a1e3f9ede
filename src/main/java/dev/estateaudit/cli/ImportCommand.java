package dev.estateaudit.cli;

import dev.estateaudit.estate.LifeTime;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code estate-audit import}: builds an estate file from what LifeTime knows. */
@Command(name = ImportCommand.NAME,
        mixinStandardHelpOptions = true,
        description = {"Builds an estate file from LifeTime: from its Deployment API v2, or from the answers "
                + "outsystems-pipeline saved.",
            "What LifeTime does not know comes from an overlay file given to 'check' after the imported one."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  estate-audit import lifetime --url https://lt.example.com --output estate.yaml",
            "  estate-audit import pipeline-artifacts samples/pipeline-artifacts/Artifacts"},
        subcommands = {ImportLifetimeCommand.class, ImportPipelineArtifactsCommand.class})
public final class ImportCommand implements Runnable {

    /** The name it is run by; {@link EstateAuditCommand} finds it by this name before picocli reads any annotation. */
    static final String NAME = "import";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a source is required: 'import lifetime --url https://HOST' or 'import pipeline-artifacts DIR'");
    }
}
