package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estateaudit.estate.EstateModule;
import dev.estateaudit.facts.ModuleDebugCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Cutting the built-in audit rules into shards is sound only while they just report; and the
 * shards must hold every rule once, with the work on module facts shared out.
 */
class RuleShardsTest {

    /** What a consequence would call to change the facts other rules see. */
    private static final Pattern CHANGES_FACTS = Pattern.compile("\\b(insert|insertLogical|modify|update|delete|retract)\\s*\\(");
    private static final Pattern CONSEQUENCE = Pattern.compile("(?ms)^\\s*then\\b(.*?)^\\s*end\\b");

    @Test
    void noBuiltInAuditRuleChangesAFactAnotherRuleMatches() throws IOException {
        List<String> changing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                String phase = file.getName(1).toString();
                if (phase.equals("plan") || phase.equals("waivers")) {
                    continue; // their own rule bases, never cut
                }
                Matcher then = CONSEQUENCE.matcher(Files.readString(file));
                while (then.find()) {
                    if (CHANGES_FACTS.matcher(then.group(1)).find()) {
                        changing.add(file.toString());
                    }
                }
            }
        }
        assertThat(changing).as("audit rules that change facts: RuleShards would split what they infer from what uses it").isEmpty();
    }

    @Test
    void theModuleRulesRunApartFromTheOthersAndEveryRuleRunsOnce() {
        RuleBase full = RuleBase.builtin();
        List<RuleBase> shards = RuleShards.of(full);

        assertThat(shards).hasSize(2);
        assertThat(matches(shards.get(0), EstateModule.class)).isTrue();
        assertThat(matches(shards.get(1), EstateModule.class)).as("modules are inserted in one session only").isFalse();
        assertThat(matches(shards.get(1), ModuleDebugCode.class)).as("the debug-code rules balance the other session").isTrue();
        List<String> names = new ArrayList<>(rulesOf(shards.get(0)));
        names.addAll(rulesOf(shards.get(1)));
        assertThat(names).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(rulesOf(full));
    }

    @Test
    void aBaseWithoutModuleRulesIsNotCut() {
        RuleBase none = RuleBase.builtin().selecting(RuleSelection.of(List.of("lifetime-outdated"), List.of()));
        assertThat(RuleShards.of(none)).containsExactly(none);
    }

    @Test
    void userRulesAreNeverCut() {
        RuleBase user = RuleBase.compile(List.of(Path.of("bench/user-rules")));
        assertThat(RuleShards.of(user)).containsExactly(user);
    }

    @Test
    void aShardsFailureIsThrownOnceEveryShardHasFinished() {
        RuleBase full = RuleBase.builtin();
        List<RuleBase> shards = RuleShards.of(full);
        List<String> ran = java.util.Collections.synchronizedList(new ArrayList<>());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleShards.sideBySide(shards, shard -> {
            if (shard == shards.get(1)) {
                throw new IllegalArgumentException("second shard failed");
            }
            ran.add("first");
            return 1;
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("second shard failed");
        assertThat(ran).containsExactly("first");
    }

    private static List<String> rulesOf(RuleBase base) {
        List<String> names = new ArrayList<>();
        for (KiePackage pkg : base.kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                names.add(rule.getName());
            }
        }
        return names;
    }

    private static boolean matches(RuleBase base, Class<?> type) {
        for (ObjectTypeNode node : ((InternalRuleBase) base.kieBase()).getRete().getObjectTypeNodes()) {
            if (node.getObjectType().isAssignableFrom(type) && node.getAssociatedRules().length > 0) {
                return true;
            }
        }
        return false;
    }
}
