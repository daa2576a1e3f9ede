package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fix first is in every report people read, from the one ordering: the text report's numbered
 * lines, the same lines in Markdown and HTML, and in JSON every blocking finding's fingerprint
 * in that order; the count above the lines says why it differs from the number of lines.
 */
class FixFirstEverywhereTest {

    private static final Pattern TEXT_LINE = Pattern.compile("^ +\\d+\\. \\[([a-z0-9-]+)\\] (.*) Fix: ");

    @TempDir
    Path dir;

    @Test
    void markdownHtmlAndJsonFollowTheTextReportsOrder() throws IOException {
        Path md = dir.resolve("r.md");
        Path html = dir.resolve("r.html");
        Path json = dir.resolve("r.json");
        CliRun run = CliRun.of("check", "samples/acme-factory-11.yaml", "--output", "markdown=" + md,
                "--output", "html=" + html, "--output", "json=" + json);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.GATE_FAILED);

        List<String> textRules = new ArrayList<>();
        run.out().lines().map(TEXT_LINE::matcher).filter(Matcher::find).forEach(m -> textRules.add(m.group(1)));
        assertThat(textRules).hasSizeGreaterThan(3);

        String markdown = Files.readString(md);
        assertThat(markdown).contains("### Fix first\n\n");
        assertThat(markdown.indexOf("### Fix first")).isLessThan(markdown.indexOf("### Findings by environment"));
        List<String> markdownRules = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\d+\\. `([a-z0-9-]+)` .* \\*\\*Fix:\\*\\* ").matcher(markdown);
        while (m.find()) {
            markdownRules.add(m.group(1));
        }
        assertThat(markdownRules).isEqualTo(textRules);

        String page = Files.readString(html);
        List<String> htmlRules = new ArrayList<>();
        Matcher h = Pattern.compile("<li value=\"\\d+\"><code>([a-z0-9-]+)</code> .*? <b>Fix:</b> ").matcher(page);
        while (h.find()) {
            htmlRules.add(h.group(1));
        }
        assertThat(htmlRules).isEqualTo(textRules);
        assertThat(page.indexOf("<section id=\"fix-first\">")).isLessThan(page.indexOf("<section id=\"findings\">"));

        JsonNode report = new ObjectMapper().readTree(json.toFile());
        List<String> fingerprints = new ArrayList<>();
        report.get("fixFirst").forEach(f -> fingerprints.add(f.asText()));
        long blocking = 0;
        // a text line is a rule's findings in one environment: the JSON order, so grouped, gives the same lines
        List<String> lines = new ArrayList<>();
        List<String> fixFirstRules = new ArrayList<>();
        for (String fingerprint : fingerprints) {
            for (JsonNode f : report.get("findings")) {
                if (f.get("fingerprint").asText().equals(fingerprint)) {
                    assertThat(f.get("severity").asText()).isEqualTo("error");
                    String line = f.get("ruleId").asText() + " in " + f.get("environment").asText();
                    if (lines.isEmpty() || !lines.get(lines.size() - 1).equals(line)) {
                        lines.add(line);
                        fixFirstRules.add(f.get("ruleId").asText());
                    }
                }
            }
        }
        for (JsonNode f : report.get("findings")) {
            blocking += f.get("severity").asText().equals("error") ? 1 : 0;
        }
        assertThat(fingerprints).hasSize((int) blocking).doesNotHaveDuplicates();
        assertThat(fixFirstRules.subList(0, textRules.size())).isEqualTo(textRules);
    }

    @Test
    void theHeadingSaysWhyItCountsMoreFindingsThanLines() throws IOException {
        StringBuilder yaml = new StringBuilder("""
                name: Seven
                environments:
                  - name: Production
                    role: production
                    platformVersion: "11.30.1"
                    modules:
                """);
        for (int i = 1; i <= 3; i++) {
            yaml.append("      - {name: Consumer_").append(i).append(", references: [Gone]}\n");
        }
        Path estate = Files.writeString(dir.resolve("three.yaml"), yaml);

        CliRun run = CliRun.of("check", estate.toString());

        assertThat(run.out()).containsPattern("FIX FIRST \\(\\d+ blocking findings on \\d+ lines? \\(a rule's findings in one "
                + "environment share a line\\), in the order the upgrade needs them fixed\\)");
    }
}
