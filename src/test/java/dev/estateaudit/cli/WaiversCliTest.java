package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.estate.LifeTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check --waivers: waived findings stay in the report but not in the gate; expiry is loud. */
class WaiversCliTest {

    /** lifetime-outdated fires on both environments (two errors), nothing else does. */
    static final String ESTATE = """
            name: Waiver Estate
            lifetime: {platformVersion: "11.29.0", dedicated: true}
            environments:
              - {name: Development, role: development, platformVersion: "11.30.1"}
              - {name: Production, role: production, platformVersion: "11.30.1"}
            """;

    static final String BOTH_WAIVED = """
            waivers:
              - rule: lifetime-outdated
                environment: Development
                justification: "LifeTime upgrade booked for January"
                owner: jane.doe@acme.example
                ticket: UPG-1432
                expires: 2026-12-31
              - rule: lifetime-outdated
                environment: Production
                justification: "Vendor hotfix under investigation"
                owner: ops@acme.example
                expires: 2027-03-31
            """;

    @TempDir
    Path dir;

    Path estate;

    @BeforeEach
    void writeEstate() throws IOException {
        estate = write("estate.yaml", ESTATE);
    }

    @Test
    void withoutWaiversTheGateFails() {
        assertThat(CliRun.of("check", estate.toString()).exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
    }

    @Test
    void aWaiverThatAppliesKeepsTheFindingMarkedWaivedAndPassesTheGate() throws IOException {
        Path waivers = write("waivers.yaml", BOTH_WAIVED);
        CliRun run = check(waivers, "2026-11-01", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/summary/waived").asInt()).isEqualTo(2);
        assertThat(json.at("/summary/error").asInt()).isEqualTo(2);
        assertThat(json.at("/summary/passed").asBoolean()).isTrue();
        JsonNode development = finding(json, "lifetime-outdated", "Development");
        assertThat(development.at("/waiver/justification").asText()).isEqualTo("LifeTime upgrade booked for January");
        assertThat(development.at("/waiver/owner").asText()).isEqualTo("jane.doe@acme.example");
        assertThat(development.at("/waiver/ticket").asText()).isEqualTo("UPG-1432");
        assertThat(development.at("/waiver/expires").asText()).isEqualTo("2026-12-31");
        assertThat(development.at("/waiver/source").asText()).endsWith("waivers.yaml:2");
        assertThat(finding(json, "lifetime-outdated", "Production").at("/waiver/ticket").isNull()).isTrue();
        assertThat(ruleIds(json)).doesNotContain("waiver-expired", "waiver-expiring", "waiver-unused");

        CliRun text = check(waivers, "2026-11-01");
        assertThat(text.out()).contains("(waived)")
                .contains("waived:   until 2026-12-31 by jane.doe@acme.example (UPG-1432): LifeTime upgrade booked for January")
                .contains("; 2 waived; gate (fail on error): PASSED");
    }

    @Test
    void anExpiredWaiverNoLongerAppliesAndSaysWhoOwnsIt() throws IOException {
        Path waivers = write("waivers.yaml", BOTH_WAIVED);
        CliRun run = check(waivers, "2026-12-31", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(finding(json, "lifetime-outdated", "Development").get("waiver").isNull()).isTrue();
        assertThat(finding(json, "lifetime-outdated", "Production").get("waiver").isNull()).isFalse();
        JsonNode expired = finding(json, "waiver-expired", "Development");
        assertThat(expired.get("severity").asText()).isEqualTo("warning");
        assertThat(expired.get("message").asText()).contains("jane.doe@acme.example").contains("UPG-1432").contains("2026-12-31");
        assertThat(json.at("/summary/waived").asInt()).isEqualTo(1);
    }

    @Test
    void aWaiverExpiringWithinTheWarningDaysIsAnnounced() throws IOException {
        Path waivers = write("waivers.yaml", BOTH_WAIVED);
        CliRun soon = check(waivers, "2026-12-20", "--format", "json");
        assertThat(soon.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode json = new ObjectMapper().readTree(soon.out());
        JsonNode expiring = finding(json, "waiver-expiring", "Development");
        assertThat(expiring.get("severity").asText()).isEqualTo("info");
        assertThat(expiring.get("message").asText()).contains("in 11 day(s)");
        assertThat(ruleIds(json)).containsOnlyOnce("waiver-expiring");

        CliRun notYet = check(waivers, "2026-12-10", "--format", "json");
        assertThat(ruleIds(new ObjectMapper().readTree(notYet.out()))).doesNotContain("waiver-expiring");
        CliRun wider = check(waivers, "2026-12-10", "--format", "json", "--waiver-warning-days", "30");
        assertThat(ruleIds(new ObjectMapper().readTree(wider.out()))).contains("waiver-expiring");
    }

    @Test
    void aWaiverMatchingNoFindingIsReportedUnused() throws IOException {
        Path waivers = write("waivers.yaml", """
                waivers:
                  - {rule: lifetime-outdated, environment: Quality, justification: "not there", owner: bob, expires: 2027-01-31}
                """);
        CliRun run = check(waivers, "2026-11-01", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        JsonNode unused = finding(new ObjectMapper().readTree(run.out()), "waiver-unused", "Quality");
        assertThat(unused.get("severity").asText()).isEqualTo("info");
        assertThat(unused.get("message").asText()).contains("bob").contains("matches no finding");
    }

    @Test
    void sameWaiversSameDateGiveByteIdenticalReports() throws IOException {
        Path waivers = write("waivers.yaml", BOTH_WAIVED);
        assertThat(check(waivers, "2026-12-20", "--format", "json").out())
                .isEqualTo(check(waivers, "2026-12-20", "--format", "json").out());
    }

    @Test
    void aWaiverMissingARequiredFieldIsBadInputWithFileAndLine() throws IOException {
        Path waivers = write("waivers.yaml", """
                waivers:
                  - rule: lifetime-outdated
                    justification: "fine"
                    owner: bob
                    expires: 2027-01-31
                  - rule: lifetime-outdated
                    justification: "no owner"
                    expires: 2027-01-31
                """);
        CliRun run = check(waivers, "2026-11-01");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(waivers + ":6: waivers[1]: 'owner' is required").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aWaiverNamingAnUnknownRuleSuggestsTheNearest() throws IOException {
        Path waivers = write("waivers.yaml", """
                waivers:
                  - {rule: lifetime-outdate, justification: x, owner: bob, expires: 2027-01-31}
                """);
        CliRun run = check(waivers, "2026-11-01");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(waivers + ":2: waivers[0].rule: unknown rule 'lifetime-outdate'; did you mean lifetime-outdated");
    }

    @Test
    void badDatesUnknownFieldsAndMissingFilesAreBadInput() throws IOException {
        Path badDate = write("bad-date.yaml", """
                waivers:
                  - {rule: lifetime-outdated, justification: x, owner: bob, expires: 31/12/2026}
                """);
        assertThat(check(badDate, "2026-11-01").err()).contains(badDate + ":2: waivers[0].expires: '31/12/2026' is not a date");
        Path unknownField = write("unknown.yaml", """
                waivers:
                  - {rule: lifetime-outdated, justification: x, owner: bob, expires: 2027-01-31, enviroment: Production}
                """);
        CliRun unknown = check(unknownField, "2026-11-01");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains(unknownField + ":2: unknown field 'enviroment' (did you mean 'environment'?)");
        Path json = write("waivers.json", "{\"waivers\": [{\"rule\": \"lifetime-outdated\", \"owner\": \"bob\"}]}");
        assertThat(check(json, "2026-11-01").err()).contains(json + ":1: waivers[0]: 'justification' is required");
        CliRun missing = check(dir.resolve("nope.yaml"), "2026-11-01");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("nope.yaml: no such waiver file");
        CliRun none = check(write("none.yaml", "waivers: []\n"), "2026-11-01");
        assertThat(none.exitCode()).as("an empty list waives nothing").isEqualTo(ExitCodes.GATE_FAILED);
        CliRun empty = check(write("empty.yaml", ""), "2026-11-01");
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(empty.err()).contains("empty.yaml").contains("'waivers' list");
        CliRun badAsOf = check(write("ok.yaml", BOTH_WAIVED), "tomorrow");
        assertThat(badAsOf.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badAsOf.err()).contains("--as-of: 'tomorrow' is not a date");
    }

    @Test
    void theSampleWaiversShowEveryCase() throws IOException {
        CliRun run = CliRun.of("check", CheckCommandTest.SAMPLE, "--waivers", "samples/waivers/acme-factory-11.yaml",
                "--as-of", "2026-12-20", "--format", "json");
        assertThat(run.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/summary/waived").asInt()).isEqualTo(2);
        assertThat(ruleIds(json)).containsOnlyOnce("waiver-expired", "waiver-expiring", "waiver-unused");
        assertThat(finding(json, "debug-mode-in-production", "Production").at("/waiver/ticket").asText()).isEqualTo("UPG-1432");
        assertThat(finding(json, "zero-downtime-needs-front-ends", "Pre-Production").get("waiver").isNull()).isTrue();
    }

    @Test
    void aWaiverOfARuleLeftOutOfTheRunIsNotReportedUnused() throws IOException {
        CliRun run = CliRun.of("check", CheckCommandTest.SAMPLE, "--waivers", "samples/waivers/acme-factory-11.yaml",
                "--as-of", "2026-12-20", "--format", "json", "--only", "front-end-*", "--only", "waiver-*");
        JsonNode json = new ObjectMapper().readTree(run.out());
        List<String> unused = new ArrayList<>();
        json.get("findings").forEach(f -> {
            if (f.get("ruleId").asText().equals("waiver-unused")) {
                unused.add(f.at("/evidence/waiver.rule").asText());
            }
        });
        assertThat(unused).containsExactly("front-end-disabled");
        assertThat(ruleIds(json)).as("expiry is about the waiver, whichever rules run").contains("waiver-expired", "waiver-expiring");
    }

    private CliRun check(Path waivers, String asOf, String... more) {
        List<String> args = new ArrayList<>(List.of("check", estate.toString(), "--waivers", waivers.toString(), "--as-of", asOf));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    static JsonNode finding(JsonNode report, String ruleId, String environment) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("ruleId").asText().equals(ruleId) && environment.equals(f.get("environment").asText(null))) {
                return f;
            }
        }
        throw new AssertionError("no " + ruleId + " finding on " + environment + " in " + report.get("findings"));
    }

    static List<String> ruleIds(JsonNode report) {
        List<String> ids = new ArrayList<>();
        report.get("findings").forEach(f -> ids.add(f.get("ruleId").asText()));
        return ids;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
