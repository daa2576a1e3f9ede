package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The progress line is drawn in place on a terminal and cleared at the end; off a terminal nothing is written. */
class ProgressLineTest {

    @Test
    void onATerminalThePhaseIsDrawnInPlaceAndClearedAtTheEnd() throws InterruptedException {
        StringWriter err = new StringWriter();
        try (ProgressLine progress = new ProgressLine(new PrintWriter(err), true, 0)) {
            progress.phase("running the rules on 100000 modules");
            for (int i = 0; i < 100 && !err.toString().contains("running the rules"); i++) {
                Thread.sleep(50);
            }
        }
        assertThat(err.toString()).startsWith("\restate-audit: running the rules on 100000 modules (")
                .endsWith("\r\u001b[K");
    }

    @Test
    void onAPipeNothingIsWritten() throws InterruptedException {
        StringWriter err = new StringWriter();
        try (ProgressLine progress = ProgressLine.start(new PrintWriter(err), Map.of())) {
            progress.phase("reading the estate");
            Thread.sleep(1_300); // past the delay after which a terminal would see the line
        }
        assertThat(System.console()).as("the tests run without a terminal").isNull();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aCheckOnAPipeWritesNoProgressToStandardError() {
        CliRun run = CliRun.of("check", "samples/acme-factory-11.yaml");
        assertThat(run.err()).doesNotContain("\r").doesNotContain("\u001b");
    }
}
