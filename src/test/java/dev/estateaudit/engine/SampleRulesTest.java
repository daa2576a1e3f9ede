package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estateaudit.verify.RuleTestRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The user rule that docs/writing-rules.md walks through compiles at run time and passes its own tests. */
class SampleRulesTest {

    private static final Path SAMPLE_RULES = Path.of("samples/rules");

    @Test
    void theGuidesExampleRuleCompilesAndPassesItsTests() {
        RuleBase userRules = RuleBase.compile(List.of(SAMPLE_RULES));
        assertThat(userRules.rules()).extracting(RuleDescriptor::id, RuleDescriptor::category, RuleDescriptor::severity)
                .containsExactly(org.assertj.core.api.Assertions.tuple("acme-module-name-suffix", "naming", Severity.WARNING));

        RuleTestRunner runner = new RuleTestRunner(new AuditEngine(List.of(RuleBase.builtin(), userRules)));
        List<RuleTestRunner.Outcome> outcomes = runner.run(SAMPLE_RULES.resolve("naming/module-name-suffix.test.yaml"));

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.differences()).as(o.name()).isEmpty());
    }
}
