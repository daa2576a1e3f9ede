package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check with several --output FORMAT=FILE: every report written, stdout as asked, the gate deciding the exit code. */
class CheckOutputsTest {

    private static final String SAMPLE = "samples/acme-factory-11.yaml";

    @TempDir
    Path folder;

    @Test
    void oneRunWritesEveryFormatAndTheGateDecidesTheExitCode() throws IOException {
        CliRun run = CliRun.of("check", SAMPLE, "--output", "sarif=" + folder.resolve("a.sarif"),
                "--output", "junit=" + folder.resolve("a.xml"), "--output", "markdown=" + folder.resolve("a.md"),
                "--output", "html=" + folder.resolve("a.html"), "--output", "json=" + folder.resolve("a.json"),
                "--output", "text=" + folder.resolve("a.txt"));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(run.out()).as("no bare --output: the text report still goes to standard output").contains("Summary: ");
        assertThat(Files.readString(folder.resolve("a.sarif"))).containsPattern("\"version\" ?: \"2.1.0\"").containsPattern("\"ruleId\" ?: \"lifetime-outdated\"");
        assertThat(Files.readString(folder.resolve("a.xml"))).startsWith("<?xml").contains("<testsuites name=\"estate-audit: ACME Factory\"");
        assertThat(Files.readString(folder.resolve("a.md"))).contains("gate FAILED");
        assertThat(Files.readString(folder.resolve("a.html"))).startsWith("<!DOCTYPE html>").contains("Gate FAILED");
        assertThat(Files.readString(folder.resolve("a.json"))).containsPattern("\"passed\" ?: false");
        assertThat(Files.readString(folder.resolve("a.txt"))).contains("Summary: ");

        CliRun never = CliRun.of("check", SAMPLE, "--fail-on", "never", "--output", "junit=" + folder.resolve("b.xml"));
        assertThat(never.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(folder.resolve("b.xml"))).contains("failures=\"0\"");
    }

    @Test
    void theAnnotationFormatsGoToFilesOrStandardOutputAndLeaveTheGateToTheExitCode() throws IOException {
        CliRun run = CliRun.of("check", SAMPLE, "--format", "github", "--output", "azure=" + folder.resolve("azure.log"),
                "--output", "github=" + folder.resolve("github.log"));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(run.out()).as("--format github on standard output").isEqualTo(Files.readString(folder.resolve("github.log")));
        assertThat(run.out().lines()).isNotEmpty().allMatch(l -> l.matches("::(error|warning|notice) file=samples/acme-factory-11\\.yaml,"
                + "line=\\d+,col=\\d+,title=[^:]+::.+"));
        String sample = Path.of(SAMPLE).toAbsolutePath().toString();
        assertThat(Files.readString(folder.resolve("azure.log")).lines()).isNotEmpty().allMatch(l -> l.startsWith(
                "##vso[task.logissue type=error;sourcepath=" + sample + ";") || l.startsWith("##vso[task.logissue type=warning;sourcepath=" + sample + ";"));

        CliRun never = CliRun.of("check", SAMPLE, "--fail-on", "never", "--format", "azure");
        assertThat(never.exitCode()).as("error annotations do not fail the gate; --fail-on does").isEqualTo(ExitCodes.OK);
        assertThat(never.out()).contains("##vso[task.logissue type=error;");
    }

    @Test
    void aBareOutputTakesTheFormatOptionAndSilencesStandardOutput() throws IOException {
        CliRun run = CliRun.of("check", SAMPLE, "--format", "markdown", "--output", folder.resolve("report.md").toString(),
                "--output", "sarif=" + folder.resolve("report.sarif"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(folder.resolve("report.md"))).startsWith("## ❌ estate-audit: ACME Factory");
        assertThat(folder.resolve("report.sarif")).isNotEmptyFile();
    }

    @Test
    void theSameInputGivesTheSameBytesInEveryFormat() throws IOException {
        for (String round : new String[] {"1", "2"}) {
            Path out = Files.createDirectories(folder.resolve(round));
            CliRun.of("check", SAMPLE, "--output", "sarif=" + out.resolve("a.sarif"), "--output", "junit=" + out.resolve("a.xml"),
                    "--output", "markdown=" + out.resolve("a.md"), "--output", "html=" + out.resolve("a.html"),
                    "--output", "json=" + out.resolve("a.json"), "--output", "text=" + out.resolve("a.txt"));
        }
        try (Stream<Path> files = Files.list(folder.resolve("1"))) {
            for (Path first : files.sorted().toList()) {
                assertThat(Files.readAllBytes(first)).as(first.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(folder.resolve("2").resolve(first.getFileName())));
            }
        }
    }

    @Test
    void badOutputValuesAreUsageErrorsAndNothingIsWritten() {
        CliRun twice = CliRun.of("check", SAMPLE, "--output", "sarif=" + folder.resolve("x"), "--output", "html=" + folder.resolve("x"));
        assertThat(twice.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(twice.err()).contains("is given twice (sarif and html)");
        CliRun empty = CliRun.of("check", SAMPLE, "--output", "sarif=");
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(empty.err()).contains("no file after '='");
        CliRun format = CliRun.of("check", SAMPLE, "--format", "pdf");
        assertThat(format.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(format.err()).contains("text, json, sarif, junit, markdown, html");
        assertThat(folder.resolve("x")).doesNotExist();
    }

    @Test
    void sarifOptionsComeFromTheCommandLineOrTheConfigFile() throws IOException {
        Path sarif = folder.resolve("a.sarif");
        CliRun run = CliRun.of("check", SAMPLE, "--sarif-root", "samples", "--sarif-max-results", "1", "--output", "sarif=" + sarif);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.GATE_FAILED);
        String text = Files.readString(sarif);
        assertThat(text).containsPattern("\"uri\" ?: \"acme-factory-11.yaml\"").containsPattern("\"maxResults\" ?: 1")
                .containsPattern("\"id\" ?: \"estate-audit/acme-factory/\"");
        assertThat(run.err()).as("well under GitHub's limit").doesNotContain("warning");

        Path config = folder.resolve("estate-audit.yaml");
        Files.writeString(config, "sarif-root: " + Path.of("samples").toAbsolutePath() + "\nsarif-max-results: 2\n");
        CliRun configured = CliRun.of("check", SAMPLE, "--config", config.toString(), "--format", "sarif");
        assertThat(configured.out()).containsPattern("\"uri\" ?: \"acme-factory-11.yaml\"").containsPattern("\"maxResults\" ?: 2");

        CliRun zero = CliRun.of("check", SAMPLE, "--sarif-max-results", "0", "--format", "sarif");
        assertThat(zero.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(zero.err()).contains("--sarif-max-results: must be 1 or more results");
    }
}
