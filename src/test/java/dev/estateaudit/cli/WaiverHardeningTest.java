package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases 7 and 10 of the hardening issue: duplicate waivers, and expiry judged in UTC. */
class WaiverHardeningTest {

    private static final String SAMPLE = Path.of("samples/acme-factory-11.yaml").toAbsolutePath().toString();

    @TempDir
    Path folder;

    @Test
    void aSecondWaiverForTheSameFindingsIsAnError() throws Exception {
        Path waivers = Files.writeString(folder.resolve("waivers.yaml"), """
                waivers:
                  - {rule: lifetime-outdated, environment: Development, justification: a, owner: jane, expires: 2027-01-31}
                  - {rule: lifetime-outdated, environment: Production, justification: b, owner: jane, expires: 2027-01-31}
                  - {rule: lifetime-outdated, environment: Development, justification: c, owner: bob, expires: 2030-01-31}
                """);
        CliRun run = CliRun.of("check", SAMPLE, "--waivers", waivers.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(waivers + ":4").contains("waivers[2]: waives the same findings as the waiver at line 2")
                .contains("keep one of them");
    }

    /**
     * Kiritimati (UTC+14) and UTC-12 never share a date; a waiver expiring on UTC-12's date is
     * expired there only if the machine's zone decided.
     */
    @Test
    void expiryIsJudgedInUtcWhateverTheMachinesZone() throws Exception {
        LocalDate behind = LocalDate.now(ZoneId.of("Etc/GMT+12"));
        Path waivers = Files.writeString(folder.resolve("waivers.yaml"), """
                waivers:
                  - {rule: lifetime-outdated, justification: a, owner: jane, expires: %s}
                """.formatted(behind));
        ChildRun east = ChildRun.in(folder, List.of("-Duser.timezone=Pacific/Kiritimati"), "check", SAMPLE, "--waivers",
                waivers.toString(), "--format", "json", "--no-cache");
        ChildRun west = ChildRun.in(folder, List.of("-Duser.timezone=Etc/GMT+12"), "check", SAMPLE, "--waivers",
                waivers.toString(), "--format", "json", "--no-cache");
        assertThat(east.exitCode()).as(east.err()).isIn(ExitCodes.OK, ExitCodes.GATE_FAILED);
        assertThat(east.out()).isEqualTo(west.out());
        assertThat(east.err()).isEqualTo(west.err());
    }
}
