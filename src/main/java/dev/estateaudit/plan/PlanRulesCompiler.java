package dev.estateaudit.plan;

import dev.estateaudit.engine.RuleCompilationException;
import dev.estateaudit.engine.RuleCompiler;
import dev.estateaudit.engine.RuleSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (run by Maven in process-classes, beside BuiltinRulesCompiler): compiles the plan
 * rules of rules/plan to the executable model, into the jar.
 */
public final class PlanRulesCompiler {

    private PlanRulesCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PlanRulesCompiler PLAN-RULES-FOLDER OUTPUT-KJAR");
            System.exit(2);
        }
        Path output = Path.of(args[1]);
        try {
            byte[] kjar = new RuleCompiler().compile(PlanRuleBase.RELEASE, RuleSource.scan(Path.of(args[0])));
            Files.createDirectories(output.getParent());
            Files.write(output, kjar);
        } catch (RuleCompilationException e) {
            e.problems().forEach(System.err::println);
            System.exit(1);
        }
    }
}
