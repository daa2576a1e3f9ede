package dev.estateaudit.cli;

import dev.estateaudit.knowledge.PlatformKnowledge;
import dev.estateaudit.report.KnowledgeListing;
import dev.estateaudit.util.UsageException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code estate-audit knowledge}: what the platform catalogue knows, and where each fact comes from. */
@Command(name = KnowledgeCommand.NAME,
        mixinStandardHelpOptions = true,
        description = {"Prints the platform catalogue a run judges against: its horizon, the releases it knows, "
                + "withdrawn releases, the support end dates and the sources.",
            "See docs/knowledge.md for how to add a release in a catalogue of your own (--knowledge)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  estate-audit knowledge",
            "  estate-audit knowledge --knowledge my-catalogue.yaml --format json"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the catalogue was printed", "2:the --knowledge file has problems (each as FILE:LINE: field: problem)"})
public final class KnowledgeCommand extends CommandBase {

    /** The name it is run by; {@link EstateAuditCommand} finds it by this name before picocli reads any annotation. */
    static final String NAME = "knowledge";

    @Mixin
    KnowledgeOption knowledge = new KnowledgeOption();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    String format = "text";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        String chosen = format.trim().toLowerCase(Locale.ROOT);
        if (!chosen.equals("text") && !chosen.equals("json")) {
            throw new UsageException("--format: '" + format + "' is not a format of this command; use text or json");
        }
        PlatformKnowledge catalogue = knowledge.load();
        StandardOutput.write(output, out(), writer -> {
            if (chosen.equals("json")) {
                KnowledgeListing.json(catalogue, writer);
            } else {
                KnowledgeListing.text(catalogue, writer);
            }
        });
        return ExitCodes.OK;
    }
}
