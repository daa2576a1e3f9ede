package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 29, item 25 (the options): a value the tool cannot honour is refused with exit 2 and one
 * message naming the option and the value, in the user's words (no NumberFormatException, no
 * "is not a long"), no stack trace, and nothing written; the working directory stays empty.
 */
class OptionRefusalsTest {

    private static final String SAMPLE = Path.of("samples/acme-factory-11.yaml").toAbsolutePath().toString();
    private static final String CLEAN = Path.of("samples/clean-estate.yaml").toAbsolutePath().toString();

    @TempDir
    Path folder;

    /** Runs estate-audit with these arguments, asserting a clean refusal that names what it says; returns stderr. */
    private String refused(String named, String... args) throws IOException {
        CliRun run = CliRun.of(args);
        String what = String.join(" ", args);
        assertThat(run.exitCode()).as(what + "\n" + run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).as(what).contains(named)
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error")
                .doesNotContain("is not a long").doesNotContain("is not an int").doesNotContain("BigDecimal");
        assertThat(run.err().lines().filter(l -> l.startsWith("estate-audit: ")).count()).as(what).isEqualTo(1);
        assertThat(run.out()).as(what).isEmpty();
        try (Stream<Path> written = Files.list(folder)) {
            assertThat(written).as(what + ": nothing written").isEmpty();
        }
        return run.err();
    }

    private String in(String name) {
        return folder.resolve(name).toString();
    }

    @Test
    void ruleLimitsOfZeroOrLessAreRefusedWithOrWithoutRules() throws IOException {
        for (String command : List.of("check", "plan")) {
            assertThat(refused("--max-rule-firings", command, SAMPLE, "--max-rule-firings", "0")).contains("'0': must be 1 or more");
            refused("--max-rule-firings", command, SAMPLE, "--max-rule-firings", "-5");
            assertThat(refused("--rule-timeout", command, SAMPLE, "--rule-timeout", "0")).contains("must be more than 0 seconds");
            refused("--rule-timeout", command, SAMPLE, "--rule-timeout", "-1.5");
        }
        refused("--max-rule-firings", "rules", "--max-rule-firings", "0");
        refused("--rule-timeout", "verify", "--rule-timeout", "0");
    }

    @Test
    void aRuleTimeoutThatIsNotANumberOrTooLargeIsRefusedInTheUsersWords() throws IOException {
        assertThat(refused("--rule-timeout", "check", SAMPLE, "--rule-timeout", "NaN")).contains("'NaN' is not a number");
        refused("--rule-timeout", "check", SAMPLE, "--rule-timeout", "Infinity");
        refused("--rule-timeout", "check", SAMPLE, "--rule-timeout", "ten");
        // 9.3e15 s is more milliseconds than a long holds: it wrapped to 1 ms
        assertThat(refused("--rule-timeout", "check", SAMPLE, "--rule-timeout", "9300000000000000"))
                .contains("at most 86400 seconds");
        refused("--rule-timeout", "check", SAMPLE, "--rule-timeout", "86401");
        assertThat(refused("--max-rule-firings", "check", SAMPLE, "--max-rule-firings", "many")).contains("'many' is not a whole number");
        assertThat(refused("--max-rule-firings", "check", SAMPLE, "--max-rule-firings", "99999999999999999999"))
                .contains("is too large");
        assertThat(refused("--sarif-max-results", "check", SAMPLE, "--sarif-max-results", "1.5")).contains("'1.5' is not a whole number");
    }

    /** The import's time limits wrapped the same way; no LifeTime is called, since the refusal comes first. */
    @Test
    void importTimeLimitsOutOfRangeAreRefused() throws IOException {
        for (String option : List.of("--timeout", "--total-timeout")) {
            String url = "https://lifetime.invalid";
            assertThat(refused(option, "import", "lifetime", "--url", url, option, "9300000000000000")).contains("at most 86400 seconds");
            assertThat(refused(option, "import", "lifetime", "--url", url, option, "0")).contains("must be more than 0 seconds");
            assertThat(refused(option, "import", "lifetime", "--url", url, option, "NaN")).contains("'NaN' is not a number");
        }
    }

