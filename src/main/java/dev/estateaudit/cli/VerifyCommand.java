package dev.estateaudit.cli;

import dev.estateaudit.app.VerifyRun;
import dev.estateaudit.report.ReportFiles;
import dev.estateaudit.verify.RuleTestJunitXml;
import dev.estateaudit.verify.RuleTestRunner;
import dev.estateaudit.util.OutputGuard;
import dev.estateaudit.util.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code estate-audit verify}: runs rule tests, the same YAML format the built-in rules are tested
 * with (src/test/resources/rules/), against the built-in rules and the user's rule folders.
 */
@Command(name = VerifyCommand.NAME,
        mixinStandardHelpOptions = true,
        description = {"Runs rule tests: YAML files naming an estate and the findings the rules must (and must not) produce.",
            "A folder is searched for YAML files whose top level has 'tests'."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  estate-audit verify src/test/resources/rules",
            "  estate-audit verify samples/rules/naming --rules samples/rules/naming"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every test passed",
            "1:a test failed",
            "2:bad input or usage",
            "3:internal error"})
public final class VerifyCommand extends RuleCommand {

    /** The name it is run by; {@link EstateAuditCommand} finds it by this name before picocli reads any annotation. */
    static final String NAME = "verify";

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Rule test files, or folders of them (default: the current folder).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the outcomes as JUnit XML to FILE.")
    Path junit;

    @Mixin
    AsOfOption asOf = new AsOfOption();

    @Mixin
    KnowledgeOption knowledge = new KnowledgeOption();

    @Override
    public Integer call() throws IOException {
        new OutputGuard().folders("a rule or test file of", rules.ruleFolders).folders("a rule test file of", paths)
                .input("the platform catalogue", knowledge.file).output("--junit", junit);
        VerifyRun.Result result = new VerifyRun(engine().withKnowledge(knowledge.load()).judgedAsOf(asOf.date())).run(paths);
        List<RuleTestRunner.Outcome> outcomes = result.outcomes();
        PrintWriter out = out();
        for (RuleTestRunner.Outcome o : outcomes) {
            // a test's name and the findings it describes come from its file: no terminal escape reaches the screen
            out.print((o.passed() ? "PASS " : "FAIL ") + TerminalText.escape(o.file() + ": " + o.name()) + "\n");
            o.differences().forEach(d -> out.print("       " + TerminalText.escape(d) + "\n"));
        }
        long failed = outcomes.stream().filter(o -> !o.passed()).count();
        out.print("\n" + outcomes.size() + " test(s) in " + result.files() + " file(s): " + (outcomes.size() - failed)
                + " passed, " + failed + " failed\n");
        out.flush();
        if (junit != null) {
            ReportFiles.write(junit, writer -> RuleTestJunitXml.write(outcomes, writer));
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }
}
