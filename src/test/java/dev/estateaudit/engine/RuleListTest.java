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
class RuleListTest {

    /** The first rules of the rule list; every id here must exist. */
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
    void theFirstRulesAreAllThere() {
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

    /**
     * A DRL rule without {@code @id} is one of three kinds, each marked: {@code @internal} (it infers
     * facts for other rules, such as which modules carry debug code, and reports nothing),
     * {@code @notEvaluatedFor} or {@code @partOf} (it reports for the rule with that id). An internal
     * rule's consequence inserts facts and never touches the findings. (The plan phase's rules,
     * which add plan steps and report no findings, are not in the rule list and carry no metadata.)
     */
    @TestFactory
    Stream<DynamicTest> everyRuleWithoutAnIdSaysWhatItIs() throws IOException {
        List<DynamicTest> tests = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl"))
                    .filter(f -> RulePhase.of(Path.of("rules"), f).listed()).sorted().toList()) {
                java.util.regex.Matcher rule = DRL_RULE.matcher(Files.readString(file));
                while (rule.find()) {
                    String name = rule.group(1);
                    String header = rule.group(2);
                    String consequence = rule.group(3);
                    tests.add(DynamicTest.dynamicTest(file + ": " + name, () -> {
                        assertThat(header).as("metadata of rule '%s'", name)
                                .containsAnyOf("@id(", "@internal(", "@notEvaluatedFor(", "@partOf(");
                        if (header.contains("@internal(")) {
                            assertThat(consequence).as("an internal rule infers").contains("insert(")
                                    .as("an internal rule reports nothing").doesNotContain("findings.");
                        }
                    }));
                }
            }
        }
        assertThat(tests.stream().map(DynamicTest::getDisplayName)).anySatisfy(n -> assertThat(n).contains("debug code is present"));
        return tests.stream();
    }

    private static final java.util.regex.Pattern DRL_RULE = java.util.regex.Pattern.compile(
            "(?ms)^rule\\s+\"([^\"]+)\"(.*?)^then\\b(.*?)^end\\b");

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
