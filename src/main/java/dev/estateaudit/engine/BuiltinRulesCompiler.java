package dev.estateaudit.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.kie.api.KieServices;
import org.kie.memorycompiler.JavaConfiguration;

/**
 * Build step (run by Maven in process-classes): compiles the top-level {@code rules/} folder to
 * the executable model, one rule base per {@link RulePhase}, and writes the generated classes among
 * the application's own classes, with a list of each phase's model classes. The CLI then builds its
 * rule bases from classes on its class path: nothing is compiled, and no kjar is unpacked, at start-up.
 */
public final class BuiltinRulesCompiler {

    private BuiltinRulesCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BuiltinRulesCompiler RULES-FOLDER CLASSES-FOLDER");
            System.exit(2);
        }
        Path rules = Path.of(args[0]);
        Path classesFolder = Path.of(args[1]);
        // The generated code at the Java 8 level: its string concatenations become StringBuilder
        // calls instead of invokedynamic call sites, each bootstrapped (method handles, a hidden
        // class) the first time a consequence runs, which a cold check paid on its critical path
        // (docs/benchmarks.md). The built-in rules' Java is plain enough for it; a rule that needs
        // newer syntax fails this build with the compiler's message. User rules keep the JDK's level.
        System.setProperty(JavaConfiguration.JAVA_LANG_LEVEL_PROPERTY, "1.8");
        try {
            List<RuleSource> all = RuleSource.scan(rules);
            for (RulePhase phase : RulePhase.values()) {
                List<RuleSource> sources = all.stream().filter(s -> RulePhase.of(rules, s.file()) == phase).toList();
                byte[] kjar = new RuleCompiler().compile(
                        KieServices.Factory.get().newReleaseId("dev.estateaudit", "builtin-" + phase.label(), "1"), sources);
                write(CompiledRules.read(kjar), classesFolder, phase);
            }
        } catch (RuleCompilationException e) {
            e.problems().forEach(System.err::println);
            System.exit(1);
        }
    }

    static void write(CompiledRules compiled, Path classesFolder, RulePhase phase) throws IOException {
        for (Map.Entry<String, byte[]> c : compiled.classes().entrySet()) {
            Path file = classesFolder.resolve(c.getKey().replace('.', '/') + ".class");
            Files.createDirectories(file.getParent());
            Files.write(file, c.getValue());
        }
        Path list = classesFolder.resolve(phase.modelsResource().substring(1));
        Files.createDirectories(list.getParent());
        Files.writeString(list, String.join("\n", compiled.modelClassNames()) + "\n", StandardCharsets.UTF_8);
    }
}
