package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.bench.EstateGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text report opens with what to fix first and folds a rule's many findings; JSON keeps every one. */
class TextReportReadabilityTest {

    private static final Pattern SEVERITY_HEADING = Pattern.compile("^(ERROR|WARNING|INFO) \\((\\d+)\\)$");

    @TempDir
    Path dir;

    @Test
    void aRuleFiringSevenTimesInOneEnvironmentIsShownOnceWithItsCountAndFiveSubjects() throws IOException {
        StringBuilder yaml = new StringBuilder("""
                name: Seven
                environments:
                  - name: Production
                    role: production
                    platformVersion: "11.30.1"
                    modules:
                """);
        for (int i = 1; i <= 7; i++) {
            yaml.append("      - {name: Consumer_").append(i).append(", references: [Gone]}\n");
        }
        Path estate = Files.writeString(dir.resolve("seven.yaml"), yaml);

        CliRun folded = CliRun.of("check", estate.toString());
        CliRun every = CliRun.of("check", estate.toString(), "--all");

        assertThat(folded.out()).contains("[broken-module-reference] Module references a module missing from its environment "
                + "(7 in Production; the first 5 below, check --all lists every one)");
        assertThat(folded.out()).contains("- Production / Consumer_5:").doesNotContain("Consumer_6").doesNotContain("Consumer_7");
        assertThat(folded.out()).contains("   1. [broken-module-reference] Production: 7 findings, the first Production / Consumer_1: ");
        assertThat(every.out()).contains("Consumer_6").contains("Consumer_7").doesNotContain("check --all lists");
        assertThat(folded.exitCode()).isEqualTo(every.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
    }

    @Test
    void fixFirstListsTheBlockingFindingsLifeTimeFirstWithTheirFixes() {
        CliRun run = CliRun.of("check", "samples/acme-factory-11.yaml");

        List<String> lines = run.out().lines().toList();
        int heading = lines.indexOf(lines.stream().filter(l -> l.startsWith("FIX FIRST (")).findFirst().orElseThrow());
        int firstSeverity = lines.indexOf(lines.stream().filter(l -> l.startsWith("ERROR (")).findFirst().orElseThrow());
        assertThat(heading).isLessThan(firstSeverity).isLessThan(5);
        assertThat(lines.get(heading + 1)).startsWith("   1. [lifetime-").contains(" Fix: ");
        assertThat(lines.subList(heading + 1, heading + 11)).allMatch(l -> l.contains(" Fix: "));
        assertThat(lines.get(heading + 3)).startsWith("   3. [production-licenses-exceeded]");
    }

    @Test
    void aHundredThousandModulesOverFortyEnvironmentsStayReadableWhileTheJsonKeepsEveryFinding() throws IOException {
        Path estate = dir.resolve("estate-100k.json");
        try (OutputStream out = Files.newOutputStream(estate)) {
            new EstateGenerator(40, 2_500, 42).write(out, true);
        }
        Path json = dir.resolve("report.json");

        CliRun run = CliRun.of("check", estate.toString(), "--output", "json=" + json);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.GATE_FAILED);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSizeLessThan(4_000);
        assertThat(lines.get(2)).startsWith("Judged as of ");
        assertThat(lines.get(4)).startsWith("FIX FIRST (");
        assertThat(lines.get(5)).startsWith("   1. [lifetime-");
        assertThat(lines.get(15)).startsWith("      ... and ").endsWith(" more under ERROR below");
        long counted = 0;
        for (String line : lines) {
            Matcher heading = SEVERITY_HEADING.matcher(line);
            if (heading.matches()) {
                counted += Long.parseLong(heading.group(2));
            }
        }
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.path("findings").size()).isEqualTo(counted).isGreaterThan(lines.size());
    }
}