    @Test
    void theLargestRuleTimeoutIsAccepted() {
        CliRun run = CliRun.of("check", CLEAN, "--rule-timeout", "86400", "--fail-on", "never");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void anUnknownOrMissingOutputFormatIsRefusedNamingTheKnownOnes() throws IOException {
        String bogus = refused("--output bogus=", "check", SAMPLE, "--output", "bogus=" + in("x.json"));
        assertThat(bogus).contains("unknown format 'bogus'").contains("text, json, sarif, junit, markdown, html, github, azure");
        assertThat(refused("--output =", "check", SAMPLE, "--output", "=" + in("x.json"))).contains("no format before '='");
        // a matrix of several targets reads its --output the same way
        refused("unknown format 'bogus'", "check", SAMPLE, "--target-version", "11.20.0,11.31.0", "--output", "bogus=" + in("x.json"));
    }

    @Test
    void aFileWhoseNameHoldsAnEqualsSignIsWrittenWithItsFolder() throws IOException {
        Path named = folder.resolve("a=b.json");
        CliRun run = CliRun.of("check", SAMPLE, "--format", "json", "--output", named.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(Files.readString(named)).contains("\"estate\"");
    }

    @Test
    void anOutputPathNamingAFolderIsRefused() throws IOException {
        assertThat(refused("--output json=", "check", SAMPLE, "--output", "json=" + in("newdir") + "/")).contains("names a folder");
        refused("names a folder", "check", SAMPLE, "--format", "json", "--output", in("newdir") + "/");
        assertThat(folder.resolve("newdir")).doesNotExist();
    }

    @Test
    void initRefusesANameCheckCannotReadAndAnEmptyOne() throws IOException {
        String txt = refused("--output", "init", "--output", in("x.txt"));
        assertThat(txt).contains("x.txt").contains(".yaml or .yml");
        refused("--output", "init", "--output", in("x.json"));
        assertThat(refused("--output", "init", "--output", "")).contains("empty file name").doesNotContain(" exists");
        CliRun yml = CliRun.of("init", "--output", in("x.yml"));
        assertThat(yml.exitCode()).as(yml.err()).isEqualTo(ExitCodes.OK);
        CliRun check = CliRun.of("check", in("x.yml"));
        assertThat(check.exitCode()).as("what init wrote, check reads: " + check.err()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void anEmptyTargetVersionListIsRefused() throws IOException {
        for (String empty : List.of(",", ",,", "")) {
            refused("--target-version", "check", SAMPLE, "--target-version", empty);
        }
    }

    /** clean-estate runs 11.29.0 everywhere: three downgrade errors, at the gate's error threshold, block 10.0.0. */
    @Test
    void aTargetBeforeTheCatalogueWithBlockingDowngradesIsBlockedNotUnknown() {
        CliRun run = CliRun.of("check", CLEAN, "--target-version", "10.0.0,11.31.0");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(run.out()).containsPattern("\\n10\\.0\\.0 +blocked +3 ")
                .contains("10.0.0 is blocked by:\n  [target-version-downgrade] Development:")
                .doesNotContain("10.0.0 is unknown");
        List<String> downgrades = new ArrayList<>();
        run.out().lines().filter(l -> l.startsWith("  [target-version-downgrade]")).forEach(downgrades::add);
        assertThat(downgrades).hasSize(3);
        CliRun warningsOnly = CliRun.of("check", CLEAN, "--target-version", "10.0.0,11.31.0", "--fail-on", "never");
        assertThat(warningsOnly.out()).as("no threshold: nothing blocks, and 10.0.0 lies outside the catalogue")
                .containsPattern("\\n10\\.0\\.0 +unknown ");
    }
}
