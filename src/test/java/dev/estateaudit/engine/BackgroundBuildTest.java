package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.findings.AuditResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every auditing command starts the background build of the built-in rules and the catalogue
 * ({@link AuditEngine#buildInBackground}) before it parses its command line; an audit that follows
 * while the build may still run must find what an audit of the built base finds.
 */
class BackgroundBuildTest {

    private static final Estate ESTATE = new EstateLoader().load(Path.of("samples", "acme-factory-11.yaml"));

    @Test
    void anAuditDuringTheBackgroundBuildReportsWhatAnAuditAfterItReports() {
        AuditEngine.buildInBackground();
        RuleBase.buildInBackground(RulePhase.AUDIT); // a second build of the same base waits for the first and adds nothing
        AuditResult during = AuditEngine.builtinOnly().audit(ESTATE);
        AuditResult after = AuditEngine.builtinOnly().audit(ESTATE);

        assertThat(during.findings()).isNotEmpty().isEqualTo(after.findings());
        assertThat(during.notEvaluated()).isEqualTo(after.notEvaluated());
    }

    @Test
    void aSelectionNeedsNoBaseOfItsOwn() {
        RuleSelection only = RuleSelection.of(List.of("debug-mode-*"), List.of());
        RuleBase.buildInBackground(RulePhase.AUDIT);

        AuditResult result = AuditEngine.builtinOnly().audit(ESTATE, only);

        assertThat(result.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.ruleId()).startsWith("debug-mode-"));
        assertThat(result.findings()).isEqualTo(AuditEngine.builtinOnly().audit(ESTATE).findings().stream()
                .filter(f -> f.ruleId().startsWith("debug-mode-")).toList());
    }
}
