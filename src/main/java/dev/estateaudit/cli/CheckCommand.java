package dev.estateaudit.cli;

import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.engine.AuditResult;
import dev.estateaudit.engine.RuleBase;
import dev.estateaudit.engine.RuleCache;
import dev.estateaudit.engine.Severity;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateLoader;
import dev.estateaudit.report.AuditReport;
import dev.estateaudit.report.ReportFiles;
import dev.estateaudit.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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
            description = "Report format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE (whole or not at all) instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Fail the gate (exit 1) on findings at or above: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    String failOn;

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

    @Override
    public Integer call() throws IOException {
        ReportFormat reportFormat = parse(() -> ReportFormat.parse(format), "--format");
        Severity threshold = "never".equalsIgnoreCase(failOn.trim()) ? null
                : parse(() -> Severity.parse(failOn), "--fail-on");
        Estate estate = new EstateLoader().load(estateFiles);
        AuditEngine engine = new AuditEngine(ruleBases());
        AuditResult result = engine.audit(estate);
        AuditReport report = new AuditReport(result, threshold);
        if (output != null) {
            ReportFiles.write(output, report, reportFormat.renderer(false));
        } else {
            PrintWriter out = spec.commandLine().getOut();
            reportFormat.renderer(useColour()).render(report, out);
            out.flush();
        }
        return report.passed() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }

    private List<RuleBase> ruleBases() {
        List<RuleBase> bases = new ArrayList<>();
        bases.add(RuleBase.builtin());
        if (!ruleFolders.isEmpty()) {
            bases.add(RuleBase.compile(ruleFolders, ruleCache()));
        }
        return bases;
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
            throw new UsageException(option + ": " + e.getMessage() + ("--fail-on".equals(option) ? ", or never" : ""));
        }
    }
}
