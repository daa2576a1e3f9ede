package dev.estateaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import dev.estateaudit.review.Gate;
import dev.estateaudit.review.ReviewedFinding;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The HTML page's content; HtmlReportBrowserTest loads it in Chromium. */
class HtmlReportTest {

    @ParameterizedTest
    @MethodSource(SampleAudits.SAMPLES)
    void everySampleGivesASelfContainedPageWithEveryFindingAndThePipeline(Path sample) {
        AuditReport report = SampleAudits.audit(sample);
        String html = SampleAudits.render(new HtmlReport(), report);
        assertSelfContained(html);
        assertThat(html).contains("Gate " + report.verdict()).contains("id=\"pipeline-diagram\"")
                .contains("id=\"chart-severity\"").contains("id=\"chart-environment\"");
        for (ReviewedFinding f : report.result().findings()) {
            assertThat(html).contains("<code>" + f.ruleId() + "</code>").contains(escape(f.message()))
                    .contains(escape(f.rule().remediation()));
        }
        assertThat(countMatches(html, "<li class=\"finding ")).isEqualTo(report.result().findings().size());
        assertThat(countMatches(html, "class=\"box environment\"")).isEqualTo(report.result().estate().getEnvironments().size());
    }

    @Test
    void theDiagramShowsStagingOrderVersionsAndWorstFindingAndEverythingIsEscaped() {
        String html = SampleAudits.render(new HtmlReport(), SampleAudits.handMade());
        assertSelfContained(html);
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; | *bold* &#96;code&#96;")
                .contains("<title>estate-audit: Hand &amp; made &lt;estate&gt;</title>")
                .contains("data-environment=\"Prod &lt;main&gt;\"")
                .contains("<code>environment.platformVersion</code> = 11.30.1")
                .contains("Remediation of lifetime-outdated &amp; more");
        assertThat(html).contains("<g class=\"box lifetime\" data-worst=\"error\">")
                .containsPattern("data-worst=\"error\"><title>Development: worst finding error</title>")
                .containsPattern("data-worst=\"warning\"><title>Prod &lt;main&gt;: worst finding warning</title>");
        assertThat(html.indexOf(">Development</text>")).as("staging order").isLessThan(html.indexOf(">Prod &lt;main&gt;</text>"));
        assertThat(html).contains("Platform Server 11.30.1").contains("Platform Server 11.20.0").contains("LifeTime 11.23.0");
        assertThat(html).contains("<td><code>debug-mode-in-production</code></td><td>Prod &lt;main&gt; / Orders_CS</td><td>module.debugMode</td>");
    }

    @Test
    void waivedNewUnchangedAndFixedFindingsAreShownWithTheGateScope(@TempDir Path dir) {
        AuditReport report = SampleAudits.lifecycle(dir, Gate.NEW);
        String html = SampleAudits.render(new HtmlReport(), report);
        assertSelfContained(html);
        assertThat(html).contains("Gate PASSED").contains("fail on <b>error</b>, <b id=\"gate-scope\">new findings only</b>")
                .contains("<p class=\"life\" id=\"life\">1 waived (not counted by the gate) · against the baseline "
                        + escape(dir.resolve("baseline.json").toString()) + ": 1 new, 1 unchanged, 1 fixed</p>")
                .contains("<select id=\"filter-status\">");
        assertThat(html).contains("<li class=\"finding error waived\" data-severity=\"error\" data-environment=\"Production\" data-status=\"new waived\">")
                .contains("<span class=\"badge new\">new</span><span class=\"badge waived\" title=\"waived until 2027-03-31 by ops@acme.example (UPG-1432)\">waived</span>")
                .contains("<dt>Waived</dt><dd class=\"waiver\">until 2027-03-31 by ops@acme.example (UPG-1432): "
                        + "LifeTime upgrade &lt;booked&gt; &amp; approved | CAB-7 (waivers.yaml:2)</dd>")
                .contains("<li class=\"finding error\" data-severity=\"error\" data-environment=\"Development\" data-status=\"unchanged\">")
                .contains("<span class=\"badge unchanged\">unchanged</span>")
                .doesNotContain("<booked>");
        assertThat(countMatches(html, "<span class=\"badge waived\"")).isEqualTo(1);
        assertThat(countMatches(html, "<span class=\"badge new\"")).isEqualTo(1);
        assertThat(html).contains("<section id=\"fixed\">").contains("<h2>Fixed since the baseline</h2>")
                .contains("<tr><td><code>lifetime-outdated</code></td><td>Quality</td><td>error</td><td>Environment Quality runs Platform Server 11.30.1");

        String all = SampleAudits.render(new HtmlReport(), SampleAudits.lifecycle(dir, Gate.ALL));
        assertThat(all).contains("Gate FAILED").contains("fail on <b>error</b></span>").doesNotContain("gate-scope");
    }

    @Test
    void withoutWaiversOrBaselineThereIsNoBadgeNoFixedListAndNoStatusFilter() {
        String html = SampleAudits.render(new HtmlReport(), SampleAudits.handMade());
        assertThat(html).doesNotContain("<span class=\"badge").doesNotContain("<section id=\"fixed\">")
                .doesNotContain("id=\"filter-status\"").doesNotContain("id=\"life\"").contains("data-status=\"\"");
    }

    /** No network: nothing loaded from elsewhere; the only URL is the SVG namespace. */
    static void assertSelfContained(String html) {
        assertThat(html).doesNotContain("<link").doesNotContain(" src=").doesNotContain("@import").doesNotContain("url(http");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http:").doesNotContain("https:");
        assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none'");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;").replace("`", "&#96;").replace("=", "&#61;");
    }

    private static int countMatches(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
