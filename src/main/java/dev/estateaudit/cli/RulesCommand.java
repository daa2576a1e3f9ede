package dev.estateaudit.cli;

import dev.estateaudit.findings.RuleDescriptor;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code estate-audit rules}: the rule list, built-in rules and the user's, one line each. */
@Command(name = RulesCommand.NAME,
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
            "  estate-audit rules",
            "  estate-audit rules --rules samples/rules/naming"},
        description = {"Lists every rule: id, severity, category and title.",
            "Run 'estate-audit explain RULE-ID' for a rule's rationale, facts, remediation and example."})
public final class RulesCommand extends CommandBase {

    /** Only what lists rules: nothing runs here, so the bounds on running them are not offered. */
    @Mixin
    RuleFolderOptions rules = new RuleFolderOptions();

    /** The name it is run by; {@link EstateAuditCommand} finds it by this name before picocli reads any annotation. */
    static final String NAME = "rules";

    @Override
    public Integer call() {
        List<RuleDescriptor> all = new ArrayList<>();
        all.addAll(rules.listing(environment, err()).rules());
        all.sort(Comparator.comparing(RuleDescriptor::category).thenComparing(RuleDescriptor::id));
        int idWidth = width(all.stream().map(RuleDescriptor::id).toList(), "ID");
        int categoryWidth = width(all.stream().map(RuleDescriptor::category).toList(), "CATEGORY");
        String format = "%-" + idWidth + "s  %-8s  %-" + categoryWidth + "s  %s%n";
        PrintWriter out = out();
        out.printf(Locale.ROOT, format, "ID", "SEVERITY", "CATEGORY", "TITLE");
        for (RuleDescriptor rule : all) {
            String title = rule.title() + ("built-in".equals(rule.source()) ? "" : "  [" + rule.source() + "]");
            out.printf(Locale.ROOT, format, rule.id(), rule.severity().label(), rule.category(), title);
        }
        out.printf(Locale.ROOT, "%d %s%n", all.size(), all.size() == 1 ? "rule" : "rules");
        out.flush();
        return ExitCodes.OK;
    }

    private static int width(List<String> values, String header) {
        return Math.max(header.length(), values.stream().mapToInt(String::length).max().orElse(0));
    }
}
