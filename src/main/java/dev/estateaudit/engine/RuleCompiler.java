package dev.estateaudit.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles DRL files to Drools' executable model. Used at build time for the built-in rules and
 * at run time for user rule folders. Problems come from {@link KieBuilder}'s structured results,
 * mapped back to the user's own file and line.
 */
public final class RuleCompiler {

    private static final String RESOURCES = "src/main/resources/";

    /** Compiles the sources into a kjar (a zip of generated classes) that {@link RuleBase} loads. */
    public byte[] compile(ReleaseId releaseId, List<RuleSource> sources) {
        List<String> moved = MovedTypes.problems(sources);
        if (!moved.isEmpty()) {
            throw new RuleCompilationException(moved);
        }
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        Map<String, RuleSource> byModulePath = new HashMap<>();
        for (RuleSource source : sources) {
            String path = source.modulePath();
            if (byModulePath.putIfAbsent(path, source) != null) {
                throw new RuleCompilationException(List.of(source.displayName() + ": same package and file name as "
                        + byModulePath.get(path).displayName() + "; rename one of them"));
            }
            files.write(RESOURCES + path, source.text());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(describe(errors, byModulePath, sources));
        }
        return ((InternalKieModule) builder.getKieModule()).getBytes();
    }

    private static List<String> describe(List<Message> errors, Map<String, RuleSource> byModulePath,
            List<RuleSource> sources) {
        List<String> problems = new ArrayList<>();
        for (Message error : errors.stream().sorted(Comparator.comparing(Message::getPath, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(Message::getLine)).toList()) {
            String text = firstLine(error.getText());
            RuleSource source = error.getPath() == null ? null : byModulePath.get(error.getPath());
            if (text.startsWith("Parser returned a null Package") || text.startsWith("Java source of")) {
                continue; // follow-ups of an error already reported
            }
            if (source != null) {
                problems.add(source.displayName() + ":" + lineOf(error, source) + ": " + text);
            } else {
                // an error in code generated from a rule: name the file whose rule it came from
                problems.add(generatedFrom(error.getPath(), sources) + ": " + text);
            }
        }
        return problems.stream().distinct().toList();
    }

    /**
     * Some errors (an unknown field in a constraint, say) come without a line: find the quoted
     * expression in the file instead, so the user still gets file:line.
     */
    private static int lineOf(Message error, RuleSource source) {
        if (error.getLine() > 0) {
            return error.getLine();
        }
        String text = error.getText();
        int colon = text.lastIndexOf(": ");
        if (colon > 0) {
            String snippet = text.substring(colon + 2).trim();
            int at = snippet.isEmpty() ? -1 : source.text().indexOf(snippet);
            if (at >= 0) {
                return (int) source.text().substring(0, at).chars().filter(c -> c == '\n').count() + 1;
            }
        }
        return 1;
    }

    private static String generatedFrom(String generatedPath, List<RuleSource> sources) {
        if (generatedPath != null) {
            for (RuleSource source : sources) {
                String pkgFolder = source.packageName().replace('.', '/');
                if (!pkgFolder.isEmpty() && generatedPath.contains("/" + pkgFolder + "/")) {
                    return source.displayName() + " (in the code of a rule's consequence)";
                }
            }
        }
        return sources.size() == 1 ? sources.get(0).displayName() : "rules";
    }

    private static String firstLine(String text) {
        String t = text == null ? "" : text.trim();
        int newline = t.indexOf('\n');
        return newline < 0 ? t : t.substring(0, newline).trim();
    }
}
