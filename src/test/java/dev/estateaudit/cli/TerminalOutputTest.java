package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person at a terminal sees, on a real pseudo-terminal; a pipe keeps what it always got. */
class TerminalOutputTest {

    private static final String SAMPLE = "samples/acme-factory-11.yaml";

    @TempDir
    Path dir;

    @BeforeAll
    static void needsAPseudoTerminal() {
        assumeTrue(TerminalRun.available(), "util-linux's script and stty give the test its terminal");
    }

    @Test
    void theTextReportWrapsToTheTerminalsWidthAndAPipeGetsItUnwrapped() throws Exception {
        TerminalRun terminal = TerminalRun.of(80, Map.of(), "check", SAMPLE);
        CliRun piped = CliRun.of("check", SAMPLE);

        List<String> lines = report(terminal.plainScreen());
        assertThat(lines).allSatisfy(line -> assertThat(line.length() <= 80 || !line.strip().contains(" "))
                .as("fits 80 columns or is one word: %s", line).isTrue());
        assertThat(lines).anyMatch(line -> line.startsWith("   1. [lifetime-behind-target] "));
        int first = lines.indexOf(lines.stream().filter(l -> l.startsWith("   1. [")).findFirst().orElseThrow());
        assertThat(lines.get(first + 1)).as("hangs under the text of its first line").startsWith("      ").doesNotStartWith("       ");
        assertThat(words(String.join(" ", lines))).isEqualTo(words(piped.out()));
        assertThat(piped.out().lines()).anyMatch(line -> line.length() > 200);
        assertThat(terminal.exitCode()).isEqualTo(piped.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
    }

    @Test
    void columnsInTheEnvironmentSetsTheWidth() throws Exception {
        TerminalRun terminal = TerminalRun.of(80, Map.of("COLUMNS", "120"), "check", SAMPLE);

        List<String> lines = report(terminal.plainScreen());
        assertThat(lines).anyMatch(line -> line.length() > 80);
        assertThat(lines).allSatisfy(line -> assertThat(line.length() <= 120 || !line.strip().contains(" ")).as(line).isTrue());
    }

    @Test
    void withEveryReportSentToFilesTheTerminalGetsTheSummary() throws Exception {
        String json = dir.resolve("report.json").toString();
        String html = dir.resolve("report.html").toString();

        TerminalRun terminal = TerminalRun.of(100, Map.of(), "check", SAMPLE, "--output", "json=" + json, "--output", "html=" + html);
        CliRun piped = CliRun.of("check", SAMPLE, "--output", "json=" + dir.resolve("piped.json"));

        String screen = terminal.plainScreen();
        assertThat(screen).contains("estate-audit ").contains("Coverage: ").contains("Summary: ")
                .contains("gate (fail on error): FAILED")
                .doesNotContain("FIX FIRST").doesNotContain("ERROR (");
        assertThat(screen.replaceAll("\\s+", " ")).contains("Reports: json " + json + ", html " + html);
        assertThat(terminal.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(piped.out()).as("a pipe still gets the whole text report").contains("FIX FIRST").contains("ERROR (");
    }

    /** A config whose outputs are all files: the terminal gets the verdict too, a pipe still nothing. */
    @Test
    void withAConfigSendingEveryReportToFilesTheTerminalGetsTheSummary() throws Exception {
        Path config = Files.writeString(dir.resolve("estate-audit.yaml"), """
                outputs:
                  - {format: json, output: report.json}
                  - {format: sarif, output: report.sarif}
                """);

        TerminalRun terminal = TerminalRun.of(100, Map.of(), "check", SAMPLE, "--config", config.toString());
        CliRun piped = CliRun.of("check", SAMPLE, "--config", config.toString());

        String screen = terminal.plainScreen();
        assertThat(screen).contains("Summary: ").contains("gate (fail on error): FAILED").doesNotContain("FIX FIRST");
        assertThat(screen.replaceAll("\\s+", " ")).contains("Reports: json " + dir.resolve("report.json") + ", sarif " + dir.resolve("report.sarif"));
        assertThat(terminal.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(piped.out()).as("a pipe gets what the config sends it: nothing").isEmpty();
        assertThat(Files.readString(dir.resolve("report.json"))).contains("\"estate\"");
    }

    @Test
    void explainRendersThePageForTheTerminalAndAPipeKeepsItPlain() throws Exception {
        TerminalRun coloured = TerminalRun.of(70, Map.of(), "explain", "database-unsupported-by-target");
        TerminalRun uncoloured = TerminalRun.of(250, Map.of("NO_COLOR", "1"), "explain", "database-unsupported-by-target");
        CliRun piped = CliRun.of("explain", "database-unsupported-by-target");

        assertThat(coloured.screen()).contains("\u001b[1;4mWhy it matters\u001b[0m").contains("\u001b[36mdatabaseProvider\u001b[0m")
                .doesNotContain("## ").doesNotContain("|---").doesNotContain("`");
        // paragraphs are reflowed to the terminal's 70 columns, and the table, wider than that (190
        // columns), becomes a block per row, "header: value", wrapped too; code keeps its lines
        List<String> page = coloured.plainScreen().lines().skip(2).toList();
        assertThat(page.stream().filter(l -> !l.startsWith("    ")))
                .allSatisfy(line -> assertThat(line.length() <= 70 || !line.strip().contains(" ")).as(line).isTrue());
        assertThat(page).contains("engine: SQL Server (Web edition or higher; never Express or Developer)", "  versions: 2017", "engine: Oracle");
        String plain = uncoloured.screen();
        assertThat(plain).doesNotContain("\u001b[").contains("Why it matters\n--------------\n").doesNotContain("## ")
                .doesNotContain("|");
        // on a terminal wide enough for it, the table's columns line up: every row starts its second
        // column where the header's does
        List<String> table = plain.lines().dropWhile(l -> !l.startsWith("engine ")).takeWhile(l -> !l.isBlank()).toList();
        int second = table.get(0).indexOf("versions");
        assertThat(table.get(1)).matches("-+");
        assertThat(table.subList(2, table.size())).isNotEmpty()
                .allSatisfy(row -> assertThat(row.charAt(second - 1)).as(row).isEqualTo(' '))
                .allSatisfy(row -> assertThat(row.charAt(second)).as(row).isNotEqualTo(' '));
        assertThat(piped.out()).contains("## Why it matters").contains("| engine | versions |").doesNotContain("\u001b[");
    }

    /** The report's lines, from its first line on (the progress line on standard error comes before). */
    private static List<String> report(String screen) {
        return screen.substring(screen.indexOf("estate-audit 0")).lines().toList();
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }
}
