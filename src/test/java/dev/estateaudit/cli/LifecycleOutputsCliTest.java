package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.estate.LifeTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check --waivers --baseline --gate new writing every format: the files agree with the exit code. */
class LifecycleOutputsCliTest {

    @TempDir
    Path dir;

    @Test
    void everyReportOfOneRunShowsTheWaiverTheBaselineAndTheExitCodesVerdict() throws IOException {
        Path before = Files.writeString(dir.resolve("before.yaml"), BaselineCliTest.BEFORE);
        Path after = Files.writeString(dir.resolve("after.yaml"), BaselineCliTest.AFTER);
        Path baseline = dir.resolve("baseline.json");
        CliRun.of("check", before.toString(), "--format", "json", "--output", baseline.toString());
        Path waivers = Files.writeString(dir.resolve("waivers.yaml"), """
                waivers:
                  - {rule: lifetime-outdated, environment: Production, justification: "LifeTime upgrade booked",
                     owner: ops@acme.example, ticket: UPG-1432, expires: 2027-03-31}
                """);
        CliRun run = CliRun.of("check", after.toString(), "--baseline", baseline.toString(), "--gate", "new",
                "--waivers", waivers.toString(), "--as-of", "2026-11-01",
                "--output", "sarif=" + dir.resolve("a.sarif"), "--output", "junit=" + dir.resolve("a.xml"),
                "--output", "markdown=" + dir.resolve("a.md"), "--output", "html=" + dir.resolve("a.html"));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);

        JsonNode sarif = new ObjectMapper().readTree(dir.resolve("a.sarif").toFile()).at("/runs/0");
        assertThat(sarif.at("/properties/passed").asBoolean()).isTrue();
        assertThat(sarif.get("results").findValuesAsText("baselineState")).containsExactly("unchanged", "new", "absent");
        assertThat(sarif.at("/results/1/suppressions/0/justification").asText()).contains("ops@acme.example").contains("2027-03-31");
        assertThat(Files.readString(dir.resolve("a.xml"))).contains("failures=\"0\"")
                .contains("<skipped message=\"waived until 2027-03-31 by ops@acme.example (UPG-1432): LifeTime upgrade booked\"");
        assertThat(Files.readString(dir.resolve("a.md"))).contains("gate PASSED").contains("**new findings only**")
                .contains("Fixed since the baseline");
        assertThat(Files.readString(dir.resolve("a.html"))).contains("Gate PASSED").contains("<span class=\"badge waived\"")
                .contains("<section id=\"fixed\">");

        CliRun all = CliRun.of("check", after.toString(), "--baseline", baseline.toString(), "--waivers", waivers.toString(),
                "--as-of", "2026-11-01", "--output", "junit=" + dir.resolve("all.xml"));
        assertThat(all.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(Files.readString(dir.resolve("all.xml"))).startsWith("<?xml").contains("failures=\"1\"");
    }
}
