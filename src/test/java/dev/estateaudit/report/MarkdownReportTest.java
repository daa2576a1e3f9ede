package dev.estateaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import dev.estateaudit.findings.AuditResult;
import dev.estateaudit.findings.Finding;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.findings.Subject;
import dev.estateaudit.review.Gate;
import dev.estateaudit.review.ReviewedFinding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownReportTest {

    @ParameterizedTest
    @MethodSource(SampleAudits.SAMPLES)
    void everySampleGivesTheVerdictTheCountsAndEveryFindingByEnvironment(Path sample) {
        AuditReport report = SampleAudits.audit(sample);
        String md = SampleAudits.render(new MarkdownReport(), report);
        assertThat(md).startsWith("## " + (report.passed() ? "✅" : "❌") + " estate-audit: ")
                .contains("gate " + report.verdict())
                .contains("| error | " + report.result().count(Severity.ERROR) + " |")
                .contains("| warning | " + report.result().count(Severity.WARNING) + " |")
                .contains("| info | " + report.result().count(Severity.INFO) + " |")
                .contains("| not evaluated | " + report.result().notEvaluated().size() + " |");
        for (ReviewedFinding f : report.result().findings()) {
            assertThat(md).contains("`" + f.ruleId() + "`");
            if (f.subject().environment() != null) {
                assertThat(md).contains("<summary><b>" + Markdown.escape(f.subject().environment()) + "</b>");
            }
        }
        assertThat(md.length()).isLessThan(65_536);
    }

    @Test
    void groupsByEnvironmentFoldsSectionsAndEscapesEstateText() {
        String md = SampleAudits.render(new MarkdownReport(), SampleAudits.handMade());
        assertThat(md).contains("## ❌ estate-audit: Hand &amp; made &lt;estate&gt; — gate FAILED")
                .contains("Gate: fail on **warning**")
                .contains("<details open><summary><b>Development</b>: 1 error</summary>")
                .contains("<details><summary><b>Prod &lt;main&gt;</b>: 1 warning</summary>")
                .contains("<summary><b>Estate-wide</b>: 1 info</summary>")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; \\| \\*bold\\* \\`code\\`")
                .contains("Evidence: environment.platformVersion = 11.30.1")
                .contains("Fix: Remediation of lifetime-outdated &amp; more")
                .contains("<summary><b>Not evaluated</b>: 1 (facts missing from the estate)</summary>")
                .doesNotContain("<script>");
        assertThat(md.indexOf("Estate-wide")).as("estate-wide first, then environments in estate order")
                .isLessThan(md.indexOf("<b>Development</b>"));
        assertThat(md.indexOf("<b>Development</b>")).isLessThan(md.indexOf("<b>Prod &lt;main&gt;</b>"));
    }

    @Test
    void waivedFindingsNameTheirWaiverFindingsAreMarkedNewOrUnchangedAndTheFixedOnesAreListed(@TempDir Path dir) {
        AuditReport report = SampleAudits.lifecycle(dir, Gate.NEW);
        String md = SampleAudits.render(new MarkdownReport(), report);
        assertThat(md).startsWith("## ✅ estate-audit: Ratchet Estate — gate PASSED")
                .contains("Gate: fail on **error**, **new findings only** · ")
                .contains("Waived: **1** (not counted by the gate) · Since the baseline " + Markdown.escape(dir.resolve("baseline.json").toString())
                        + ": **1** new, 1 unchanged, **1** fixed")
                .contains("`lifetime-outdated` LifeTime runs an older Platform Server than an environment it manages · **new** · **waived**<br>")
                .contains("`lifetime-outdated` LifeTime runs an older Platform Server than an environment it manages · unchanged<br>")
                .contains("<br>\n  Waived until 2027-03-31 by ops@acme.example (UPG-1432): LifeTime upgrade &lt;booked&gt; &amp; approved \\| CAB-7\n")
                .contains("<details><summary><b>Fixed since the baseline</b>: 1</summary>\n\n"
                        + "- error `lifetime-outdated` Quality: Environment Quality runs Platform Server 11.30.1")
                .doesNotContain("<booked>");
        assertThat(md).as("nothing there fails the gate: folded").contains("<details><summary><b>Development</b>: 1 error</summary>")
                .contains("<details><summary><b>Production</b>: 1 error</summary>");
        assertThat(md.indexOf("Waived until")).as("the waiver under Production's finding")
                .isGreaterThan(md.indexOf("<b>Production</b>"));

        String all = SampleAudits.render(new MarkdownReport(), SampleAudits.lifecycle(dir, Gate.ALL));
        assertThat(all).startsWith("## ❌ estate-audit: Ratchet Estate — gate FAILED").contains("Gate: fail on **error** · ")
                .contains("<details open><summary><b>Development</b>: 1 error</summary>")
                .contains("<details><summary><b>Production</b>: 1 error</summary>");
    }

    @Test
    void withoutWaiversOrBaselineThereAreNoMarks() {
        String md = SampleAudits.render(new MarkdownReport(), SampleAudits.handMade());
        assertThat(md).doesNotContain("Waived").doesNotContain("baseline").doesNotContain("**new**").doesNotContain("unchanged");
    }

    @Test
    void aHugeAuditStaysShortEnoughForAPullRequestComment() {
        AuditReport small = SampleAudits.handMade();
        ReviewedFinding template = small.result().findings().get(0);
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            many.add(new Finding(template.rule(), "Finding number " + i + " with a long enough message to add up quickly",
                    new Subject("Development", "Module_" + i, null, null, null), Map.of()));
        }
        AuditResult result = new AuditResult(small.result().estate(), small.result().rules(), many, List.of(), small.result().judgedAgainst());
        String md = SampleAudits.render(new MarkdownReport(), new AuditReport(result, Severity.ERROR, "1.2.3"));
        assertThat(md.length()).isLessThan(65_536);
        assertThat(md).containsPattern("_\\d+ more findings not shown to keep this comment short; see the full report\\._");
    }
}
