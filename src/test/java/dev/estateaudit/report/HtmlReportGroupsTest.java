package dev.estateaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The HTML report names its target version, and folds a rule's many findings in an environment as the text report does. */
class HtmlReportGroupsTest {

    @Test
    void theHeaderShowsTheTargetVersion() {
        String html = SampleAudits.render(new HtmlReport(), SampleAudits.audit(Path.of("samples/acme-factory-11.yaml")));
        assertThat(html).contains("Upgrade to Platform Server <b id=\"target-version\">11.31.0</b>");
    }

    @Test
    void theStagingDiagramShowsEachEnvironmentsZonesFrontEndsAndStrategy() {
        String html = SampleAudits.render(new HtmlReport(), SampleAudits.audit(Path.of("samples/acme-factory-11.yaml")));
        assertThat(html)
                .contains("<text class=\"zone-name\" x=\"101\" y=\"227\" text-anchor=\"middle\">zones not listed</text>"
                        + "<text x=\"101\" y=\"242\" text-anchor=\"middle\">front ends: 1</text>")
                .contains(">Global</text><text x=\"529\" y=\"242\" text-anchor=\"middle\">pp-fe-01, pp-fe-02 (off)</text>")
                .contains("<title>Production / Global: prod-fe-01, prod-fe-02, prod-fe-03</title>")
                .contains(">3 front ends, 3 enabled</text>")
                .contains(">Backoffice</text><text x=\"743\" y=\"286\" text-anchor=\"middle\">prod-bo-01</text>")
                .contains("<text class=\"strategy\" x=\"101\" y=\"202\" text-anchor=\"middle\">downtime upgrade</text>")
                .contains("<text class=\"strategy\" x=\"743\" y=\"202\" text-anchor=\"middle\">zero-downtime upgrade</text>");
    }

    @Test
    void aReportWithoutATargetSaysSo() {
        String html = SampleAudits.render(new HtmlReport(), SampleAudits.handMade());
        assertThat(html).contains("No upgrade target set").doesNotContain("id=\"target-version\"");
    }

    @Test
    void largeGroupsListFiveFindingsWhileTheJsonKeepsEveryOne() throws Exception {
        AuditReport report = SampleAudits.manyFindings(1_000);

        String html = SampleAudits.render(new HtmlReport(), report);
        String json = SampleAudits.render(new JsonReport(), report);

        assertThat(html.split("<details class=\"group ", -1)).hasSize(160 + 1);
        assertThat(html.split("<li class=\"finding ", -1)).hasSize(160 * 5 + 1);
        assertThat(html).contains("200 more are counted in their groups")
                .contains("… and 2 more broken-module-reference findings in Env-0");
        assertThat(new ObjectMapper().readTree(json).path("findings").size()).isEqualTo(1_000);
    }
}
