package dev.estateaudit.review;

import static org.assertj.core.api.Assertions.assertThat;
import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.engine.RuleBase;
import dev.estateaudit.engine.RuleSelection;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.findings.RuleDescriptor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's side of selection and waivers, with a test-only user rule folder. */
class AuditOptionsTest {

    private static final Estate ESTATE = new EstateLoader().load(Path.of("samples/acme-factory-11.yaml"));
    private final AuditEngine engine = new AuditEngine(List.of(RuleBase.builtin(),
            RuleBase.compile(List.of(Path.of("src/test/resources/cli/user-rules")))));

    @Test
    void findingsOfUserRulesAreWaivedByTheSameRules() {
        List<String> ids = engine.rules().stream().map(RuleDescriptor::id).toList();
        WaiverSet waivers = new WaiverSet(WaiverFile.read("w.yaml", """
                waivers:
                  - {rule: acme-core-service-in-production, justification: "by design", owner: arch, expires: 2027-01-01}
                """, ids), new WaiverCalendar(LocalDate.parse("2026-12-01"), 14));
        ReviewedResult result = new AuditOptions(RuleSelection.ALL, waivers).review(engine, ESTATE);
        List<ReviewedFinding> user = result.findings().stream().filter(f -> f.ruleId().equals("acme-core-service-in-production")).toList();
        assertThat(user).isNotEmpty().allMatch(ReviewedFinding::waived);
        assertThat(user.get(0).waiver().getOwner()).isEqualTo("arch");
        assertThat(result.findings()).extracting(ReviewedFinding::ruleId).doesNotContain("waiver-unused");
    }

    @Test
    void theInternalWaiverRuleIsNotInTheCatalogueAndSelectionCannotDropIt() {
        assertThat(engine.rules()).extracting(RuleDescriptor::id)
                .contains("waiver-expired", "waiver-expiring", "waiver-unused").doesNotContain("waiver covers finding");
        List<String> ids = engine.rules().stream().map(RuleDescriptor::id).toList();
        WaiverSet waivers = new WaiverSet(WaiverFile.read("w.yaml", """
                waivers:
                  - {rule: lifetime-outdated, justification: "booked", owner: jane, expires: 2027-01-01}
                """, ids), new WaiverCalendar(LocalDate.parse("2026-12-01"), 14));
        ReviewedResult result = new AuditOptions(RuleSelection.of(List.of("lifetime-*"), List.of("waiver-*")), waivers).review(engine, ESTATE);
        assertThat(result.findings()).isNotEmpty().allMatch(f -> f.ruleId().startsWith("lifetime-"));
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("lifetime-outdated")).allMatch(ReviewedFinding::waived);
        assertThat(result.rules()).extracting(RuleDescriptor::id).allMatch(id -> id.startsWith("lifetime-"));
    }

    @Test
    void selectionProblemsNameEveryPatternThatMatchesNothing() {
        List<String> ids = engine.rules().stream().map(RuleDescriptor::id).toList();
        assertThat(RuleSelection.of(List.of("debug-*", "nothing-*"), List.of("front-end-disabld")).problems(ids))
                .containsExactly("--only nothing-*: matches no rule",
                        "--skip front-end-disabld: matches no rule; did you mean front-end-disabled?");
        assertThat(RuleSelection.of(List.of("debug-mode-in-?roduction"), List.of()).selects("debug-mode-in-production")).isTrue();
    }
}
