package dev.estateaudit.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.estateaudit.estate.read.EstateInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 29, items 5, 6, 13 and 22, and issue 28's item 5: what a waiver file may not hold, every problem in one run. */
class WaiverFileValidationTest {

    private static final List<String> RULES = List.of("lifetime-outdated", "debug-mode-in-production");

    private static List<String> problems(String yaml) {
        try {
            WaiverFile.read("w.yaml", yaml, RULES);
        } catch (EstateInputException e) {
            return e.problems();
        }
        throw new AssertionError("accepted: " + yaml);
    }

    @Test
    void aBlankSubjectIsRefusedRatherThanWaivingTheRuleEverywhere() {
        assertThat(problems("""
                waivers:
                  - {rule: lifetime-outdated, environment: "", justification: a, owner: jane, expires: 2999-01-31}
                  - {rule: debug-mode-in-production, module: "  ", justification: a, owner: jane, expires: 2999-01-31}
                """)).containsExactly(
                "w.yaml:2: waivers[0].environment: is blank; name the environment, or leave the field out to waive every environment",
                "w.yaml:3: waivers[1].module: is blank; name the module, or leave the field out to waive every module");
    }

    @Test
    void overlappingWaiversAreRefusedNamingBothLines() {
        assertThat(problems("""
                waivers:
                  - {rule: lifetime-outdated, environment: Production, justification: a, owner: jane, expires: 2027-01-31}
                  - {rule: lifetime-outdated, justification: b, owner: jane, expires: 2030-01-31}
                  - {rule: debug-mode-in-production, environment: Production, justification: a, owner: jane, expires: 2027-01-31}
                  - {rule: debug-mode-in-production, module: Orders, justification: a, owner: jane, expires: 2027-01-31}
                """)).containsExactly(
                "w.yaml:3: waivers[1]: waives some of the findings the waiver at line 2 waives (lifetime-outdated (every subject) and "
                        + "lifetime-outdated @ environment=Production); keep one of them, or make their subjects distinct",
                "w.yaml:5: waivers[3]: waives some of the findings the waiver at line 4 waives (debug-mode-in-production @ module=Orders "
                        + "and debug-mode-in-production @ environment=Production); keep one of them, or make their subjects distinct");
        // distinct subjects of one rule stand side by side
        assertThat(WaiverFile.read("ok.yaml", """
                waivers:
                  - {rule: lifetime-outdated, environment: Production, justification: a, owner: jane, expires: 2027-01-31}
                  - {rule: lifetime-outdated, environment: Development, justification: b, owner: jane, expires: 2030-01-31}
                """, RULES)).hasSize(2);
    }

    @Test
    void aHugeRuleIdIsRefusedQuicklyAndQuotedShort() {
        long start = System.nanoTime();
        List<String> problems = problems("""
                waivers:
                  - {rule: %s, justification: a, owner: jane, expires: 2999-01-31}
                """.formatted("x".repeat(6_000_000 / 2)));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
        assertThat(problems).containsExactly("w.yaml:2: waivers[0].rule: '" + "x".repeat(80) + "...' has 3000000 characters; "
                + "a rule id has at most 200");
    }

    @Test
    void aSecondDocumentIsRefused() {
        assertThat(problems("""
                waivers: []
                ---
                waivers:
                  - {rule: lifetime-outdated, justification: b, owner: jane, expires: 2030-01-31}
                """)).containsExactly("w.yaml:3: a waiver file is one document; remove the '---' and what follows, "
                + "or move its waivers into the first");
    }

    @Test
    void everyProblemIsNamedAtItsLineInOneRun() {
        assertThat(problems("""
                waivers:
                  - {rule: lifetime-outdate, justification: a, owner: jane, expires: 2027-01-31}
                  - {rule: lifetime-outdated, justification: a, expires: someday}
                  - {rule: debug-mode-in-production, owner: "jane\\u001B[2J", justification: a, expires: 2027-01-31, tikcet: X}
                """)).containsExactly(
                "w.yaml:2: waivers[0].rule: unknown rule 'lifetime-outdate'; did you mean lifetime-outdated?",
                "w.yaml:3: waivers[1]: 'owner' is required (a waiver needs rule, justification, owner and expires)",
                "w.yaml:3: waivers[1].expires: 'someday' is not a date; write it as YYYY-MM-DD, e.g. 2026-12-31",
                "w.yaml:4: waivers[2].owner: the text holds the control character U+001B at character 5; remove it",
                "w.yaml:4: unknown field 'tikcet' (did you mean 'ticket'?); a waiver has environment, expires, frontEnd, "
                        + "justification, module, owner, rule, ticket, zone");
    }

    @Test
    void aFileThatIsNotAWaiverFileIsQuotedAtMostFortyCharacters() {
        assertThatThrownBy(() -> WaiverFile.read("w.yaml", "root:$6$" + "a".repeat(100) + ":19000:0:99999:7:::\n", RULES))
                .isInstanceOfSatisfying(EstateInputException.class, e -> assertThat(e.getMessage())
                        .contains("'root:$6$" + "a".repeat(32) + "...'").doesNotContain("a".repeat(33)));
    }
}
