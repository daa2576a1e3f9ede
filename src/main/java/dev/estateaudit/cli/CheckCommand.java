package dev.estateaudit.cli;

import dev.estateaudit.app.CheckRun;
import dev.estateaudit.config.ConfigFile;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.Version;
import dev.estateaudit.readiness.ReadinessMatrix;
import dev.estateaudit.readiness.TargetVersions;
import dev.estateaudit.report.AuditReport;
import dev.estateaudit.report.AzurePipelineRun;
import dev.estateaudit.report.MatrixFormat;
import dev.estateaudit.report.ReportFiles;
import dev.estateaudit.report.ReportFormat;
import dev.estateaudit.report.ReportRenderer;
import dev.estateaudit.report.SarifReport;
import dev.estateaudit.report.TextReport;
import dev.estateaudit.util.AnsiSupport;
import dev.estateaudit.util.OutputGuard;
import dev.estateaudit.util.Terminal;
import dev.estateaudit.util.TerminalText;
import dev.estateaudit.util.UsageException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;

/** {@code estate-audit check}: audits one estate (several files merged) and gates on its findings. */
@Command(name = CheckCommand.NAME,
        mixinStandardHelpOptions = true,
        description = {"Audits an estate and reports what blocks or endangers its Platform Server upgrade.",
            "Several estate files are merged in order: later values win."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  estate-audit check samples/acme-factory-11.yaml",
            "  estate-audit check inventory.yaml overlay.yaml --format json --output out.json",
            "  estate-audit check estate.yaml --target-version 11.20.0,11.31.0 --format html"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the gate passed",
            "1:a finding at or above --fail-on failed the gate (or, with --fail-on-not-evaluated, a check not evaluated)",
            "2:bad input or usage",
            "3:internal error"})
public final class CheckCommand extends RuleCommand {

    /** The name it is run by; {@link EstateAuditCommand} finds it by this name before picocli reads any annotation. */
    static final String NAME = "check";

