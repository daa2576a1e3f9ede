package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** baseline write: a baseline of an estate with errors is written and exits 0; check --baseline reads it back. */
class BaselineWriteTest {

    @TempDir
    Path dir;

    @Test
    void writingABaselineOfAnEstateWithErrorsSucceedsAndRatchetsTheNextCheck() throws IOException {
        Path before = Files.writeString(dir.resolve("before.yaml"), BaselineCliTest.BEFORE);
        Path after = Files.writeString(dir.resolve("after.yaml"), BaselineCliTest.AFTER);
        Path baseline = dir.resolve("baseline.json");

        CliRun write = CliRun.of("baseline", "write", baseline.toString(), before.toString());

        assertThat(write.exitCode()).as(write.err()).isEqualTo(ExitCodes.OK);
        assertThat(write.out()).isEmpty();
        JsonNode report = new ObjectMapper().readTree(baseline.toFile());
        assertThat(report.path("findings").size()).isPositive();
        assertThat(report.path("findings").findValuesAsText("severity")).contains("error");
        assertThat(write.err()).contains("baseline of " + report.path("findings").size() + " findings written to " + baseline);

        CliRun unchanged = CliRun.of("check", before.toString(), "--baseline", baseline.toString(), "--gate", "new");
        assertThat(unchanged.exitCode()).as(unchanged.out()).isEqualTo(ExitCodes.OK);
        CliRun changed = CliRun.of("check", after.toString(), "--baseline", baseline.toString(), "--gate", "new");
        assertThat(changed.exitCode()).as(changed.out()).isEqualTo(ExitCodes.GATE_FAILED);
    }

    @Test
    void aBadEstateWritesNoBaseline() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: X\nenvironments: []\n");
        Path baseline = dir.resolve("baseline.json");

        CliRun write = CliRun.of("baseline", "write", baseline.toString(), bad.toString());

        assertThat(write.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(write.err()).contains("environments: required: at least one environment");
        assertThat(baseline).doesNotExist();
    }

    @Test
    void aBaselineOverTheEstateItDescribesIsRefusedAndTheEstateStays() throws IOException {
        Path estate = Files.writeString(dir.resolve("before.yaml"), BaselineCliTest.BEFORE);

        CliRun write = CliRun.of("baseline", "write", estate.toString(), estate.toString());

        assertThat(write.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(write.err()).contains("FILE").contains(estate.toString());
        assertThat(Files.readString(estate)).isEqualTo(BaselineCliTest.BEFORE);
    }
}
