package dev.estateaudit.cli;

import dev.estateaudit.app.InitRun;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code estate-audit init}: a file to start from, so nobody writes an estate from a blank page. */
@Command(name = InitCommand.NAME,
        mixinStandardHelpOptions = true,
        description = {"Writes a commented starter estate (LifeTime, the four usual environments, a zone, a module) "
                + "that passes check, each field's meaning beside it.",
            "With --from IMPORTED.yaml, writes instead an overlay naming, commented per environment, every fact "
                + "the rules need that the import lacks."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the file was written", "2:bad input or usage (--output exists, --from does not load)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  estate-audit init --output my-estate.yaml",
            "  estate-audit init --from imported.yaml --output overlay.yaml",
            "  estate-audit init"})
public final class InitCommand extends CommandBase {

    /** The name it is run by; {@link EstateAuditCommand} finds it by this name before picocli reads any annotation. */
    static final String NAME = "init";

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE (never over an existing one) instead of standard output.")
    Path output;

    @Option(names = "--from", paramLabel = "FILE", description = "An imported estate: write the overlay of the facts it lacks.")
    Path from;

    @Override
    public Integer call() {
        if (output != null) {
            InitRun.refuseOutput(output);
        }
        String content = from == null ? InitRun.starter(output) : InitRun.overlay(from, output);
        if (output == null) {
            out().print(content);
            out().flush();
        } else {
            InitRun.write(output, content);
            err().println("estate-audit: wrote " + (from == null ? "a starter estate" : "an overlay for " + from) + " to "
                    + output + "; check it with: estate-audit check " + (from == null ? "" : from + " ") + output);
        }
        return ExitCodes.OK;
    }
}
