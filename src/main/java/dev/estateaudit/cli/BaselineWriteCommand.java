package dev.estateaudit.cli;

import dev.estateaudit.app.CheckRun;
import dev.estateaudit.estate.Version;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.report.AuditReport;
import dev.estateaudit.report.ReportFiles;
import dev.estateaudit.report.ReportFormat;
import dev.estateaudit.review.Baseline;
import dev.estateaudit.util.OutputGuard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code estate-audit baseline write FILE ESTATE...}: the JSON report of today's findings, written
 * whole. Writing a baseline is not a gate, so it exits 0 whatever the findings are: a baseline of
 * an estate with errors is the usual case, not a failure.
 */
@Command(name = "write",
        mixinStandardHelpOptions = true,
        description = {"Audits the estate and writes its findings to FILE as the JSON report that "
                + "check --baseline reads. Exits 0 whatever the findings."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the baseline was written (whatever the findings)", "2:bad input or usage (nothing written)",
            "3:internal error"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  estate-audit baseline write baseline.json samples/acme-factory-11.yaml",
            "  estate-audit baseline write baseline.json inventory.yaml overlay.yaml",
            "  estate-audit baseline write baseline.json estate.yaml --rules my-rules"})
public final class BaselineWriteCommand extends CommandBase {

    @Parameters(index = "0", paramLabel = "FILE", description = "The baseline to write (JSON).")
    Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ESTATE", description = "Estate files, merged in order.")
    List<Path> estateFiles = new ArrayList<>();

    @Mixin
    RuleOptions rules = new RuleOptions();

    @Mixin
    AsOfOption asOf = new AsOfOption();

    @Mixin
    KnowledgeOption knowledge = new KnowledgeOption();

    @Option(names = "--target-version", paramLabel = "V",
            description = "Audit against this target Platform Server version instead of upgrade.targetVersion.")
    String targetVersion;

    @Override
    public Integer call() throws IOException {
        Version target = targetVersion(targetVersion);
        // a baseline written over one of the estate files or rules would destroy what it describes
        new OutputGuard().inputs("the estate file", estateFiles).folders("a rule file of", rules.ruleFolders)
                .input("the platform catalogue", knowledge.file).output("FILE", file);
        CheckRun run = new CheckRun(rules.engine(environment, err()).withKnowledge(knowledge.load()),
                CheckRun.Review.defaults(Severity.ERROR).asOf(asOf.date()));
        AuditReport report = run.report(estateFiles, target);
        ReportFiles.write(file, report, ReportFormat.JSON.renderer(false));
        err().println("estate-audit: baseline of " + report.result().findings().size()
                + " findings written to " + file + " (schemaVersion " + Baseline.REPORT_SCHEMA_VERSION + ")");
        return ExitCodes.OK;
    }
}
