package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.findings.AuditResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code check} builds the rule base on a background thread while it reads the estate
 * ({@link AuditEngine#prepare}); the audit that follows must use that base and report what an
 * unprepared audit reports.
 */
class PreparedAuditTest {

    private static final Estate ESTATE = new EstateLoader().load(Path.of("samples", "acme-factory-11.yaml"));

    @Test
    void aPreparedAuditReportsWhatAnUnpreparedOneReports() {
        AuditResult plain = AuditEngine.builtinOnly().audit(ESTATE);
        AuditResult prepared = AuditEngine.builtinOnly().prepare(RuleSelection.ALL).audit(ESTATE);

        assertThat(prepared.findings()).isNotEmpty().isEqualTo(plain.findings());
        assertThat(prepared.notEvaluated()).isEqualTo(plain.notEvaluated());
    }

    @Test
    void aPreparedSelectionIsTheBaseTheAuditRuns() {
        RuleSelection only = RuleSelection.of(List.of("debug-mode-*"), List.of());
        RuleBase prepared = RuleBase.builtin().selecting(only);

        AuditResult result = AuditEngine.builtinOnly().prepare(only).audit(ESTATE, only);

        assertThat(RuleBase.builtin().selecting(only)).isSameAs(prepared);
        assertThat(result.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.ruleId()).startsWith("debug-mode-"));
        RuleSelection other = RuleSelection.of(List.of("lifetime-*"), List.of());
        assertThat(RuleBase.builtin().selecting(other)).isNotSameAs(prepared);
    }
}
