package dev.estateaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Same input, same bytes: each sample audited twice from scratch and rendered in every format. */
class ReportDeterminismTest {

    @ParameterizedTest
    @MethodSource(SampleAudits.SAMPLES)
    void everyFormatIsByteIdenticalAcrossRuns(Path sample) {
        AuditReport first = SampleAudits.audit(sample);
        AuditReport second = SampleAudits.audit(sample);
        for (ReportFormat format : ReportFormat.values()) {
            byte[] a = SampleAudits.render(format.renderer(false), first).getBytes(StandardCharsets.UTF_8);
            byte[] b = SampleAudits.render(format.renderer(false), second).getBytes(StandardCharsets.UTF_8);
            assertThat(a).as("%s of %s", format.label(), sample).isEqualTo(b);
            if (format != ReportFormat.GITHUB && format != ReportFormat.AZURE) {
                // the annotation formats write a line per finding, so nothing for an estate without findings
                assertThat(a).as("%s of %s", format.label(), sample).isNotEmpty();
            }
            assertThat(new String(a, StandardCharsets.UTF_8)).as("%s line ends", format.label()).doesNotContain("\r");
        }
    }
}
