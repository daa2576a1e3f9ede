package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.findings.AuditResult;
import dev.estateaudit.findings.RuleDescriptor;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * {@code --only} and {@code --skip} build a rule base of the selected rules alone; what they report
 * must be exactly what those rules report in a run of the whole catalogue.
 */
class SelectedRuleBaseTest {

    private static final AuditEngine ENGINE = AuditEngine.builtinOnly();
    private static final List<Estate> SAMPLES = Stream.of("acme-factory-11.yaml", "legacy-10-to-11.yaml", "clean-estate.yaml")
            .map(name -> new EstateLoader().load(Path.of("samples", name))).toList();
    private static final List<AuditResult> FULL_RUNS = SAMPLES.stream().map(ENGINE::audit).toList();

    static Stream<String> ruleIds() {
        return RuleBase.builtin().rules().stream().map(RuleDescriptor::id);
    }

    @ParameterizedTest
    @MethodSource("ruleIds")
    void onlyOneRuleReportsWhatThatRuleReportsInAFullRun(String id) {
        RuleSelection only = RuleSelection.of(List.of(id), List.of());
        for (int i = 0; i < SAMPLES.size(); i++) {
            AuditResult selected = ENGINE.audit(SAMPLES.get(i), only);
            AuditResult full = FULL_RUNS.get(i);
            assertThat(selected.findings()).isEqualTo(full.findings().stream().filter(f -> f.ruleId().equals(id)).toList());
            assertThat(selected.notEvaluated())
                    .isEqualTo(full.notEvaluated().stream().filter(n -> n.ruleId().equals(id)).toList());
        }
    }

    @Test
    void theSelectedBaseHoldsOnlyTheSelectedRulesTheirCompanionsAndInternalRules() {
        RuleBase full = RuleBase.builtin();
        RuleBase selected = full.selecting(RuleSelection.of(List.of("debug-mode-in-production"), List.of()));

        List<String> ids = rulesOf(selected).stream().map(selected::idOf).distinct().toList();
        assertThat(ids).containsExactly("debug-mode-in-production");
        assertThat(rulesOf(selected)).extracting(Rule::getName)
                .contains("debug-mode-in-production", "debug-mode-in-production (not evaluated)");
        assertThat(rulesOf(full).size()).isGreaterThan(rulesOf(selected).size() * 10);
    }

    @Test
    void skippingARuleLeavesItOutOfTheBaseAndKeepsEveryOther() {
        RuleBase full = RuleBase.builtin();
        RuleBase selected = full.selecting(RuleSelection.of(List.of(), List.of("broken-module-reference")));

        assertThat(rulesOf(selected)).extracting(selected::idOf).doesNotContain("broken-module-reference");
        assertThat(rulesOf(selected)).hasSize(rulesOf(full).size() - 1);
        assertThat(selected.rules()).hasSize(full.rules().size() - 1);
    }

    @Test
    void aSelectionOfEveryRuleIsTheWholeBase() {
        RuleBase full = RuleBase.builtin();
        assertThat(full.selecting(RuleSelection.of(List.of("*"), List.of()))).isSameAs(full);
        assertThat(full.selecting(RuleSelection.ALL)).isSameAs(full);
    }

    private static List<Rule> rulesOf(RuleBase base) {
        return base.kieBase().getKiePackages().stream().map(KiePackage::getRules).flatMap(c -> c.stream()).toList();
    }
}
