package dev.estateaudit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.estate.read.EstateLoader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every environment gets one republishing verdict for its jump, and no plan says two that
 * contradict ("publish everything, recommended" beside "not mandatory"), over a spread of
 * starting versions and targets, development and staged environments alike.
 */
class RepublishVerdictTest {

    private static final Planner PLANNER = new Planner(AuditEngine.builtinOnly());

    static List<String[]> jumps() {
        List<String> from = List.of("10.0.1019.0", "11.0.0", "11.9.2", "11.10.0", "11.10.1", "11.11.3", "11.12.0", "11.18.0", "11.25.1");
        List<String> to = List.of("11.0.0", "11.11.3", "11.12.0", "11.14.1", "11.18.0", "11.31.0", "11.35.0");
        return from.stream().flatMap(f -> to.stream().filter(t -> compare(f, t) < 0).map(t -> new String[] {f, t})).toList();
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("jumps")
    void oneVerdictPerEnvironmentAndNoContradiction(String from, String to) {
        String yaml = """
                name: Jump
                lifetime: {version: "11.25.0", platformVersion: "%2$s", dedicated: true}
                upgrade: {targetVersion: "%2$s"}
                environments:
                  - {name: Development, role: development, order: 1, platformVersion: "%1$s", hosting: cloud, frontEndCount: 1}
                  - {name: Production, role: production, order: 2, platformVersion: "%1$s", hosting: on-premises, frontEndCount: 1}
                """.formatted(from, to);
        UpgradePlan plan = PLANNER.plan(new EstateLoader().loadText("jump.yaml", yaml));

        for (String environment : List.of("Development", "Production")) {
            List<PlanStep> verdicts = plan.steps(PlanPhase.EXECUTION).stream()
                    .filter(s -> s.id().equals("execution.republish") && environment.equals(s.environment())).toList();
            assertThat(verdicts).as(environment + ", " + from + " to " + to).hasSize(1);
            String said = String.join("\n", verdicts.get(0).text(), String.join("\n", verdicts.get(0).notes()));
            boolean everything = said.contains("(required)") || said.contains("(recommended)");
            boolean atYourPace = said.contains("not mandatory") || said.contains("at your teams' pace");
            assertThat(everything ^ atYourPace).as(environment + ", " + from + " to " + to + ": one verdict in\n" + said).isTrue();
            // the guide: from 10 or earlier to 11, and to 11.11 or earlier, publishing everything is a must
            if (from.startsWith("10.") || compare(to, "11.12.0") < 0) {
                assertThat(said).as(from + " to " + to).contains("(required)");
            } else if (compare(from, "11.10.1") < 0) {
                assertThat(said).as(from + " to " + to).contains("(recommended)");
            } else {
                assertThat(said).as(from + " to " + to).contains("not mandatory");
            }
        }
    }

    private static int compare(String a, String b) {
        return dev.estateaudit.estate.Version.parse(a).compareTo(dev.estateaudit.estate.Version.parse(b));
    }
}
