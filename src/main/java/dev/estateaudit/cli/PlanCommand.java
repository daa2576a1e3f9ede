package dev.estateaudit.cli;

import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.engine.RuleBase;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateLoader;
import dev.estateaudit.estate.Version;
import dev.estateaudit.report.PlanFormat;
import dev.estateaudit.plan.Planner;
import dev.estateaudit.plan.UpgradePlan;
import dev.estateaudit.readiness.TargetVersions;
import dev.estateaudit.report.ReportFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import dev.estateaudit.util.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code estate-audit plan}: the upgrade plan of an estate, derived by the plan rules from the audit's facts. */
@Command(name = "plan",
        mixinStandardHelpOptions = true,
        description = {"Writes the upgrade plan of an estate for a target Platform Server version.",
            "Four phases: analysis and preparation, planning (order and strategy per environment), execution per environment, testing.",
            "A plan for an estate with blocking errors is still written, headed by what blocks it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the plan was written and nothing blocks the upgrade",
            "1:the plan was written, but errors block the upgrade (listed at its top)",
            "2:bad input or usage",
            "3:internal error"})
public final class PlanCommand implements Callable<Integer> {

    /** Whether standard output is a terminal; tests give their own answer. */
    private final BooleanSupplier terminal;

    public PlanCommand() {
        this(Terminal::standardOutput);
    }

    PlanCommand(BooleanSupplier terminal) {
        this.terminal = terminal;
    }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ESTATE", description = "Estate files (.yaml, .yml or .json), merged in order.")
    List<Path> estateFiles = new ArrayList<>();

    @Option(names = "--target-version", paramLabel = "V", description = "The target Platform Server version (default: the estate's upgrade.targetVersion).")
    String targetVersion;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, markdown (a checklist), json or html (default: text when standard output is a terminal, markdown otherwise).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the plan to FILE (whole or not at all) instead of standard output.")
    Path output;

    @Option(names = "--rules", paramLabel = "DIR", description = "A folder of your own .drl audit rules, run beside the built-in ones (repeatable).")
    List<Path> ruleFolders = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PlanFormat planFormat;
        try {
            planFormat = format != null ? PlanFormat.parse(format)
                    : output == null && terminal.getAsBoolean() ? PlanFormat.TEXT : PlanFormat.MARKDOWN;
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format: " + e.getMessage());
        }
        Estate estate = new EstateLoader().load(estateFiles);
        if (targetVersion != null) {
            try {
                estate = estate.withTargetVersion(Version.parse(targetVersion));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--target-version: " + e.getMessage());
            }
        }
        if (!estate.isUpgradePlanned()) {
            throw new UsageException("no target version: give --target-version V or upgrade.targetVersion in the estate file");
        }
        UpgradePlan plan = new Planner(new AuditEngine(RuleBases.of(ruleFolders))).plan(estate);
        if (output != null) {
            ReportFiles.write(output, out -> planFormat.renderer().render(plan, out));
        } else {
            PrintWriter out = spec.commandLine().getOut();
            planFormat.renderer().render(plan, out);
            out.flush();
        }
        return plan.blocked() ? ExitCodes.GATE_FAILED : ExitCodes.OK;
    }
}
