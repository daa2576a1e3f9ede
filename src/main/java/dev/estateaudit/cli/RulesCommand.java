package dev.estateaudit.cli;

import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.findings.RuleDescriptor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code estate-audit rules}: the catalogue, built-in rules and the user's, one line each. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        description = {"Lists every rule: id, severity, category and title.",
            "Run 'estate-audit explain RULE-ID' for a rule's rationale, facts, remediation and example."})
public final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", description = "A folder of your own .drl rules, listed beside the built-in ones (repeatable).")
    List<Path> ruleFolders = new ArrayList<>();

    @Override
    public Integer call() {
        List<RuleDescriptor> rules = new ArrayList<>();
        rules.addAll(new AuditEngine(RuleBases.of(ruleFolders)).rules());
        rules.sort(Comparator.comparing(RuleDescriptor::category).thenComparing(RuleDescriptor::id));
        int idWidth = width(rules.stream().map(RuleDescriptor::id).toList(), "ID");
        int categoryWidth = width(rules.stream().map(RuleDescriptor::category).toList(), "CATEGORY");
        String format = "%-" + idWidth + "s  %-8s  %-" + categoryWidth + "s  %s%n";
        PrintWriter out = spec.commandLine().getOut();
        out.printf(format, "ID", "SEVERITY", "CATEGORY", "TITLE");
        for (RuleDescriptor rule : rules) {
            String title = rule.title() + ("built-in".equals(rule.source()) ? "" : "  [" + rule.source() + "]");
            out.printf(format, rule.id(), rule.severity().label(), rule.category(), title);
        }
        out.printf("%d %s%n", rules.size(), rules.size() == 1 ? "rule" : "rules");
        out.flush();
        return ExitCodes.OK;
    }

    private static int width(List<String> values, String header) {
        return Math.max(header.length(), values.stream().mapToInt(String::length).max().orElse(0));
    }
}
