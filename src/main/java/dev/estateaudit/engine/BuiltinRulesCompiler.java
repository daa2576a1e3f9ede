package dev.estateaudit.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (run by Maven in process-classes): compiles the top-level {@code rules/} folder to
 * the executable model and stores the result in the jar, so the CLI never compiles its own rules.
 */
public final class BuiltinRulesCompiler {

    private BuiltinRulesCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BuiltinRulesCompiler RULES-FOLDER OUTPUT-KJAR");
            System.exit(2);
        }
        Path rules = Path.of(args[0]);
        Path output = Path.of(args[1]);
        try {
            // rules/plan is a rule base of its own (PlanRulesCompiler): plan rules do not audit
            Path planRules = rules.resolve("plan").toAbsolutePath().normalize();
            var sources = RuleSource.scan(rules).stream()
                    .filter(s -> !s.file().toAbsolutePath().normalize().startsWith(planRules)).toList();
            byte[] kjar = new RuleCompiler().compile(RuleBase.BUILTIN_RELEASE, sources);
            Files.createDirectories(output.getParent());
            Files.write(output, kjar);
        } catch (RuleCompilationException e) {
            e.problems().forEach(System.err::println);
            System.exit(1);
        }
    }
}
