package dev.estateaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.review.Gate;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xml.sax.InputSource;

/**
 * Waivers and a baseline in every format at once: each format states the same verdict as
 * AuditReport.passed() (which decides the exit code), and stays byte-identical across runs.
 */
class LifecycleReportsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Gate.class)
    void everyFormatGivesTheGatesVerdict(Gate gate) throws Exception {
        AuditReport report = SampleAudits.lifecycle(dir, gate);
        boolean passed = report.passed();
        assertThat(passed).as("--gate new passes (the new finding is waived), --gate all fails (an unchanged error)")
                .isEqualTo(gate == Gate.NEW);
        String verdict = passed ? "PASSED" : "FAILED";
        for (ReportFormat format : ReportFormat.values()) {
            String text = SampleAudits.render(format.renderer(false), report);
            switch (format) {
                case TEXT -> assertThat(text.strip()).endsWith("): " + verdict);
                case JSON -> assertThat(MAPPER.readTree(text).at("/summary/passed").asBoolean()).isEqualTo(passed);
                case SARIF -> assertThat(MAPPER.readTree(text).at("/runs/0/properties/passed").asBoolean()).isEqualTo(passed);
                case JUNIT -> assertThat(junitFailures(text) == 0).as("JUnit has no failure exactly when the gate passes").isEqualTo(passed);
                case MARKDOWN -> assertThat(text).startsWith("## " + (passed ? "✅" : "❌")).contains("— gate " + verdict + "\n");
                case HTML -> assertThat(text).contains(">Gate " + verdict + "</span>");
                // the annotation formats are a line per finding and state no verdict: the exit code is the gate
                case GITHUB -> assertThat(text.lines()).hasSize(report.result().findings().size()).allMatch(l -> l.startsWith("::"));
                case AZURE -> assertThat(text.lines()).isNotEmpty().allMatch(l -> l.startsWith("##vso[task.logissue "));
            }
        }
        JsonNode json = MAPPER.readTree(SampleAudits.render(new JsonReport(), report));
        assertThat(json.at("/summary/gate").asText()).isEqualTo(gate.label());
        assertThat(MAPPER.readTree(SampleAudits.render(new SarifReport(), report)).at("/runs/0/properties/gate").asText())
                .isEqualTo(gate.label());
    }

    @ParameterizedTest
    @EnumSource(Gate.class)
    void everyFormatIsByteIdenticalAcrossRuns(Gate gate) {
        AuditReport first = SampleAudits.lifecycle(dir, gate);
        AuditReport second = SampleAudits.lifecycle(dir, gate);
        for (ReportFormat format : ReportFormat.values()) {
            byte[] a = SampleAudits.render(format.renderer(false), first).getBytes(StandardCharsets.UTF_8);
            byte[] b = SampleAudits.render(format.renderer(false), second).getBytes(StandardCharsets.UTF_8);
            assertThat(a).as("%s with waivers and a baseline", format.label()).isNotEmpty().isEqualTo(b);
            assertThat(new String(a, StandardCharsets.UTF_8)).as("%s line ends", format.label()).doesNotContain("\r");
        }
    }

    private static int junitFailures(String xml) throws Exception {
        return Integer.parseInt(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml))).getDocumentElement().getAttribute("failures"));
    }
}
