package dev.estateaudit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.estate.read.EstateLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blocking fixes in the order they must happen: LifeTime, licences, infrastructure, then environment by environment. */
class FixOrderTest {

    record Item(String category, String environment, String ruleId) {
    }

    @Test
    void ordersByStageThenByThePlansOrderOfEnvironmentsThenByRule() {
        FixOrder order = new FixOrder(List.of("LifeTime", "PreProd", "Production", "Development"));
        List<Item> items = List.of(
                new Item("modules", "Development", "broken-module-reference"),
                new Item("debug", "Production", "debug-mode-in-production"),
                new Item("readiness", "Production", "database-unsupported-by-target"),
                new Item("staging", null, "target-version-downgrade"),
                new Item("licensing", null, "production-licenses-exceeded"),
                new Item("readiness", "PreProd", "operating-system-unsupported-by-target"),
                new Item("lifetime", "Development", "lifetime-outdated"),
                new Item("lifetime", null, "lifetime-behind-target"));

        List<String> sorted = items.stream().sorted(order.comparing(Item::category, Item::environment, Item::ruleId, Item::ruleId))
                .map(Item::ruleId).toList();

        assertThat(sorted).containsExactly("lifetime-behind-target", "lifetime-outdated", "production-licenses-exceeded",
                "operating-system-unsupported-by-target", "database-unsupported-by-target",
                "target-version-downgrade", "debug-mode-in-production", "broken-module-reference");
    }

    @Test
    void phaseOneFixesLifeTimeFirstNotByRuleId() {
        UpgradePlan plan = new Planner(AuditEngine.builtinOnly()).plan(new EstateLoader().load(Path.of("samples/acme-factory-11.yaml")));

        List<String> blocking = plan.blocking().stream().map(AuditedFinding::ruleId).toList();
        // the sample's nine errors (and any a new rule adds) by stage, then by the plan's order of environments
        assertThat(blocking.subList(0, 4)).containsExactly("lifetime-behind-target", "lifetime-outdated", "production-licenses-exceeded",
                "development-license-in-production-mode");
        assertThat(plan.blocking()).extracting(f -> FixOrder.Stage.of(f.category())).isSorted();
        List<String> names = plan.order().stream().map(PlannedEnvironment::name).toList();
        for (FixOrder.Stage stage : FixOrder.Stage.values()) {
            assertThat(plan.blocking().stream().filter(f -> FixOrder.Stage.of(f.category()) == stage && f.environment() != null)
                    .map(f -> names.indexOf(f.environment())).toList()).as(stage.label()).isSorted();
        }
        assertThat(blocking.indexOf("zero-downtime-needs-front-ends")).isLessThan(blocking.indexOf("broken-module-reference"));
        assertThat(blocking.indexOf("broken-module-reference")).isLessThan(blocking.indexOf("debug-mode-in-production"));
        // phase 1 lists the fixes in that same order, a rule once (where its first error sorts), and other outputs can reuse it
        List<String> steps = plan.steps(PlanPhase.ANALYSIS).stream().filter(s -> s.id().equals("analysis.blocking"))
                .map(s -> s.text().substring(s.text().indexOf('[') + 1, s.text().indexOf(']'))).toList();
        assertThat(steps).containsExactlyElementsOf(blocking.stream().distinct().toList());
        assertThat(plan.fixOrder().audited().compare(plan.blocking().get(0), plan.blocking().get(8))).isNegative();
    }
}
