package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.findings.AuditResult;
import dev.estateaudit.findings.RuleDescriptor;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --only} and {@code --skip} fire the selected rules alone; what they report must be exactly
 * what those rules report in a run of the whole catalogue, for each rule in turn.
 */
class SelectedRulesTest {

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
}
