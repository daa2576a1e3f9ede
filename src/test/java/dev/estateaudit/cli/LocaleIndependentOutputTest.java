package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 29, item 21: a machine set to Arabic (Saudi Arabia), whose digits are Arabic-Indic, with
 * Windows' line ends, gets the same text as any other: Fix first numbered 1, 2, 3 in ASCII digits,
 * every line ended by '\n' alone, and the rule listing counted in ASCII. Run in a JVM of its own,
 * since the line separator is fixed when a JVM starts.
 */
class LocaleIndependentOutputTest {

    private static final String SAMPLE = Path.of("samples/acme-factory-11.yaml").toAbsolutePath().toString();
    private static final List<String> ARABIC_WINDOWS = List.of("-Duser.language=ar", "-Duser.country=SA",
            "-Dline.separator=\r\n");

    @TempDir
    Path folder;

    @Test
    void fixFirstIsNumberedInAsciiDigitsWithNewlineEndsUnderArabicLocale() throws Exception {
        ChildRun check = ChildRun.in(folder, ARABIC_WINDOWS, "check", SAMPLE);
        assertThat(check.exitCode()).as(check.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(check.out()).contains("\n   1. [lifetime-behind-target] ").contains("\n   2. [").contains("\n  10. [")
                .doesNotContain("\r").doesNotContainPattern("[\u0660-\u0669\u06F0-\u06F9]");
        ChildRun rules = ChildRun.in(folder, ARABIC_WINDOWS, "rules");
        assertThat(rules.exitCode()).as(rules.err()).isEqualTo(ExitCodes.OK);
        assertThat(rules.out()).containsPattern("\\n[0-9]+ rules\\r?\\n$").doesNotContainPattern("[\u0660-\u0669\u06F0-\u06F9]");
    }
}
