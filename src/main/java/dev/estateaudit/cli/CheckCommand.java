package dev.estateaudit.cli;

import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.review.ReviewedResult;
import dev.estateaudit.engine.RuleCache;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateLoader;
import dev.estateaudit.estate.Version;
import dev.estateaudit.report.MatrixFormat;
import dev.estateaudit.readiness.ReadinessMatrix;
import dev.estateaudit.readiness.TargetVersions;
import dev.estateaudit.report.AuditReport;
import dev.estateaudit.report.ReportFiles;
import dev.estateaudit.report.ReportRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code estate-audit check}: audits one estate (several files merged) and gates on its findings. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {"Audits an estate and reports what blocks or endangers its Platform Server upgrade.",
            "Several estate files are merged in order: later values win."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the gate passed",
            "1:a finding at or above --fail-on failed the gate",
            "2:bad input or usage",
            "3:internal error"})
public final class CheckCommand implements Callable<Integer>, EstateAuditCommand.NeedsEnvironment {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ESTATE", description = "Estate files (.yaml, .yml or .json), merged in order.")
    List<Path> estateFiles = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR", description = "A folder of your own .drl rules, run beside the built-in ones (repeatable).")
    List<Path> ruleFolders = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format on standard output: text, json, sarif, junit, markdown or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "[FORMAT=]FILE",
            description = "Write a report to FILE, whole or not at all (repeatable): FORMAT=FILE in that format, "
                    + "a bare FILE in the --format format instead of standard output.")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Fail the gate (exit 1) on findings at or above: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--target-version", paramLabel = "V", split = ",",
            description = {"Audit against this target Platform Server version instead of upgrade.targetVersion.",
                "Several, comma-separated (11.20.0,11.31.0), give a readiness matrix: per target ready or blocked, with the blocking findings (text, json or markdown)."})
    List<String> targetVersions = new ArrayList<>();

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where compiled --rules folders are kept between runs (default: $ESTATE_AUDIT_CACHE, else $XDG_CACHE_HOME/estate-audit, else ~/.cache/estate-audit).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Compile --rules folders afresh, without reading or writing the cache.")
    boolean noCache;

    private Map<String, String> environment = System.getenv();

    @Override
    public void setEnvironment(Map<String, String> environment) {
        this.environment = environment;
    }

    @Mixin
    FindingLifeOptions life = new FindingLifeOptions();

    @Override
    public Integer call() throws IOException {
        List<Version> targets = parse(() -> TargetVersions.parse(targetVersions), "--target-version");
        CheckSettings settings = CheckSettings.resolve(this, life, spec.commandLine().getParseResult(), Path.of(""),
                targets.size() <= 1);
        if (targets.size() > 1) {
            return checkEachTarget(targets, settings);
        }
        Estate loaded = new EstateLoader().load(estateFiles);
        Estate estate = targets.isEmpty() ? loaded : loaded.withTargetVersion(targets.get(0));
        AuditEngine engine = new AuditEngine(RuleBases.of(settings.ruleFolders(), ruleCache()));
        ReviewedResult result = settings.compareWithBaseline(settings.auditOptions(engine).review(engine, estate));
        AuditReport report = new AuditReport(result, settings.failOn(), settings.gate());
        // every file is rendered before any is renamed into place, so a failure leaves none half-new
        Map<Path, ReportRenderer> files = new LinkedHashMap<>();
        settings.outputs().stream().filter(o -> o.file() != null)
                .forEach(o -> files.put(o.file(), o.format().renderer(false)));
        ReportFiles.writeAll(files, report);
        for (CheckSettings.Output output : settings.outputs()) {
            if (output.file() == null) {
                PrintWriter out = spec.commandLine().getOut();
                output.format().renderer(useColour()).render(report, out);
                out.flush();
            }
        }
        return report.passed() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }

    /** Several targets: one audit per target, reported as a readiness matrix; the gate fails if any target is blocked. */
    private int checkEachTarget(List<Version> targets, CheckSettings settings) throws IOException {
        MatrixFormat matrixFormat = parse(() -> MatrixFormat.parse(format), "--format");
        AuditEngine engine = new AuditEngine(RuleBases.of(settings.ruleFolders(), ruleCache()));
        ReadinessMatrix matrix = ReadinessMatrix.audit(new EstateLoader().load(estateFiles), targets,
                engine, settings.auditOptions(engine), settings.failOn());
        Path output = matrixOutput();
        if (output != null) {
            ReportFiles.write(output, out -> matrixFormat.renderer().render(matrix, out));
        } else {
            PrintWriter out = spec.commandLine().getOut();
            matrixFormat.renderer().render(matrix, out);
            out.flush();
        }
        return matrix.gatePasses() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }

    /** A readiness matrix is one report: at most one --output, bare or in the --format format. */
    private Path matrixOutput() {
        if (outputs.isEmpty()) {
            return null;
        }
        String single = outputs.get(0);
        int equals = single.indexOf('=');
        if (outputs.size() > 1 || equals > 0 && !single.substring(0, equals).equalsIgnoreCase(format)) {
            throw new UsageException("--output: with several --target-version values the readiness matrix is the one "
                    + "report: give one --output FILE (its format is --format: text, json or markdown)");
        }
        return Path.of(equals > 0 ? single.substring(equals + 1) : single);
    }

    private RuleCache ruleCache() {
        if (noCache) {
            return RuleCache.none();
        }
        PrintWriter err = spec.commandLine().getErr();
        return RuleCache.in(cacheDir != null ? cacheDir : RuleCache.defaultDirectory(environment),
                warning -> err.println("estate-audit: warning: " + warning));
    }

    /** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
    private boolean useColour() {
        String noColor = environment.get("NO_COLOR");
        return System.console() != null && (noColor == null || noColor.isEmpty()) && environment.get("CI") == null;
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, String option) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }
}
