package dev.estateaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import dev.estateaudit.findings.Subject;
import dev.estateaudit.review.FixedFinding;
import dev.estateaudit.review.Gate;
import dev.estateaudit.review.ReviewedFinding;
import dev.estateaudit.review.ReviewedResult;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * JUnit XML read the way CI servers read it (Jenkins, Azure DevOps, GitLab): parsed with the JDK's
 * XML parser, every count a server shows checked against the elements it counts and against the
 * audit. No Maven Central artifact ships a JUnit XSD (Surefire's and Jenkins' stay in their own
 * sites and repositories), and a schema written from this output would only check it against itself.
 */
class JunitReportTest {

    @ParameterizedTest
    @MethodSource(SampleAudits.SAMPLES)
    void everySampleGivesValidJunitWithOneCasePerFindingOrPassingRule(Path sample) throws Exception {
        AuditReport report = SampleAudits.audit(sample);
        Document xml = valid(SampleAudits.render(new JunitReport(), report));
        long failing = report.result().findings().stream()
                .filter(f -> f.countsToward(report.gate()) && f.severity().atLeast(report.failOn())).count();
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo(String.valueOf(failing));
        assertThat(xml.getDocumentElement().getAttribute("skipped")).isEqualTo(String.valueOf(report.result().notEvaluated().size()));
        List<String> categories = report.result().rules().stream().map(r -> r.category()).distinct().sorted().toList();
        assertThat(names(xml, "testsuite")).containsExactlyElementsOf(categories);
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo((int) failing);
        long rulesWithoutFindings = report.result().rules().stream()
                .filter(r -> report.result().findings().stream().noneMatch(f -> f.ruleId().equals(r.id()))).count();
        assertThat(xml.getElementsByTagName("testcase").getLength()).as("a case per finding, not-evaluated subject and passing rule")
                .isEqualTo(report.result().findings().size() + report.result().notEvaluated().size() + (int) rulesWithoutFindings);
    }

