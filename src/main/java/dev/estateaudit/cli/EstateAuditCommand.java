package dev.estateaudit.cli;

import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.engine.RuleCompilationException;
import dev.estateaudit.engine.RuleRunException;
import dev.estateaudit.estate.read.EstateInputException;
import dev.estateaudit.importer.ImportException;
import dev.estateaudit.knowledge.PlatformKnowledge;
import dev.estateaudit.util.EscapingWriter;
import dev.estateaudit.util.ToolVersion;
import dev.estateaudit.util.UsageException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The top-level command: {@code estate-audit <subcommand>}. */
@Command(name = "estate-audit",
        mixinStandardHelpOptions = true,
        versionProvider = EstateAuditCommand.VersionProvider.class,
        description = "Audits an OutSystems estate before a Platform Server upgrade.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  estate-audit check samples/acme-factory-11.yaml",
            "  estate-audit init --output my-estate.yaml",
            "  estate-audit explain lifetime-outdated"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the audit ran and the gate passed",
            "1:a finding at or above --fail-on failed the gate",
            "2:bad input or usage (the message says which file, line and field)",
            "3:an internal error in estate-audit"})
public final class EstateAuditCommand implements Runnable {

    /** The subcommands, in the order help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, PlanCommand.class, RulesCommand.class,
            ExplainCommand.class, VerifyCommand.class, KnowledgeCommand.class, ImportCommand.class, BaselineCommand.class, CompletionCommand.class,
            InitCommand.class, CommandLine.HelpCommand.class);
    /**
     * The subcommands a run can be given alone, by the name in their {@code @Command}: looked up
     * without reading an annotation, which would cost the first annotation proxies (about 25 ms)
     * before the background work below starts. Help and completion read the whole command tree.
     */
    static final Map<String, Class<?>> ALONE = Map.of(CheckCommand.NAME, CheckCommand.class, PlanCommand.NAME, PlanCommand.class,
            RulesCommand.NAME, RulesCommand.class, ExplainCommand.NAME, ExplainCommand.class, VerifyCommand.NAME, VerifyCommand.class,
            ImportCommand.NAME, ImportCommand.class, KnowledgeCommand.NAME, KnowledgeCommand.class, BaselineCommand.NAME, BaselineCommand.class, InitCommand.NAME, InitCommand.class);
    /** Subcommands that audit an estate with the built-in rules and the catalogue, whatever their options. */
    private static final List<Class<?>> AUDITING = List.of(CheckCommand.class, PlanCommand.class, VerifyCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. 'estate-audit check ESTATE.yaml'");
    }

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "On an error, also print its Java stack trace (for a bug report).")
    boolean debug;

    public static int run(String[] args, PrintWriter out, PrintWriter rawErr, Map<String, String> environment) {
        // every message may quote input: no control character from it reaches the terminal raw
        PrintWriter err = new EscapingWriter.Printer(rawErr);
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        int code;
        try {
            code = execute(args, out, err, environment, debug);
        } catch (Throwable e) {
            // an Error picocli lets through (a stack overflow, the heap exhausted): still one line and 2 or 3
            code = handle(e, err, debug);
        }
        code = unwrittenOutput(out, err, code);
        err.flush();
        return code;
    }

    /**
     * A PrintWriter keeps write errors to itself: a report cut short by a full disk or a closed
     * pipe would otherwise end with the gate's exit code, as if it had been delivered.
     */
    private static int unwrittenOutput(PrintWriter out, PrintWriter err, int code) {
        if (!out.checkError()) { // flushes first
            return code;
        }
        err.println("estate-audit: standard output could not be written (a full disk, or a closed pipe): "
                + "what it received is incomplete");
        return code == ExitCodes.OK || code == ExitCodes.GATE_FAILED ? ExitCodes.BAD_INPUT : code;
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment, boolean debug) {
        List<Class<?>> commands = subcommandsFor(args);
        if (commands.size() == 1 && AUDITING.contains(commands.get(0))) {
            // the built-in rules and the catalogue are built while picocli reads the command line
            AuditEngine.buildInBackground();
        }
        CommandLine cli = commandLine(environment, commands);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        NumberOptions.register(cli);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.BAD_INPUT);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("estate-audit: " + e.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
                err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            }
            return ExitCodes.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, err, debug));
        return cli.execute(args);
    }

    /**
     * Every failure is one line and exit 2 when the input is at fault (an estate, a rule, an
     * answer, an option) or 3 when the fault is ours; never a stack trace unless --debug asks.
     */
    static int handle(Throwable e, PrintWriter err, boolean debug) {
        int code = report(e, err);
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** The command line for these arguments: every subcommand, or only the one they run (see below). */
    static CommandLine commandLine(Map<String, String> environment, String... args) {
        return commandLine(environment, subcommandsFor(args));
    }

    private static CommandLine commandLine(Map<String, String> environment, List<Class<?>> subcommands) {
        CommandLine cli = new CommandLine(new EstateAuditCommand(), new Factory(environment));
        subcommands.forEach(cli::addSubcommand);
        cli.registerConverter(java.nio.file.Path.class, UnusablePath::convert);
        return cli;
    }

    /**
     * Picocli builds the model of every subcommand it is given (reflection over each option) before
     * parsing; a run of one subcommand needs only that one's (a class-loading timeline put the
     * others at a tenth of a cold check). Anything else (no subcommand, --help, a typo to suggest a
     * name for, help and completion, which read the whole tree) gets them all.
     */
    private static List<Class<?>> subcommandsFor(String[] args) {
        Class<?> alone = args.length > 0 ? ALONE.get(args[0]) : null;
        return alone != null ? List.of(alone) : SUBCOMMANDS;
    }

    private static int report(Throwable e, PrintWriter err) {
        if (e instanceof EstateInputException input) {
            input.problems().forEach(problem -> err.println("estate-audit: " + problem));
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof UsageException || e instanceof ImportException || e instanceof RuleRunException) {
            err.println("estate-audit: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof RuleCompilationException r) {
            if (r.problems().size() == 1) {
                err.println("estate-audit: " + r.problems().get(0));
            } else {
                err.println("estate-audit: " + r.problems().size() + " problems in the rules:");
                r.problems().forEach(p -> err.println("  " + p));
            }
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof java.nio.file.InvalidPathException path) {
            err.println("estate-audit: " + UnusablePath.message(path));
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof OutOfMemoryError) {
            err.println("estate-audit: out of memory: the input needs more than the " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB heap; give it more with ESTATE_AUDIT_JAVA_OPTS=-Xmx... or split the estate");
            return ExitCodes.BAD_INPUT;
        }
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        err.println("estate-audit: internal error: " + e.getClass().getName() + message
                + " (please report this; --debug shows where)");
        return ExitCodes.INTERNAL_ERROR;
    }

    /** Gives commands the process environment, so tests can pass their own (NO_COLOR, say). */
    static final class Factory implements CommandLine.IFactory {
        private final Map<String, String> environment;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        Factory(Map<String, String> environment) {
            this.environment = environment;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            K instance = fallback.create(type);
            if (instance instanceof NeedsEnvironment n) {
                n.setEnvironment(environment);
            }
            return instance;
        }
    }

    /** A command that reads the process environment. */
    interface NeedsEnvironment {
        void setEnvironment(Map<String, String> environment);
    }

    /**
     * What a bug report needs to reproduce a run: the release, the exact commit, and how far the
     * built-in platform catalogue reaches (a target beyond it is reported as unknown).
     */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String commit = ToolVersion.commit();
            if (commit.endsWith("-dirty")) {
                commit = commit.substring(0, commit.length() - "-dirty".length()) + " (with uncommitted changes)";
            }
            return new String[] {
                ToolVersion.NAME + " " + ToolVersion.get(),
                "commit: " + commit,
                "platform catalogue horizon: " + PlatformKnowledge.builtin().horizon().getHorizon()};
        }
    }
}
