package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.estate.LifeTime;
import dev.estateaudit.findings.AuditResult;
import dev.estateaudit.findings.Finding;
import dev.estateaudit.findings.NotEvaluated;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.review.ReviewedResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The samples the README runs: each must keep telling its story. Key findings are asserted by
 * rule and subject (not the whole list, so that new rules can add to a sample's report).
 */
class SampleEstatesTest {

    private static final AuditEngine ENGINE = AuditEngine.builtinOnly();

    private static AuditResult audit(String sample) {
        return ENGINE.audit(new EstateLoader().load(Path.of("samples", sample)));
    }

    @Test
    void acmeFactoryShowsWhatBlocksItsZeroDowntimeUpgrade() {
        AuditResult result = audit("acme-factory-11.yaml");

        assertThat(result.findings()).extracting(Finding::ruleId, f -> f.subject().label()).contains(
                tuple("lifetime-behind-target", "estate"),
                tuple("lifetime-outdated", "Development"),
                tuple("production-licenses-exceeded", "estate"),
                tuple("development-license-in-production-mode", "Quality"),
                tuple("zero-downtime-needs-front-ends", "Pre-Production / Global"),
                tuple("zero-downtime-needs-front-ends", "Production / Backoffice"),
                tuple("front-end-version-mismatch", "Production / Global / prod-fe-03"),
                tuple("front-end-disabled", "Pre-Production / Global / pp-fe-02"),
                tuple("debug-mode-in-production", "Production / Orders_CS"),
                tuple("debug-mode-in-preproduction", "Pre-Production / Orders_CS"),
                tuple("broken-module-reference", "Pre-Production / Orders_UI"),
                tuple("staging-version-skew", "Quality"),
                tuple("module-not-republished", "Quality / Orders_UI"),
                tuple("module-errors-logged", "Production / Orders_CS"),
                // OutSystems 11 judged by purpose and debug mode
                tuple("environment-debug-mode-in-production", "Production"),
                tuple("development-in-production-mode", "Quality"),
                tuple("debug-mode-off-in-development", "Quality"),
                tuple("debug-mode-off-in-development", "Development / Orders_CS"));
        // no rule that belongs to OutSystems 10 speaks of an 11 estate, nor asks it for a running mode
        assertThat(result.findings()).extracting(Finding::ruleId).doesNotContain("stale-code-after-mode-change");
        assertThat(result.findings()).extracting(Finding::message).noneMatch(m -> m.contains("running mode"));
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("debug-mode-off-in-development"))
                .extracting(f -> f.subject().label()).doesNotContain("Quality / Orders_CS", "Quality / Common_CS");
        assertThat(ReviewedResult.unreviewed(result).passes(Severity.ERROR)).isFalse();
        assertThat(result.notEvaluated()).extracting(NotEvaluated::ruleId, n -> n.subject().label())
                .containsExactly(
                        tuple("module-inconsistent", "Development"),
                        tuple("module-errors-logged", "Development / Common_CS"),
                        tuple("module-errors-logged", "Development / Orders_CS"),
                        tuple("module-errors-logged", "Development / Orders_UI"),
                        // a hand-written inventory has no LifeTime consistency status
                        tuple("module-inconsistent", "Quality"),
                        tuple("module-inconsistent", "Pre-Production"),
                        tuple("module-inconsistent", "Production"));
    }

    @Test
    void legacyEstateShowsWhatMustHappenBeforeOutSystems11() {
        AuditResult result = audit("legacy-10-to-11.yaml");

        assertThat(result.findings()).extracting(Finding::ruleId, f -> f.subject().label()).contains(
                tuple("lifetime-behind-target", "estate"),
                tuple("lifetime-not-dedicated", "estate"),
                tuple("major-upgrade-review-breaking-changes", "estate"),
                tuple("debug-mode-in-production", "Intranet / Directory_CS"),
                tuple("production-in-development-mode", "Intranet"));
        // Production runs OutSystems 10 in production mode: Claims_CS's debug flag generates no debug code.
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("debug-mode-in-production"))
                .extracting(f -> f.subject().label()).containsExactly("Intranet / Directory_CS");
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("major-upgrade-review-breaking-changes"))
                .extracting(Finding::message).singleElement().asString().contains("crosses major version 11:");
        assertThat(ReviewedResult.unreviewed(result).passes(Severity.ERROR)).isFalse();
    }

    @Test
    void cleanEstatePassesTheDefaultGateWithNothingToReport() {
        AuditResult result = audit("clean-estate.yaml");

        assertThat(ReviewedResult.unreviewed(result).passes(Severity.ERROR)).isTrue();
        assertThat(result.findings()).filteredOn(f -> RuleListTest.SEED_RULES.contains(f.ruleId())).isEmpty();
        assertThat(result.notEvaluated()).filteredOn(n -> RuleListTest.SEED_RULES.contains(n.ruleId())).isEmpty();
    }
}
