package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small things that got in the way on the first day with a real estate (issue 28, point 7). */
class FirstDayPapercutsTest {

    private static final Pattern TRAILING_COMMENT = Pattern.compile("^(\\s*#?\\s*\\S.*?\\S)( +)# ");
    private static final Pattern SCHEMA_LINE = Pattern.compile("^# yaml-language-server: \\$schema=(\\S+)$");

    @TempDir
    Path dir;

    @Test
    void aFolderGivenAsAnEstateSaysItIsAFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("estates.yaml"));
        Path plain = Files.createDirectory(dir.resolve("exports"));

        CliRun named = CliRun.of("check", folder.toString());
        CliRun bare = CliRun.of("check", plain.toString());

        assertThat(named.exitCode()).isEqualTo(bare.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(named.err()).contains(folder + ": is a folder: give an estate file").doesNotContain("Exception");
        assertThat(bare.err()).contains(plain + ": is a folder: give an estate file (.yaml, .yml or .json)")
                .doesNotContain("unknown file type");
        assertThat(named.out()).isEmpty();
    }

    @Test
    void widthWrapsTheTextReportAndAPipeWithoutItIsUnwrapped() {
        CliRun piped = CliRun.of("check", "samples/acme-factory-11.yaml");
        CliRun unwrapped = CliRun.of("check", "samples/acme-factory-11.yaml", "--width", "0");
        CliRun wrapped = CliRun.of("check", "samples/acme-factory-11.yaml", "--width", "72");

        assertThat(unwrapped.out()).isEqualTo(piped.out());
        assertThat(piped.out().lines()).anyMatch(line -> line.length() > 200);
        assertThat(wrapped.out().lines()).allMatch(line -> line.length() <= 72 || !line.strip().contains(" "));
        assertThat(List.of(wrapped.out().strip().split("\\s+"))).isEqualTo(List.of(piped.out().strip().split("\\s+")));
        assertThat(wrapped.exitCode()).isEqualTo(piped.exitCode());
    }

    @Test
    void aWaiverWithoutATicketShowsNoTicketInItsExpiryEvidence() throws IOException {
        Path estate = Files.writeString(dir.resolve("estate.yaml"), WaiversCliTest.ESTATE);
        Path waivers = Files.writeString(dir.resolve("waivers.yaml"), WaiversCliTest.BOTH_WAIVED);

        // Development's waiver (ticket UPG-1432) has expired, Production's (no ticket) expires in 12 days
        CliRun expired = CliRun.of("check", estate.toString(), "--waivers", waivers.toString(), "--as-of", "2027-03-19",
                "--format", "json");
        CliRun text = CliRun.of("check", estate.toString(), "--waivers", waivers.toString(), "--as-of", "2027-03-19");

        JsonNode findings = new ObjectMapper().readTree(expired.out()).get("findings");
        JsonNode expiring = WaiversCliTest.finding(new ObjectMapper().readTree(expired.out()), "waiver-expiring", "Production");
        JsonNode gone = WaiversCliTest.finding(new ObjectMapper().readTree(expired.out()), "waiver-expired", "Development");
        assertThat(findings).isNotEmpty();
        assertThat(expiring.get("evidence").has("waiver.ticket")).as(expiring.toString()).isFalse();
        assertThat(expiring.at("/evidence/waiver.owner").asText()).isEqualTo("ops@acme.example");
        assertThat(gone.at("/evidence/waiver.ticket").asText()).isEqualTo("UPG-1432");
        assertThat(text.out()).contains("waiver.owner=ops@acme.example").doesNotContain("=null");
    }

    @Test
    void theStarterEstatesCommentsShareOneColumnAndItPointsAtTheSchema() throws IOException {
        Path starter = dir.resolve("nested/folder/my-estate.yaml");
        Files.createDirectories(starter.getParent());

        CliRun init = CliRun.of("init", "--output", starter.toString());

        assertThat(init.exitCode()).as(init.err()).isEqualTo(ExitCodes.OK);
        List<String> lines = Files.readAllLines(starter);
        assertThat(commentColumns(lines)).as("the columns its comments start at").hasSize(1);
        assertSchemaLineReachesTheSchema(lines, starter.getParent());
    }

    @Test
    void theOverlaysCommentsShareOneColumnAndItPointsAtTheSchema() throws IOException {
        Path imported = InitCommandTest.importHarbour(dir);
        Path overlay = dir.resolve("overlay.yaml");

        CliRun init = CliRun.of("init", "--from", imported.toString(), "--output", overlay.toString());

        assertThat(init.exitCode()).as(init.err()).isEqualTo(ExitCodes.OK);
        List<String> lines = Files.readAllLines(overlay);
        assertThat(commentColumns(lines)).as("the columns its comments start at").hasSize(1);
        assertSchemaLineReachesTheSchema(lines, dir);
    }

    @Test
    void theSchemaNamesItselfByItsPathInTheRepository() throws IOException {
        for (String schema : List.of("schema/estate.schema.json", "schema/platform-catalogue.schema.json")) {
            JsonNode id = new ObjectMapper().readTree(Path.of(schema).toFile()).get("$id");
            assertThat(id.asText()).as(schema).isEqualTo(schema);
        }
    }

    @Test
    void theReadmeSynopsisListsEveryReportFormat() throws IOException {
        String synopsis = Files.readAllLines(Path.of("README.md")).stream()
                .filter(l -> l.startsWith("./estate-audit check ESTATE.yaml")).findFirst().orElseThrow();

        Matcher formats = Pattern.compile("--format ([a-z|]+)").matcher(synopsis);

        assertThat(formats.find()).as(synopsis).isTrue();
        assertThat(formats.group(1).split("\\|")).containsExactlyInAnyOrder(
                Arrays.stream(ReportFormat.values()).map(ReportFormat::label).toArray(String[]::new));
    }

    @Test
    void thePipelineSampleReadmeNamesWhatAnElevenLifeTimeLacksNotRunningModes() throws IOException {
        Path imported = dir.resolve("harbour.yaml");
        CliRun importing = CliRun.of("import", "pipeline-artifacts", "samples/pipeline-artifacts/Artifacts",
                "--output", imported.toString(), "--lifetime-platform-version", "11.30.1");
        String readme = Files.readString(Path.of("samples/pipeline-artifacts/README.md")).replaceAll("\\s+", " ");

        String lacks = readme.substring(readme.indexOf("the facts LifeTime does not give"));
        lacks = lacks.substring(0, lacks.indexOf(')'));

        // the sample is an OutSystems 11 LifeTime: environments have a Purpose and a Debug Mode, no running mode
        assertThat(importing.err()).contains("environment.purpose").contains("environment.debugMode").doesNotContain("runningMode");
        assertThat(lacks).doesNotContainIgnoringCase("running mode").contains("Purpose").contains("Debug Mode");
    }

    @Test
    void theMarkdownPlanShowsCodeAsCodeAndKeepsTheEstatesOwnMarksInert() throws IOException {
        Path estate = Files.writeString(dir.resolve("marks.yaml"), Files.readString(Path.of("samples/acme-factory-11.yaml"))
                .replace("name: ACME Factory", "name: \"Acme `Factory` **bold**\""));

        CliRun plan = CliRun.of("plan", "samples/acme-factory-11.yaml", "--format", "markdown");
        CliRun marked = CliRun.of("plan", estate.toString(), "--format", "markdown");

        assertThat(plan.exitCode()).as(plan.err()).isIn(ExitCodes.OK, ExitCodes.GATE_FAILED);
        assertThat(plan.out()).doesNotContain("\\`").contains("the rule in full: `estate-audit explain lifetime-outdated`");
        assertThat(marked.out()).contains("# Upgrade plan: Acme \\`Factory\\` \\*\\*bold\\*\\*");
    }

    /** The distinct columns at which a comment after a value (or after a commented-out suggestion) starts. */
    private static List<Integer> commentColumns(List<String> lines) {
        return lines.stream().map(TRAILING_COMMENT::matcher).filter(Matcher::find).map(m -> m.end(2)).distinct().toList();
    }

    private static void assertSchemaLineReachesTheSchema(List<String> lines, Path folder) throws IOException {
        Matcher schema = SCHEMA_LINE.matcher(lines.get(0));
        assertThat(schema.matches()).as(lines.get(0)).isTrue();
        Path resolved = folder.resolve(schema.group(1)).normalize();
        assertThat(Files.isSameFile(resolved, Path.of("schema/estate.schema.json"))).as(resolved.toString()).isTrue();
    }
}
