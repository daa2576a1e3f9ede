package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import dev.estateaudit.findings.RuleDescriptor;
import dev.estateaudit.verify.RuleTestFile;
import dev.estateaudit.verify.RuleTestRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The meta-test (after Checkstyle's): no rule can be added without its metadata, its file in the
 * right folder, a fixture where it fires and one where it must not, and its documentation page.
 */
class RuleCatalogueTest {

    /** The seed catalogue; every id here must exist. */
    static final List<String> SEED_RULES = List.of(
            "lifetime-outdated", "lifetime-behind-target", "lifetime-not-dedicated", "lifetime-missing",
            "development-license-in-production-mode", "production-licenses-exceeded",
            "production-in-development-mode", "development-in-production-mode",
            "debug-mode-in-production", "debug-mode-in-preproduction", "debug-mode-off-in-development",
            "stale-code-after-mode-change",
            "zero-downtime-needs-front-ends", "front-end-version-mismatch", "front-end-disabled",
            "staging-version-skew", "production-upgraded-before-non-production", "target-version-downgrade",
            "major-upgrade-review-breaking-changes",
            "module-not-republished", "broken-module-reference", "module-errors-logged",
            "cloud-upgrade-by-support-case");

    private final List<RuleDescriptor> rules = RuleBase.builtin().rules();

    @Test
    void theSeedCatalogueIsComplete() {
        assertThat(rules).extracting(RuleDescriptor::id).containsAll(SEED_RULES);
    }

    @TestFactory
    Stream<DynamicTest> everyRuleIsComplete() {
        return rules.stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            assertThat(rule.title()).as("@title of %s", rule.id()).isNotBlank().isNotEqualTo(rule.id());
            assertThat(rule.remediation()).as("@remediation of %s", rule.id()).isNotBlank();
            assertThat(rule.id()).as("rule ids are kebab-case").matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(Path.of("rules", rule.category(), rule.id() + ".drl"))
                    .as("a rule lives in rules/<category>/<id>.drl").exists();
            assertFixtures(rule);
            assertDocumented(rule);
        }));
    }

    private static void assertFixtures(RuleDescriptor rule) {
        Path fixture = RuleFixturesTest.FIXTURES.resolve(rule.category()).resolve(rule.id() + ".yaml");
        assertThat(fixture).as("fixtures of %s", rule.id()).exists();
        RuleTestFile tests = RuleTestRunner.read(fixture);
        assertThat(tests.getRules()).contains(rule.id());
        boolean single = tests.getRules().size() == 1;
        assertThat(tests.getTests()).as("%s needs an estate where it fires", rule.id())
                .anySatisfy(t -> assertThat(t.getExpect())
                        .anySatisfy(e -> assertThat(e.rule() == null && single ? rule.id() : e.rule()).isEqualTo(rule.id())));
        assertThat(tests.getTests()).as("%s needs an estate where it must not fire", rule.id())
                .anySatisfy(t -> assertThat(t.getExpect())
                        .noneSatisfy(e -> assertThat(e.rule() == null && single ? rule.id() : e.rule()).isEqualTo(rule.id())));
    }

    private static void assertDocumented(RuleDescriptor rule) throws IOException {
        Path page = Path.of("docs", "rules", rule.id() + ".md");
        assertThat(page).as("documentation page of %s", rule.id()).exists();
        String text = Files.readString(page);
        assertThat(text).as("%s's page starts with its id", rule.id()).startsWith("# " + rule.id());
        assertThat(text).as("%s's page repeats the rule's own title, severity and remediation", rule.id())
                .contains(rule.title()).contains("Severity: " + rule.severity().label()).contains(rule.remediation());
    }
}
