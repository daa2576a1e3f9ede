package dev.estateaudit.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.SourcePosition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The report's order must not depend on the order in which rules fired (one session or two, a
 * smaller rule base under --only): items that the named keys leave equal are still told apart.
 */
class FindingOrderTest {

    private static final RuleDescriptor RULE = new RuleDescriptor("some-rule", Severity.WARNING, "Title", "Remedy",
            "modules", "built-in", Map.of());
    private static final Subject ORDERS = new Subject("Production", "Orders", null, null, new SourcePosition("estate.yaml", 12, 7));

    private final FindingOrder order = new FindingOrder(estate("Development", "Production"));

    @Test
    void findingsEqualButForEvidenceComeOutTheSameWhateverTheirArrival() {
        Finding low = finding("Orders is outdated.", ORDERS, Map.of("module.version", "1"));
        Finding high = finding("Orders is outdated.", ORDERS, Map.of("module.version", "2"));
        Finding other = finding("Orders logged errors.", ORDERS, Map.of());

        List<Finding> one = order.arrange(List.of(high, other, low));
        List<Finding> two = order.arrange(List.of(low, high, other));

        assertThat(one).isEqualTo(two);
        // a rule's second report of one subject and message is dropped: the one kept is chosen by content, not by arrival
        assertThat(one).extracting(Finding::message).containsExactly("Orders is outdated.", "Orders logged errors.");
        assertThat(one.get(0).evidence()).isEqualTo(Map.of("module.version", "1"));
    }

    @Test
    void ofTwoReportsOfOneSubjectAndMessageTheLowestFingerprintIsKept() {
        Finding first = finding("Two reasons.", ORDERS, Map.of()).withFingerprint("aaaa");
        Finding second = finding("Two reasons.", ORDERS, Map.of()).withFingerprint("bbbb");

        assertThat(order.sortedUnique(List.of(second, first), f -> f)).containsExactly(first);
        assertThat(order.sortedUnique(List.of(first, second), f -> f)).containsExactly(first);
    }

    @Test
    void notEvaluatedItemsEqualButForPositionKeepOneOrder() {
        NotEvaluated early = new NotEvaluated(RULE, new Subject("Production", "Orders", null, null,
                new SourcePosition("a.yaml", 3, 1)), List.of("module.debugMode"));
        NotEvaluated late = new NotEvaluated(RULE, new Subject("Production", "Orders", null, null,
                new SourcePosition("b.yaml", 1, 1)), List.of("module.debugMode"));
        NotEvaluated nowhere = new NotEvaluated(RULE, new Subject("Production", "Orders", null, null, null),
                List.of("module.debugMode"));

        List<NotEvaluated> items = new ArrayList<>(List.of(late, early, nowhere));
        List<NotEvaluated> expected = List.of(nowhere, early, late);
        assertThat(order.arrangeNotEvaluated(items)).isEqualTo(expected);
        Collections.reverse(items);
        assertThat(order.arrangeNotEvaluated(items)).isEqualTo(expected);
    }

    @Test
    void environmentsFollowTheFileNotTheAlphabet() {
        Finding production = finding("In production.", ORDERS, Map.of());
        Finding development = finding("In development.", new Subject("Development", "Orders", null, null, null), Map.of());
        Finding estateWide = finding("Estate-wide.", Subject.ESTATE, Map.of());

        assertThat(order.arrange(List.of(production, estateWide, development)))
                .containsExactly(estateWide, development, production);
    }

    private static Finding finding(String message, Subject subject, Map<String, Object> evidence) {
        return new Finding(RULE, message, subject, new LinkedHashMap<>(evidence));
    }

    private static Estate estate(String... environmentNames) {
        List<EstateEnvironment> environments = new ArrayList<>();
        for (String name : environmentNames) {
            EstateEnvironment environment = new EstateEnvironment();
            environment.setName(name);
            environments.add(environment);
        }
        Estate estate = new Estate();
        estate.setEnvironments(environments);
        return estate;
    }
}
