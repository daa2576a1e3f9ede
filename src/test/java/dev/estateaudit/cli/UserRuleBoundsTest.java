package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case 3 and 4 of the hardening issue: user rules that run away, exit the JVM or skip the findings global. */
class UserRuleBoundsTest {

    private static final String ESTATE = """
            name: Bounds
            environments:
              - {name: Development, role: development, platformVersion: "11.30.1", hosting: cloud}
            """;

    private static final String RULE = """
            package acme.rules;

            import dev.estateaudit.estate.EstateEnvironment;

            global dev.estateaudit.findings.FindingSink findings;
            %s
            rule "acme-runaway"
                @id("acme-runaway")
                @severity("info")
                @title("A rule that misbehaves")
                @remediation("Fix the rule.")
            when
                $env : EstateEnvironment( )
            then
                %s
            end
            """;

    @TempDir
    Path folder;

    private Path estate() throws IOException {
        return Files.writeString(folder.resolve("estate.yaml"), ESTATE);
    }

    private Path rules(String functions, String consequence) throws IOException {
        Path rules = Files.createDirectories(folder.resolve("rules"));
        Files.writeString(rules.resolve("runaway.drl"), RULE.formatted(functions, consequence));
        return rules;
    }

    @Test
    void anUpdateLoopWithoutNoLoopStopsAtTheFiringLimitNamingTheRule() throws IOException {
        Path rules = rules("", "update($env);");
        CliRun run = CliRun.of("check", estate().toString(), "--rules", rules.toString(), "--no-cache", "--max-rule-firings", "20000");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("rule 'acme-runaway' fired more than 20000 times in all (--max-rule-firings)")
                .doesNotContain("\tat ");
        assertThat(dev.estateaudit.engine.RuleLimits.DEFAULT.maxFirings()).isEqualTo(10_000_000L);
    }

    @Test
    void aRuleThatRecursesForeverIsExit2NamingTheRule() throws IOException {
        Path rules = rules("function int down(int n) { return down(n + 1) + 1; }\n", "down(0);");
        CliRun run = CliRun.of("check", estate().toString(), "--rules", rules.toString(), "--no-cache");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("acme-runaway").contains("recursed until the stack ran out").doesNotContain("\tat ");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aRuleFileWithoutTheFindingsGlobalRuns() throws IOException {
        Path rules = Files.createDirectories(folder.resolve("quiet"));
        Files.writeString(rules.resolve("quiet.drl"), RULE.replace("global dev.estateaudit.findings.FindingSink findings;", "")
                .formatted("", "System.out.print(\"\");"));
        CliRun run = CliRun.of("check", estate().toString(), "--rules", rules.toString(), "--no-cache");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).doesNotContain("internal error");
    }

    @Test
    void aRuleStuckInALoopEndsAtTheTimeLimitWithExit2() throws Exception {
        Path rules = rules("", "while (true) { }");
        long start = System.nanoTime();
        ChildRun run = ChildRun.in(folder, "check", estate().toString(), "--rules", rules.toString(), "--no-cache",
                "--rule-timeout", "1");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("rule 'acme-runaway' was still running after 1 s (--rule-timeout)");
        assertThat((System.nanoTime() - start) / 1_000_000_000).isLessThan(60);
    }

    @Test
    void systemExitZeroFromARuleIsNotAPassedGate() throws Exception {
        Path rules = rules("", "System.exit(0);");
        ChildRun run = ChildRun.in(folder, "check", estate().toString(), "--rules", rules.toString(), "--no-cache");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("the run ended before it finished");
    }

    @Test
    void aRuleThatExhaustsTheHeapIsExit2() throws Exception {
        Path rules = rules("", "java.util.List<long[]> hog = new java.util.ArrayList<>(); while (true) { hog.add(new long[1 << 20]); }");
        ChildRun run = ChildRun.in(folder, List.of("-Xmx256m"), "check", estate().toString(), "--rules", rules.toString(), "--no-cache");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("acme-runaway").contains("exhausted the memory").doesNotContain("\tat ");
    }

    @Test
    void rulesOfAConfigFoundInTheWorkingDirectoryRunOnlyWhenNamedOrTrusted() throws Exception {
        Path rules = Files.createDirectories(folder.resolve("quiet"));
        Files.writeString(rules.resolve("quiet.drl"), RULE.formatted("", "System.out.print(\"\");"));
        Files.writeString(folder.resolve("estate-audit.yaml"), "rules: [quiet]\n");
        estate();
        ChildRun bare = ChildRun.in(folder, "check", "estate.yaml");
        assertThat(bare.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bare.err()).contains("reading the config file estate-audit.yaml in the working directory")
                .contains("estate-audit.yaml:1: rules: rules are code").contains("--trust-config-rules");
        ChildRun trusted = ChildRun.in(folder, "check", "estate.yaml", "--trust-config-rules", "--no-cache");
        assertThat(trusted.exitCode()).as(trusted.err()).isEqualTo(ExitCodes.OK);
        ChildRun named = ChildRun.in(folder, "check", "estate.yaml", "--config", "estate-audit.yaml", "--no-cache");
        assertThat(named.exitCode()).as(named.err()).isEqualTo(ExitCodes.OK);
        assertThat(named.err()).doesNotContain("reading the config file");
    }

    @Test
    void anyOtherThrowableIsOneLineExit3AndDebugShowsTheTrace() {
        StringWriter err = new StringWriter();
        int code = EstateAuditCommand.handle(new StackOverflowError("deep\nsecond line"), new PrintWriter(err), false);
        assertThat(code).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(err.toString()).isEqualTo("estate-audit: internal error: java.lang.StackOverflowError: deep "
                + "(please report this; --debug shows where)" + System.lineSeparator());
        StringWriter debug = new StringWriter();
        EstateAuditCommand.handle(new NullPointerException("x"), new PrintWriter(debug), true);
        assertThat(debug.toString()).contains("internal error: java.lang.NullPointerException: x").contains("\tat ");
    }

    @Test
    void aVersionOfThousandsOfComponentsIsExit2() throws IOException {
        Path estate = Files.writeString(folder.resolve("huge.yaml"), ESTATE.replace("11.30.1", "1" + ".1".repeat(3000)));
        CliRun run = CliRun.main("check", estate.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("huge.yaml:3").contains("more than the 64").doesNotContain("StackOverflow");
    }
}