    @Parameters(arity = "1..*", paramLabel = "ESTATE", description = "Estate files (.yaml, .yml or .json), merged in order.")
    List<Path> estateFiles = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format on standard output: text, json, sarif, junit, markdown, html, "
                    + "github or azure (CI annotations, one line per finding) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "[FORMAT=]FILE",
            description = "Write a report to FILE, whole or not at all (repeatable): FORMAT=FILE in that format, "
                    + "a bare FILE in the --format format instead of standard output.")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Fail the gate (exit 1) on findings at or above: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--fail-on-not-evaluated",
            description = "Fail the gate (exit 1) also when a check at or above --fail-on could not be evaluated "
                    + "(facts it reads are missing from the estate); the report names those checks.")
    boolean failOnNotEvaluated;

    @Option(names = "--target-version", paramLabel = "V", split = ",",
            description = {"Audit against this target Platform Server version instead of upgrade.targetVersion.",
                "Several, comma-separated (11.20.0,11.31.0), give a readiness matrix: per target ready, blocked (with the blocking findings) or unknown (beyond the platform catalogue) (text, json, markdown or html)."})
    List<String> targetVersions = new ArrayList<>();

    @Option(names = "--all",
            description = "In the text report, list every finding; by default a rule that fires more than five times in one environment is shown once with its count and the first five.")
    boolean listEvery;

    @Option(names = "--sarif-root", paramLabel = "DIR",
            description = "SARIF artifact URIs are relative to this folder, the repository's root (default: the working directory); files outside it get absolute file: URIs.")
    Path sarifRoot;

    @Option(names = "--sarif-max-results", paramLabel = "N",
            description = "Keep at most N results in the SARIF report, errors first, then warnings, then notes; the rest are counted in the run's properties (default: every result).")
    Integer sarifMaxResults;

    @Mixin
    WidthOption width = new WidthOption();

    @Mixin
    FindingLifeOptions life = new FindingLifeOptions();

    @Mixin
    KnowledgeOption knowledge = new KnowledgeOption();

    @Override
    public Integer call() throws IOException {
        width.validate();
        if (targetVersions.isEmpty() && spec.commandLine().getParseResult().hasMatchedOption("--target-version")) {
            // picocli splits "," into nothing: run as if no list were given, it would judge another target than asked
            throw new UsageException("--target-version: no version in the list; give one (11.31.0) or several, comma-separated (11.20.0,11.31.0)");
        }
        List<Version> targets = parse(() -> TargetVersions.parse(targetVersions), "--target-version");
        if (life.config == null && Files.isRegularFile(Path.of(ConfigFile.DEFAULT_NAME))) {
            err().println("estate-audit: reading the config file " + ConfigFile.DEFAULT_NAME + " in the working directory");
        }
        ConfigFile config = ConfigFile.locate(life.config, Path.of(""));
        sayWhatAFoundConfigDecides(config);
        CheckSettings settings = CheckSettings.resolve(this, life, config, spec.commandLine().getParseResult(), Path.of(""),
                targets.size() <= 1, AzurePipelineRun.detect(environment,
                        warning -> err().println("estate-audit: warning: " + warning)).orElse(null));
        OutputGuard guard = inputs(settings);
        if (targets.size() > 1) {
            guard.output("--output", matrixOutput());
            return checkEachTarget(targets, settings);
        }
        settings.outputs().forEach(o -> guard.output("--output", o.file()));
        try (ProgressLine progress = ProgressLine.start(err(), environment)) {
            progress.phase("compiling the rules");
            CheckRun run = new CheckRun(rules.engine(settings.ruleFolders(), environment, err())
                    .withKnowledge(KnowledgeOption.load(settings.knowledge())), settings.review()).onPhase(progress::phase);
            AuditReport report = run.report(estateFiles, targets.isEmpty() ? null : targets.get(0))
                    .failingOnNotEvaluated(settings.failOnNotEvaluated());
            progress.phase("writing the report");
            return write(report, settings, progress);
        }
    }

    /** A config that came with the working directory and changes the verdict says so, key by key, where the log shows it. */
    private void sayWhatAFoundConfigDecides(ConfigFile config) {
        if (!config.found()) {
            return;
        }
        List<String> deciding = config.keysSet().stream().filter(ConfigFile.GATE_AND_SELECTION::contains).toList();
        if (!deciding.isEmpty()) {
            err().println("estate-audit: " + ConfigFile.DEFAULT_NAME + " sets the gate or the rules that run: "
                    + String.join(", ", deciding));
        }
    }

    private int write(AuditReport report, CheckSettings settings, ProgressLine progress) throws IOException {
        // every file is rendered before any is renamed into place, so a failure leaves none half-new
        if (settings.outputs().stream().anyMatch(o -> o.format() == ReportFormat.SARIF)) {
            SarifReport.limitWarning(report, settings.sarif())
                    .ifPresent(warning -> err().println("estate-audit: warning: " + warning));
        }
        Map<Path, ReportRenderer> files = new LinkedHashMap<>();
        settings.outputs().stream().filter(o -> o.file() != null)
                .forEach(o -> files.put(o.file(), o.format().renderer(false, settings.sarif(), listEvery)));
        ReportFiles.writeAll(files, report);
        progress.close(); // the line is gone before a report is written to the terminal
        boolean terminal = Terminal.standardOutput();
        if (terminal && everyReportToAFile(settings)) {
            Writer out = width.standardOutput(out(), true, environment);
            summary(report, settings, out);
            WidthOption.finish(out);
        } else {
            for (CheckSettings.Output output : settings.outputs()) {
                if (output.file() == null) {
                    Writer out = output.format() == ReportFormat.TEXT ? width.standardOutput(out(), terminal, environment) : out();
                    output.format().renderer(useColour(), settings.sarif(), listEvery).render(report, out);
                    WidthOption.finish(out);
                }
            }
        }
        return report.passed() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }

    /**
     * Every report asked for goes to a file: the command line's {@code --output FORMAT=FILE} only,
     * no {@code --format} (standard output would get the default text report nobody asked for), or
     * a config's {@code outputs:} that names a file for each (standard output would get nothing,
     * not even the verdict).
     */
    private boolean everyReportToAFile(CheckSettings settings) {
        if (settings.outputs().stream().noneMatch(o -> o.file() != null)) {
            return false;
        }
        ParseResult parsed = spec.commandLine().getParseResult();
        return parsed.hasMatchedOption("--output") && !parsed.hasMatchedOption("--format")
                || settings.outputs().stream().noneMatch(o -> o.file() == null);
    }

    /** On a terminal, when the reports went to files: the verdict and where each report is. */
    private void summary(AuditReport report, CheckSettings settings, Writer out) throws IOException {
        new TextReport(useColour(), listEvery).renderSummary(report, out);
        out.write("Reports: " + settings.outputs().stream().filter(o -> o.file() != null)
                .map(o -> o.format().label() + " " + TerminalText.escape(o.file().toString()))
                .collect(Collectors.joining(", ")) + "\n");
    }

    /** Several targets: one audit per target, reported as a readiness matrix; the gate fails if any target is blocked or unknown. */
    private int checkEachTarget(List<Version> targets, CheckSettings settings) throws IOException {
        MatrixFormat matrixFormat = parse(() -> MatrixFormat.parse(format), "--format");
        CheckRun run = new CheckRun(rules.engine(settings.ruleFolders(), environment, err())
                .withKnowledge(KnowledgeOption.load(settings.knowledge())), settings.review());
        ReadinessMatrix matrix = run.readiness(estateFiles, targets);
        Writer stdout = matrixOutput() == null && matrixFormat == MatrixFormat.TEXT
                ? width.standardOutput(out(), Terminal.standardOutput(), environment) : out();
        StandardOutput.write(matrixOutput(), stdout, out -> matrixFormat.renderer().render(matrix, out));
        return matrix.gatePasses() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }

    /** Every file the run reads, so that no output lands on one (checked before anything is read). */
    private OutputGuard inputs(CheckSettings settings) {
        return new OutputGuard().inputs("the estate file", estateFiles).folders("a rule file of", settings.ruleFolders())
                .input("the waiver file", settings.waivers()).input("the baseline", settings.baseline())
                .input("the platform catalogue", settings.knowledge())
                .input("the config file", life.config != null ? life.config : Path.of(ConfigFile.DEFAULT_NAME));
    }

    /** A readiness matrix is one report: at most one --output, bare or in the --format format. */
    private Path matrixOutput() {
        if (outputs.isEmpty()) {
            return null;
        }
        ReportTarget single = ReportTarget.parse(outputs.get(0), ReportFormat.TEXT);
        if (outputs.size() > 1 || !single.bare() && !single.format().label().equalsIgnoreCase(format.trim())) {
            throw new UsageException("--output: with several --target-version values the readiness matrix is the one "
                    + "report: give one --output FILE (its format is --format: text, json, markdown or html)");
        }
        return single.file();
    }

    /** Colour only on a terminal that shows it, and never when NO_COLOR is set (see AnsiSupport). */
    private boolean useColour() {
        return AnsiSupport.colour(environment);
    }
}
