package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 29, item 23: rule test files are read by the hardened reader, and their text is shown escaped. */
class VerifyReadsGuardedTest {

    private static final String ESTATE = Path.of("samples/clean-estate.yaml").toAbsolutePath().toString();

    @TempDir
    Path folder;

    private CliRun verify(String yaml) throws Exception {
        return CliRun.of("verify", Files.writeString(folder.resolve("t.yaml"), yaml).toString());
    }

    @Test
    void aTestsTitleCannotSendATerminalEscape() throws Exception {
        CliRun run = verify("rules: [lifetime-outdated]\ntests:\n  - name: \"ok\\e]0;pwned\\a\\e[2J\"\n    estateFile: "
                + ESTATE + "\n    expect: []\n");
        assertThat(run.exitCode()).as(run.err()).isIn(ExitCodes.OK, ExitCodes.GATE_FAILED);
        assertThat(run.out()).contains("ok\\x1B]0;pwned\\x07\\x1B[2J").doesNotContain("\u001B").doesNotContain("\u0007");
    }

    @Test
    void duplicateKeysAndAliasesAreRefusedAtTheirLine() throws Exception {
        CliRun duplicate = verify("rules: [lifetime-outdated]\nrules: [lifetime-behind-target]\ntests:\n  - estateFile: "
                + ESTATE + "\n    expect: []\n");
        assertThat(duplicate.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(duplicate.err()).contains("t.yaml:2:").contains("Duplicate field 'rules'");

        CliRun alias = verify("rules: [&r lifetime-outdated]\ntests:\n  - name: *r\n    estateFile: " + ESTATE + "\n    expect: []\n");
        assertThat(alias.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(alias.err()).contains("t.yaml:3:").contains("YAML aliases (*r) are not supported");
    }

    @Test
    void aWrongKindOfValueIsSaidInTheFilesWords() throws Exception {
        CliRun run = verify("rules: {a: 1}\ntests:\n  - estateFile: " + ESTATE + "\n    expect: []\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("t.yaml:1: rules: expected a list, found a mapping")
                .doesNotContain("java.").doesNotContain("Cannot deserialize");
    }
}
