package dev.estateaudit.cli;

import dev.estateaudit.findings.RuleDescriptor;
import dev.estateaudit.report.RulePage;
import dev.estateaudit.util.AnsiSupport;
import dev.estateaudit.util.Suggestions;
import dev.estateaudit.util.Terminal;
import dev.estateaudit.util.UsageException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code estate-audit explain RULE-ID}: a rule's metadata, then for a built-in rule its page
 * (rationale, facts it reads, remediation, example) as plain text; for a user rule, whatever its
 * metadata says.
 */
@Command(name = ExplainCommand.NAME,
        mixinStandardHelpOptions = true,
        description = "Explains a rule: why it matters, which facts it reads, how to fix what it finds, and an example.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  estate-audit explain lifetime-outdated",
            "  estate-audit explain acme-module-name-suffix --rules samples/rules/naming"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the rule was explained", "2:no rule has that id (the nearest ids are suggested)"})
public final class ExplainCommand extends CommandBase {

    /** Only what lists rules: nothing runs here, so the bounds on running them are not offered. */
    @Mixin
    RuleFolderOptions rules = new RuleFolderOptions();

    /** The name it is run by; {@link EstateAuditCommand} finds it by this name before picocli reads any annotation. */
    static final String NAME = "explain";

    private static final Set<String> SHOWN_AS_HEADER = Set.of(RuleDescriptor.ID, RuleDescriptor.SEVERITY,
            RuleDescriptor.TITLE, RuleDescriptor.REMEDIATION);

    @Parameters(index = "0", paramLabel = "RULE-ID", description = "The rule's id, as 'estate-audit rules' lists it.")
    String ruleId;

    @Override
    public Integer call() {
        Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
        rules.listing(environment, err()).rules().forEach(r -> byId.putIfAbsent(r.id(), r));
        RuleDescriptor rule = byId.get(ruleId.trim());
        if (rule == null) {
            List<String> nearest = Suggestions.nearest(ruleId, byId.keySet(), 3);
            throw new UsageException("no rule has the id '" + ruleId + "'"
                    + (nearest.isEmpty() ? "" : "; did you mean " + String.join(", ", nearest) + "?")
                    + " ('estate-audit rules' lists them all)");
        }
        PrintWriter out = out();
        out.print(rule.id() + ": " + rule.title() + "\n");
        out.print("Severity: " + rule.severity().label() + " · Category: " + rule.category() + " · Source: " + rule.source() + "\n");
        Optional<RulePage> page = "built-in".equals(rule.source()) ? RulePage.of(rule.id()) : Optional.empty();
        if (page.isPresent()) {
            // rendered for a terminal; a pipe keeps the plain text it always had
            RulePage sections = page.get().sections();
            String text = Terminal.standardOutput()
                    ? sections.forTerminal(AnsiSupport.colour(environment), TerminalWidth.of(null, true, environment).columns().orElse(0))
                    : sections.plain();
            out.print("\n" + text.stripTrailing() + "\n");
        } else {
            rule.metadata().forEach((key, value) -> {
                if (!SHOWN_AS_HEADER.contains(key)) {
                    out.print(capitalised(key) + ": " + value + "\n");
                }
            });
            out.print("\nRemediation\n" + rule.remediation() + "\n");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String capitalised(String key) {
        return key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
