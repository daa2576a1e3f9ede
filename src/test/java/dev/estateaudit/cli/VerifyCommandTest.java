package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** estate-audit verify: the built-in fixtures, a user rule's tests, and a failing test's diff. */
class VerifyCommandTest {

    @TempDir
    Path dir;

    @Test
    void theBuiltInFixturesPassThroughTheCommandUsersRun() {
        CliRun run = CliRun.main("verify", "src/test/resources/rules");
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("PASS src/test/resources/rules/lifetime/lifetime-outdated.yaml: ")
                .contains("PASS src/test/resources/rules/waivers/waiver-expired.yaml: ")
                .doesNotContain("FAIL ").containsPattern("\\d+ test\\(s\\) in \\d+ file\\(s\\): \\d+ passed, 0 failed");
    }

    @Test
    void aUserRulesTestsRunWithItsFolder() {
        CliRun run = CliRun.main("verify", "samples/rules", "--rules", "samples/rules");
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("PASS samples/rules/naming/module-name-suffix.test.yaml: ").contains(" 0 failed");
        CliRun withoutRules = CliRun.main("verify", "samples/rules");
        assertThat(withoutRules.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(withoutRules.err()).contains("unknown rule 'acme-module-name-suffix'").contains("--rules");
    }

    @Test
    void aFailingTestShowsWhatDifferedExitsOneAndWritesJUnit() throws IOException {
        Path tests = Files.writeString(dir.resolve("wrong.yaml"), """
                rules: [lifetime-outdated]
                tests:
                  - name: expects the wrong environment
                    estate:
                      name: Wrong
                      lifetime: {platformVersion: "11.29.0", dedicated: true}
                      environments:
                        - {name: Development, role: development, platformVersion: "11.30.1"}
                        - {name: Quality, role: quality, platformVersion: "11.29.0"}
                    expect:
                      - {environment: Quality}
                  - name: a finding that must be absent is there
                    estate:
                      name: Absent
                      lifetime: {platformVersion: "11.29.0", dedicated: true}
                      environments:
                        - {name: Development, role: development, platformVersion: "11.30.1"}
                    expect:
                      - {environment: Development}
                    absent:
                      - {environment: Development}
                  - name: passes
                    estate:
                      name: Fine
                      lifetime: {platformVersion: "11.30.1", dedicated: true}
                      environments:
                        - {name: Development, role: development, platformVersion: "11.30.1"}
                    expect: []
                """);
        Path junit = dir.resolve("reports/verify.xml");
        CliRun run = CliRun.main("verify", tests.toString(), "--junit", junit.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(run.out())
                .contains("FAIL " + tests + ": expects the wrong environment\n"
                        + "       - expected finding: lifetime-outdated @ environment=Quality\n"
                        + "       + unexpected finding: lifetime-outdated @ environment=Development\n")
                .contains("FAIL " + tests + ": a finding that must be absent is there\n"
                        + "       + finding that must be absent: lifetime-outdated @ environment=Development\n")
                .contains("PASS " + tests + ": passes\n")
                .contains("3 test(s) in 1 file(s): 1 passed, 2 failed");
        String xml = Files.readString(junit);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<testsuites name=\"estate-audit verify\" tests=\"3\" failures=\"2\" errors=\"0\" skipped=\"0\" time=\"0\">")
                .contains("<testcase name=\"passes\" classname=\"" + tests.toString().replace('\\', '/') + "\" time=\"0\"></testcase>")
                .contains("<failure message=\"2 difference(s) between expected and actual findings\">"
                        + "- expected finding: lifetime-outdated @ environment=Quality\n"
                        + "+ unexpected finding: lifetime-outdated @ environment=Development</failure>")
                .doesNotContainPattern("time=\"(?!0\")").doesNotContain("timestamp=");
        CliRun again = CliRun.main("verify", tests.toString(), "--junit", junit.toString());
        assertThat(Files.readString(junit)).isEqualTo(xml);
        assertThat(again.out()).isEqualTo(run.out());
    }

    @Test
    void aFolderIsSearchedForTestFilesAndOtherYamlIsLeftAlone() throws IOException {
        Files.createDirectories(dir.resolve("tests/estates"));
        Files.writeString(dir.resolve("tests/estates/outdated.yaml"), """
                name: From a file
                lifetime: {platformVersion: "11.29.0", dedicated: true}
                environments:
                  - {name: Production, role: production, platformVersion: "11.30.1"}
                """);
        Files.writeString(dir.resolve("tests/outdated.test.yaml"), """
                rules: [lifetime-outdated]
                tests:
                  - name: an estate named by path
                    estateFile: estates/outdated.yaml
                    expect:
                      - {environment: Production}
                """);
        CliRun run = CliRun.main("verify", dir.resolve("tests").toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("1 test(s) in 1 file(s): 1 passed, 0 failed");
    }

    @Test
    void badTestFilesAreBadInput() throws IOException {
        Path unknownField = Files.writeString(dir.resolve("unknown.yaml"), """
                rules: [lifetime-outdated]
                tests:
                  - name: typo
                    estate: {name: X, environments: [{name: P, role: production, platformVersion: "11.0"}]}
                    expects: []
                """);
        CliRun run = CliRun.main("verify", unknownField.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(unknownField + ":5: unknown field 'expects'").doesNotContain("Exception");
        Path unknownRule = Files.writeString(dir.resolve("rule.yaml"), """
                rules: [lifetime-outdate]
                tests:
                  - name: typo
                    estate: {name: X, environments: [{name: P, role: production, platformVersion: "11.0"}]}
                    expect: []
                """);
        assertThat(CliRun.main("verify", unknownRule.toString()).err())
                .contains("unknown rule 'lifetime-outdate'; did you mean lifetime-outdated");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun none = CliRun.main("verify", empty.toString());
        assertThat(none.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(none.err()).contains("no rule test files");
        Path noAsOf = Files.writeString(dir.resolve("asof.yaml"), """
                rules: [waiver-unused]
                tests:
                  - name: waivers need a date
                    estate: {name: X, environments: [{name: P, role: production, platformVersion: "11.0"}]}
                    waivers: [{rule: lifetime-outdated, justification: x, owner: y, expires: 2027-01-01}]
                    expect: []
                """);
        assertThat(CliRun.main("verify", noAsOf.toString()).err()).contains("'asOf' is required with waivers");
    }
}
