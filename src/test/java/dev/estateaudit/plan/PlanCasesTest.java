package dev.estateaudit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.estateaudit.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plan of each estate in src/test/resources/plan/cases, read from its JSON ({@code order} and
 * {@code phases[].steps}) and held to the case's expectations, which follow the upgrade guide:
 * <ul>
 * <li>{@code order}: the names in order, exactly; {@code basis}/{@code strategy}: per name, contained / equal;</li>
 * <li>{@code blocking}: rule ids among the blocking findings;</li>
 * <li>{@code steps}: per phase and environment ("" = estate-wide), the step ids in order, exactly;</li>
 * <li>{@code texts}: a step (id, optional environment) whose text, details and notes contain each string;</li>
 * <li>{@code details}: a step's details, exactly; {@code absent}: "id" or "id@environment" that no step has;</li>
 * <li>{@code nowhere}: strings no step of the plan says.</li>
 * </ul>
 */
class PlanCasesTest {

    private static final Path CASES = Path.of("src/test/resources/plan/cases");
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void thePlanIsTheOneTheGuideDescribes(Path file, @TempDir Path dir) throws IOException {
        JsonNode testCase = YAML.readTree(file.toFile());
        Path estate = dir.resolve("estate.json");
        JSON.writeValue(estate.toFile(), testCase.get("estate"));
        CliRun run = CliRun.main("plan", estate.toString(), "--format", "json");
        assertThat(run.err()).as("stderr").isEmpty();
        JsonNode plan = JSON.readTree(run.out());
        JsonNode expect = testCase.get("expect");
        String what = file.getFileName() + ": " + testCase.get("description").asText();

        assertThat(values(plan.get("order"), "name")).as(what + ": order").containsExactlyElementsOf(strings(expect.get("order")));
        fields(expect.get("basis")).forEach((name, basis) ->
                assertThat(entry(plan, name).get("basis").asText()).as(what + ": basis of " + name).contains(basis.asText()));
        fields(expect.get("strategy")).forEach((name, strategy) ->
                assertThat(entry(plan, name).get("strategy").asText()).as(what + ": strategy of " + name).isEqualTo(strategy.asText()));
        if (expect.has("blocking")) {
            assertThat(values(plan.get("blocking"), "ruleId")).as(what + ": blocking").containsAll(strings(expect.get("blocking")));
        }
        fields(expect.get("steps")).forEach((phase, byEnvironment) -> fields(byEnvironment).forEach((environment, ids) ->
                assertThat(steps(plan, phase, environment).stream().map(s -> s.get("id").asText()).toList())
                        .as(what + ": " + phase + " steps of " + (environment.isEmpty() ? "the whole estate" : environment))
                        .containsExactlyElementsOf(strings(ids))));
        for (JsonNode text : iterable(expect.get("texts"))) {
            JsonNode step = step(plan, text.get("id").asText(), text.has("environment") ? text.get("environment").asText() : null, what);
            assertThat(said(step)).as(what + ": " + text.get("id").asText()).contains(strings(text.get("contains")));
        }
        for (JsonNode details : iterable(expect.get("details"))) {
            JsonNode step = step(plan, details.get("id").asText(), details.get("environment").asText(), what);
            assertThat(strings(step.get("details"))).as(what + ": details of " + details.get("id").asText())
                    .containsExactlyElementsOf(strings(details.get("exactly")));
        }
        for (String absent : strings(expect.get("absent"))) {
            String[] parts = absent.split("@", 2);
            assertThat(allSteps(plan)).as(what + ": no " + absent).noneMatch(s -> s.get("id").asText().equals(parts[0])
                    && (parts.length == 1 || parts[1].equals(s.get("environment").asText())));
        }
        for (String phrase : strings(expect.get("nowhere"))) {
            assertThat(allSteps(plan)).as(what + ": nothing says '" + phrase + "'").noneMatch(s -> said(s).contains(phrase));
        }
    }

    static List<JsonNode> allSteps(JsonNode plan) {
        List<JsonNode> steps = new ArrayList<>();
        plan.get("phases").forEach(p -> p.get("steps").forEach(steps::add));
        return steps;
    }

    /** The steps of one phase for one environment ("" = estate-wide), in plan order. */
    static List<JsonNode> steps(JsonNode plan, String phase, String environment) {
        List<JsonNode> found = new ArrayList<>();
        plan.get("phases").forEach(p -> {
            if (p.get("phase").asText().equals(phase)) {
                p.get("steps").forEach(s -> {
                    String env = s.get("environment").isNull() ? "" : s.get("environment").asText();
                    if (env.equals(environment)) {
                        found.add(s);
                    }
                });
            }
        });
        return found;
    }

    private static JsonNode step(JsonNode plan, String id, String environment, String what) {
        List<JsonNode> matching = allSteps(plan).stream().filter(s -> s.get("id").asText().equals(id)
                && (environment == null || environment.equals(s.get("environment").asText()))).toList();
        assertThat(matching).as(what + ": one step " + id + (environment == null ? "" : " of " + environment)).hasSize(1);
        return matching.get(0);
    }

    /** A step's text, details and notes, one per line. */
    static String said(JsonNode step) {
        StringBuilder sb = new StringBuilder(step.get("text").asText());
        step.get("details").forEach(d -> sb.append('\n').append(d.asText()));
        step.get("notes").forEach(n -> sb.append('\n').append(n.asText()));
        return sb.toString();
    }

    private static JsonNode entry(JsonNode plan, String name) {
        for (JsonNode e : plan.get("order")) {
            if (e.get("name").asText().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no " + name + " in the plan's order");
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asText()));
        return values;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        iterable(array).forEach(n -> values.add(n.asText()));
        return values;
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node == null ? List.of() : node;
    }

    private static Map<String, JsonNode> fields(JsonNode node) {
        Map<String, JsonNode> fields = new java.util.LinkedHashMap<>();
        if (node != null) {
            node.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
        }
        return fields;
    }
}
