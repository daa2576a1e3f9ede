package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import dev.estateaudit.engine.RuleBase;
import dev.estateaudit.findings.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesAndExplainTest {

    @TempDir
    Path userRules;

    @Test
    void rulesListsEveryBuiltInRuleWithSeverityCategoryAndTitle() {
        CliRun run = CliRun.of("rules");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("ID").contains("SEVERITY").contains("CATEGORY").contains("TITLE");
        for (RuleDescriptor rule : RuleBase.builtin().rules()) {
            assertThat(run.out()).containsPattern("(?m)^" + rule.id() + " +" + rule.severity().label() + " +"
                    + rule.category() + " +" + java.util.regex.Pattern.quote(rule.title()) + "$");
        }
    }

    @Test
    void explainPrintsTheMetadataThenThePagePlain() {
        CliRun run = CliRun.of("explain", "lifetime-outdated");
        assertThat(run.exitCode()).isZero();
        RuleDescriptor rule = RuleBase.builtin().rules().stream().filter(r -> r.id().equals("lifetime-outdated")).findFirst().orElseThrow();
        assertThat(run.out()).startsWith("lifetime-outdated: " + rule.title() + "\nSeverity: error · Category: lifetime · Source: built-in\n")
                .contains("## Why it matters").contains("## Facts it reads").contains("## Remediation")
                .contains(rule.remediation())
                .contains("lifetime.platformVersion, environments[].platformVersion")
                .doesNotContain("**").doesNotContain("`");
        if (run.out().contains("## Example")) {
            assertThat(run.out()).as("code blocks lose their fences and are indented")
                    .containsPattern("(?m)^    environments:$");
        }
    }

    @Test
    void explainCoversEveryBuiltInRuleWithItsPage() {
        for (RuleDescriptor rule : RuleBase.builtin().rules()) {
            CliRun run = CliRun.of("explain", rule.id());
            assertThat(run.exitCode()).as("explain %s: %s", rule.id(), run.err()).isZero();
            assertThat(run.out()).as(rule.id()).startsWith(rule.id() + ": " + rule.title() + "\n")
                    .contains("Severity: " + rule.severity().label()).contains(rule.remediation())
                    .contains("## Facts it reads").contains("## Remediation");
        }
    }

    @Test
    void rulesAndExplainOfferOnlyTheOptionsThatDoSomethingForThem() {
        for (String command : new String[] {"rules", "explain"}) {
            CliRun help = CliRun.of(command, "--help");

            assertThat(help.out()).as(command).contains("--rules=DIR").contains("--cache-dir=DIR").contains("--no-cache")
                    .doesNotContain("--max-rule-firings").doesNotContain("--rule-timeout").doesNotContain("--knowledge");
        }
        CliRun bounded = CliRun.of("explain", "lifetime-outdated", "--rule-timeout", "5");
        assertThat(bounded.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bounded.err()).contains("--rule-timeout");
        assertThat(CliRun.of("check", "--help").out()).contains("--max-rule-firings").contains("--rule-timeout").contains("--knowledge");
    }

    @Test
    void anUnknownIdExitsTwoWithTheNearestIds() {
        CliRun run = CliRun.of("explain", "lifetime-outdatd");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("no rule has the id 'lifetime-outdatd'; did you mean lifetime-outdated?");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void userRulesAreListedAndExplainedFromTheirMetadata() throws IOException {
        Files.writeString(userRules.resolve("house.drl"), """
                package estateaudit.rules.house;

                import dev.estateaudit.estate.EstateEnvironment;
                import dev.estateaudit.estate.Role;

                global dev.estateaudit.findings.FindingSink findings;

                rule "house-no-personal-environments"
                    @id("house-no-personal-environments")
                    @severity("warning")
                    @title("Personal environments are not allowed in our estate")
                    @remediation("Remove the personal environment before the upgrade.")
                    @rationale("Personal environments are not covered by our support contract.")
                when
                    $env : EstateEnvironment( role == Role.PERSONAL )
                then
                    findings.report(kcontext, "Personal environment " + $env.getName()).environment($env);
                end
                """);
        CliRun list = CliRun.of("rules", "--rules", userRules.toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).containsPattern("(?m)^house-no-personal-environments +warning +house +Personal environments are not allowed");
        assertThat(list.out()).contains("lifetime-outdated");

        CliRun explain = CliRun.of("explain", "house-no-personal-environments", "--rules", userRules.toString());
        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(explain.out()).startsWith("house-no-personal-environments: Personal environments are not allowed in our estate\n")
                .contains("Severity: warning · Category: house · Source: " + userRules)
                .contains("Rationale: Personal environments are not covered by our support contract.")
                .contains("Remediation\nRemove the personal environment before the upgrade.");
    }
}
