package dev.estateaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path folder;

    @Test
    void aRendererThatFailsHalfWayLeavesNoFileAndTheOldReportUntouched() throws IOException {
        Path sarif = folder.resolve("audit.sarif");
        Path html = folder.resolve("audit.html");
        Files.writeString(html, "the previous report");
        Map<Path, ReportRenderer> targets = new LinkedHashMap<>();
        targets.put(sarif, new SarifReport());
        targets.put(html, (report, out) -> {
            out.write("<!DOCTYPE html><html><body>half a page");
            out.flush();
            throw new IllegalStateException("renderer broke");
        });
        assertThatThrownBy(() -> ReportFiles.writeAll(targets, SampleAudits.handMade())).hasMessage("renderer broke");
        assertThat(sarif).as("not written: another report of the run failed").doesNotExist();
        assertThat(html).hasContent("the previous report");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).as("no temporary file left behind").containsExactly(html);
        }
    }

    @Test
    void everyReportIsWrittenWholeWhenAllRender() throws IOException {
        Map<Path, ReportRenderer> targets = new LinkedHashMap<>();
        targets.put(folder.resolve("out/audit.md"), new MarkdownReport());
        targets.put(folder.resolve("audit.xml"), new JunitReport());
        AuditReport report = SampleAudits.handMade();
        ReportFiles.writeAll(targets, report);
        assertThat(Files.readString(folder.resolve("out/audit.md"))).isEqualTo(SampleAudits.render(new MarkdownReport(), report));
        assertThat(Files.readString(folder.resolve("audit.xml"))).isEqualTo(SampleAudits.render(new JunitReport(), report));
    }
}
