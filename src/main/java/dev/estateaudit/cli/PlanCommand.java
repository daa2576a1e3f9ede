package dev.estateaudit.cli;

import dev.estateaudit.app.PlanRun;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.Version;
import dev.estateaudit.plan.UpgradePlan;
import dev.estateaudit.report.PlanFormat;
import dev.estateaudit.util.OutputGuard;
import dev.estateaudit.util.Terminal;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code estate-audit plan}: the upgrade plan of an estate, derived by the plan rules from the audit's facts. */
@Command(name = PlanCommand.NAME,
        mixinStandardHelpOptions = true,
        description = {"Writes the upgrade plan of an estate for a target Platform Server version.",
            "Four phases: analysis and preparation, planning (order and strategy per environment), execution per environment, testing.",
            "A plan for an estate with blocking errors is still written, headed by what blocks it."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  estate-audit plan samples/acme-factory-11.yaml",
            "  estate-audit plan estate.yaml --target-version 11.31.0 --format html"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the plan was written and nothing blocks the upgrade",
            "1:the plan was written, but errors block the upgrade (listed at its top)",
            "2:bad input or usage",
            "3:internal error"})
public final class PlanCommand extends RuleCommand {

    /** The name it is run by; {@link EstateAuditCommand} finds it by this name before picocli reads any annotation. */
    static final String NAME = "plan";

    /** Whether standard output is a terminal; tests give their own answer. */
    private final BooleanSupplier terminal;

    public PlanCommand() {
        this(Terminal::standardOutput);
    }

    PlanCommand(BooleanSupplier terminal) {
        this.terminal = terminal;
    }

    @Parameters(arity = "1..*", paramLabel = "ESTATE", description = "Estate files (.yaml, .yml or .json), merged in order.")
    List<Path> estateFiles = new ArrayList<>();

    @Option(names = "--target-version", paramLabel = "V", description = "The target Platform Server version (default: the estate's upgrade.targetVersion).")
    String targetVersion;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, markdown (a checklist), json or html (default: text when standard output is a terminal, markdown otherwise).")
    String format;

    @Mixin
    WidthOption width = new WidthOption();

    @Option(names = "--output", paramLabel = "FILE", description = "Write the plan to FILE (whole or not at all) instead of standard output.")
    Path output;

    @Mixin
    AsOfOption asOf = new AsOfOption();

    @Mixin
    KnowledgeOption knowledge = new KnowledgeOption();

    @Override
    public Integer call() throws IOException {
        width.validate();
        PlanFormat planFormat = parse(() -> format != null ? PlanFormat.parse(format)
                : output == null && terminal.getAsBoolean() ? PlanFormat.TEXT : PlanFormat.MARKDOWN, "--format");
        Version target = targetVersion(targetVersion);
        new OutputGuard().inputs("the estate file", estateFiles).folders("a rule file of", rules.ruleFolders)
                .input("the platform catalogue", knowledge.file).output("--output", output);
        PlanRun run = new PlanRun(rules.engine(environment, err()).withKnowledge(knowledge.load()).judgedAsOf(asOf.date()));
        UpgradePlan plan = run.plan(estateFiles, target);
        Writer stdout = output == null && planFormat == PlanFormat.TEXT
                ? width.standardOutput(out(), terminal.getAsBoolean(), environment) : out();
        StandardOutput.write(output, stdout, out -> planFormat.renderer().render(plan, out));
        return plan.blocked() ? ExitCodes.GATE_FAILED : ExitCodes.OK;
    }
}
