package dev.estateaudit.cli;

import dev.estateaudit.app.CheckRun;
import dev.estateaudit.config.ConfigFile;
import dev.estateaudit.engine.RuleSelection;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.report.AzurePipelineRun;
import dev.estateaudit.report.ReportFormat;
import dev.estateaudit.report.SarifOptions;
import dev.estateaudit.review.Gate;
import dev.estateaudit.review.WaiverCalendar;
import dev.estateaudit.util.UsageException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.ParseResult;

/**
 * check's settings, each from the command line when given there, else from the config file, else
 * the default; values are checked here, so a bad one names where it came from.
 */
record CheckSettings(List<Path> ruleFolders, Severity failOn, Gate gate, List<Output> outputs, RuleSelection selection,
                     Path waivers, int waiverWarningDays, LocalDate asOf, Path baseline, SarifOptions sarif, Path knowledge,
                     boolean failOnNotEvaluated) {

    /** One report to write; a null file means standard output. */
    record Output(ReportFormat format, Path file) {
    }

    /**
     * @param singleReport false for a readiness matrix over several targets, which parses its own
     *                     formats (the outputs are then left empty)
     */
    static CheckSettings resolve(CheckCommand command, FindingLifeOptions life, ConfigFile config, ParseResult parsed,
            Path workingDirectory, boolean singleReport, AzurePipelineRun azurePipeline) {
        Source source = new Source(parsed, config);
        if (life.config == null && config.has("rules") && !parsed.hasMatchedOption("--rules") && !life.trustConfigRules) {
            // whoever can write the working directory would otherwise choose code this run executes
            throw new UsageException(config.where("rules") + ": rules are code, and this config was found in the working "
                    + "directory rather than named; pass --config " + ConfigFile.DEFAULT_NAME + " or --trust-config-rules to run them");
        }
        List<Path> rules = source.pick("--rules", command.rules.ruleFolders, "rules", config::paths);
        Severity failOn = source.parse("--fail-on", command.failOn, "fail-on", config::text, CheckSettings::severity);
        Gate gate = source.parse("--gate", Optional.ofNullable(life.gate).orElse("all"), "gate", config::text, Gate::parse);
        List<String> only = source.pick("--only", life.only, "only", config::list);
        List<String> skip = source.pick("--skip", life.skip, "skip", config::list);
        Path waivers = source.pick("--waivers", life.waivers, "waivers", config::path);
        int warningDays = source.parse("--waiver-warning-days",
                Optional.ofNullable(life.waiverWarningDays).orElse(WaiverCalendar.DEFAULT_WARNING_DAYS),
                "waiver-warning-days", config::number, CheckSettings::warningDays);
        Path baseline = source.pick("--baseline", life.baseline, "baseline", config::path);
        LocalDate asOf = parsed.hasMatchedOption("--as-of") || !config.has("as-of") ? AsOfOption.parse(life.asOf, "--as-of")
                : AsOfOption.parse(config.text("as-of").orElseThrow(), config.where("as-of"));
        Path knowledge = source.pick("--knowledge", command.knowledge.file, "knowledge", config::path);
        Path sarifRoot = source.pick("--sarif-root", command.sarifRoot, "sarif-root", config::path);
        int sarifMaxResults = source.parse("--sarif-max-results", command.sarifMaxResults,
                "sarif-max-results", config::number, CheckSettings::maxResults);
        boolean failOnNotEvaluated = source.pick("--fail-on-not-evaluated", command.failOnNotEvaluated, "fail-on-not-evaluated",
                config::flag);
        SarifOptions sarif = new SarifOptions(sarifRoot != null ? sarifRoot : workingDirectory, sarifMaxResults,
                azurePipeline);
        return new CheckSettings(rules, failOn, gate, singleReport ? outputs(command, parsed, config) : List.of(),
                RuleSelection.of(only, skip),
                waivers, warningDays, asOf, baseline, sarif, knowledge, failOnNotEvaluated);
    }

    /** How the run's findings are reviewed and gated. */
    CheckRun.Review review() {
        return new CheckRun.Review(selection, waivers, asOf, waiverWarningDays, baseline, failOn, gate);
    }

    private static List<Output> outputs(CheckCommand command, ParseResult parsed, ConfigFile config) {
        boolean onCommandLine = parsed.hasMatchedOption("--format") || parsed.hasMatchedOption("--output");
        if (onCommandLine || config.outputs().isEmpty()) {
            ReportFormat format = parse(() -> ReportFormat.parse(command.format), "--format", null);
            List<Output> outputs = new ArrayList<>();
            List<ReportTarget> targets = ReportTargets.parse(command.outputs, format);
            targets.forEach(t -> outputs.add(new Output(t.format(), t.file())));
            if (targets.stream().noneMatch(ReportTarget::bare)) {
                outputs.add(new Output(format, null));
            }
            return outputs;
        }
        List<Output> outputs = new ArrayList<>();
        for (ConfigFile.Output o : config.outputs().get()) {
            if (o.format() == null) {
                throw new UsageException(config.where("outputs") + ": each output needs a format");
            }
            ReportFormat format = parse(() -> ReportFormat.parse(o.format()), config.where("outputs"), null);
            outputs.add(new Output(format, o.output() == null ? null : config.resolve(o.output())));
        }
        if (outputs.stream().filter(o -> o.file() == null).count() > 1) {
            throw new UsageException(config.where("outputs") + ": only one output can go to standard output; give the others an output file");
        }
        return outputs;
    }

    private static Severity severity(String text) {
        if ("never".equalsIgnoreCase(text.trim())) {
            return null;
        }
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + ", or never");
        }
    }

    /** Not given: no limit (0); a limit given keeps at least one result. */
    private static int maxResults(Integer n) {
        if (n == null) {
            return 0;
        }
        if (n < 1) {
            throw new IllegalArgumentException("must be 1 or more results (leave it out to keep every result)");
        }
        return n;
    }

    private static int warningDays(Integer days) {
        if (days < 0) {
            throw new IllegalArgumentException("must be 0 or more days");
        }
        return days;
    }

    private static <T> T parse(Supplier<T> parser, String where, String message) {
        try {
            return parser.get();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new UsageException(where + ": " + (message != null ? message : e.getMessage()));
        }
    }

    /** Command line first, then the config file, then the option's default. */
    private record Source(ParseResult parsed, ConfigFile config) {

        <T> T pick(String option, T fromCommandLine, String key, Function<String, Optional<T>> fromConfig) {
            if (parsed.hasMatchedOption(option)) {
                return fromCommandLine;
            }
            return fromConfig.apply(key).orElse(fromCommandLine);
        }

        <R, T> T parse(String option, R fromCommandLine, String key, Function<String, Optional<R>> fromConfig,
                Function<R, T> parser) {
            if (parsed.hasMatchedOption(option) || !config.has(key)) {
                return CheckSettings.parse(() -> parser.apply(fromCommandLine), option, null);
            }
            R value = fromConfig.apply(key).orElseThrow();
            return CheckSettings.parse(() -> parser.apply(value), config.where(key), null);
        }
    }
}