    @Test
    void findingsFailAtTheGateAndPassBelowItNotEvaluatedIsSkipped() throws Exception {
        String text = SampleAudits.render(new JunitReport(), SampleAudits.handMade());
        Document xml = valid(text);
        Element root = xml.getDocumentElement();
        assertThat(root.getAttribute("name")).isEqualTo("estate-audit: Hand & made <estate>");
        // gate = warning: the error and the warning fail, the info passes with its finding as output
        assertThat(root.getAttribute("tests")).isEqualTo("6");
        assertThat(root.getAttribute("failures")).isEqualTo("2");
        assertThat(root.getAttribute("skipped")).isEqualTo("1");
        assertThat(root.getAttribute("errors")).isEqualTo("0");
        assertThat(names(xml, "testsuite")).containsExactly("debug", "front-ends", "lifetime", "modules");

        Element outdated = testcase(xml, "estate-audit.lifetime.lifetime-outdated", "Development");
        Element failure = (Element) outdated.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("error");
        assertThat(failure.getAttribute("message")).contains(SampleAudits.HOSTILE);
        assertThat(failure.getTextContent()).contains("evidence: environment.platformVersion=11.30.1")
                .contains("remediation: Remediation of lifetime-outdated & more");

        Element info = testcase(xml, "estate-audit.lifetime.lifetime-missing", "estate");
        assertThat(info.getElementsByTagName("failure").getLength()).isZero();
        assertThat(info.getElementsByTagName("system-out").item(0).getTextContent()).startsWith("INFO (below --fail-on)");

        Element skipped = testcase(xml, "estate-audit.debug.debug-mode-in-production", "Prod <main> / Orders_CS");
        assertThat(((Element) skipped.getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .isEqualTo("not evaluated: missing module.debugMode");

        Element passing = testcase(xml, "estate-audit.modules.module-errors-logged", "no finding");
        assertThat(passing.getChildNodes().getLength()).isZero();
        assertThat(text).doesNotContain("timestamp").doesNotContain("hostname").contains("time=\"0\"");
    }

    @Test
    void twoFindingsOfOneRuleAboutOneSubjectGetDistinctNames() throws Exception {
        AuditReport base = SampleAudits.handMade();
        ReviewedFinding f = base.result().findings().get(0);
        ReviewedResult twice = new ReviewedResult(base.result().estate(),
                base.result().rules(), List.of(f, f), List.of(), null, List.of(), base.result().judgedAgainst());
        Document xml = valid(SampleAudits.render(new JunitReport(), new AuditReport(twice, base.failOn(), "1.2.3")));
        assertThat(testcase(xml, "estate-audit.lifetime.lifetime-outdated", "Development")).isNotNull();
        assertThat(testcase(xml, "estate-audit.lifetime.lifetime-outdated", "Development #2")).isNotNull();
    }

    @Test
    void aWaivedFindingIsSkippedWithItsWaiverAndGateNewLetsUnchangedFindingsPass(@TempDir Path dir) throws Exception {
        AuditReport report = SampleAudits.lifecycle(dir, Gate.NEW);
        Document xml = valid(SampleAudits.render(new JunitReport(), report));
        Element root = xml.getDocumentElement();
        assertThat(root.getAttribute("failures")).as("the gate passes: nothing fails").isEqualTo("0");
        assertThat(report.passed()).isTrue();
        String lifetimeOutdated = "estate-audit.lifetime.lifetime-outdated";

        Element production = testcase(xml, lifetimeOutdated, "Production");
        assertThat(production.getElementsByTagName("failure").getLength()).isZero();
        assertThat(((Element) production.getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .isEqualTo("waived until 2027-03-31 by ops@acme.example (UPG-1432): LifeTime upgrade <booked> & approved | CAB-7");
        assertThat(production.getElementsByTagName("system-out").item(0).getTextContent()).startsWith("ERROR (waived): ")
                .contains("baseline: new").contains("waived:   until 2027-03-31 by ops@acme.example (UPG-1432)");

        Element development = testcase(xml, lifetimeOutdated, "Development");
        assertThat(development.getElementsByTagName("failure").getLength()).isZero();
        assertThat(development.getElementsByTagName("skipped").getLength()).isZero();
        assertThat(development.getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("ERROR (unchanged since the baseline; --gate new fails on new findings only): ")
                .contains("baseline: unchanged");

        Element quality = testcase(xml, lifetimeOutdated, "Quality");
        assertThat(quality.getElementsByTagName("failure").getLength()).isZero();
        assertThat(quality.getElementsByTagName("skipped").getLength()).isZero();
        assertThat(quality.getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("FIXED since the baseline (was error): ").contains("message: Environment Quality runs Platform Server 11.30.1");
        assertThat(root.getAttribute("skipped")).as("the waived finding and the not-evaluated subjects")
                .isEqualTo(String.valueOf(1 + report.result().notEvaluated().size()));

        AuditReport all = SampleAudits.lifecycle(dir, Gate.ALL);
        Document allXml = valid(SampleAudits.render(new JunitReport(), all));
        assertThat(allXml.getDocumentElement().getAttribute("failures")).as("the unchanged error fails --gate all").isEqualTo("1");
        assertThat(all.passed()).isFalse();
        assertThat(testcase(allXml, lifetimeOutdated, "Development").getElementsByTagName("failure").getLength()).isOne();
        assertThat(testcase(allXml, lifetimeOutdated, "Production").getElementsByTagName("skipped").getLength())
                .as("waived whatever the gate").isOne();
    }

    @Test
    void aFixedFindingOfARuleLeftOutOfTheRunPassesInTheNotRunSuite() throws Exception {
        AuditReport base = SampleAudits.handMade();
        FixedFinding gone = new FixedFinding("0123456789abcdef0123456789abcdef", "gone-rule", "warning", "Title of gone-rule",
                "It was there", new Subject("Development", "Orders_CS", null, null, null));
        ReviewedResult compared = base.result().withBaseline("baseline.json", base.result().findings(), List.of(gone));
        Document xml = valid(SampleAudits.render(new JunitReport(), new AuditReport(compared, base.failOn(), "1.2.3")));
        assertThat(names(xml, "testsuite")).containsExactly("debug", "front-ends", "lifetime", "modules", JunitReport.NOT_RUN);
        Element fixed = testcase(xml, "estate-audit.not-run.gone-rule", "Development / Orders_CS");
        assertThat(fixed.getElementsByTagName("failure").getLength()).isZero();
        assertThat(fixed.getTextContent()).contains("FIXED since the baseline (was warning): Title of gone-rule").contains("message: It was there");
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("2");
    }

    /**
     * Parses the report and checks what a CI server derives from it: each suite's tests, failures
     * and skipped equal its testcases, failure and skipped elements, the root's equal the sums, and
     * every testcase has a name and a classname.
     */
    private static Document valid(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document xml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        NodeList suites = root.getElementsByTagName("testsuite");
        int tests = 0;
        int failures = 0;
        int skipped = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            NodeList cases = suite.getElementsByTagName("testcase");
            int suiteFailures = suite.getElementsByTagName("failure").getLength();
            int suiteSkipped = suite.getElementsByTagName("skipped").getLength();
            assertThat(suite.getAttribute("tests")).as("tests of %s", suite.getAttribute("name")).isEqualTo(String.valueOf(cases.getLength()));
            assertThat(suite.getAttribute("failures")).isEqualTo(String.valueOf(suiteFailures));
            assertThat(suite.getAttribute("skipped")).isEqualTo(String.valueOf(suiteSkipped));
            assertThat(suite.getAttribute("errors")).isEqualTo("0");
            for (int c = 0; c < cases.getLength(); c++) {
                Element testcase = (Element) cases.item(c);
                assertThat(testcase.getAttribute("name")).isNotBlank();
                assertThat(testcase.getAttribute("classname")).isNotBlank();
                assertThat(testcase.getElementsByTagName("failure").getLength() + testcase.getElementsByTagName("skipped").getLength())
                        .as("a testcase fails or is skipped, not both").isLessThanOrEqualTo(1);
            }
            tests += cases.getLength();
            failures += suiteFailures;
            skipped += suiteSkipped;
        }
        assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(tests));
        assertThat(root.getAttribute("failures")).isEqualTo(String.valueOf(failures));
        assertThat(root.getAttribute("skipped")).isEqualTo(String.valueOf(skipped));
        return xml;
    }

    private static List<String> names(Document xml, String tag) {
        NodeList nodes = xml.getElementsByTagName(tag);
        return IntStream.range(0, nodes.getLength())
                .mapToObj(i -> ((Element) nodes.item(i)).getAttribute("name")).toList();
    }

    private static Element testcase(Document xml, String classname, String name) {
        NodeList cases = xml.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("classname").equals(classname) && c.getAttribute("name").equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no testcase " + classname + " / " + name);
    }
}
