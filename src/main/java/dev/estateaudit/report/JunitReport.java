package dev.estateaudit.report;

import dev.estateaudit.ToolVersion;
import dev.estateaudit.engine.Finding;
import dev.estateaudit.engine.NotEvaluated;
import dev.estateaudit.engine.RuleDescriptor;
import dev.estateaudit.engine.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as CI servers read it (Jenkins, Azure DevOps, GitLab): one testsuite per rule
 * category, one testcase per rule and subject. A finding at or above --fail-on is a failure, one
 * below it passes with the finding as its output, a not-evaluated subject is skipped, and a rule
 * without findings is one passing testcase. No timestamps or host names: time is always 0, so the
 * same estate gives the same file. The shape is described by docs/junit-report.xsd.
 */
public final class JunitReport implements ReportRenderer {

    @Override
    public void render(AuditReport report, Writer out) throws IOException {
        Map<String, List<Case>> suites = cases(report);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", ToolVersion.NAME + ": " + clean(report.result().estate().getName()));
            writeCounts(xml, suites.values().stream().flatMap(List::stream).toList());
            for (Map.Entry<String, List<Case>> suite : suites.entrySet()) {
                newline(xml, 1);
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", suite.getKey());
                writeCounts(xml, suite.getValue());
                for (Case c : suite.getValue()) {
                    writeCase(xml, c);
                }
                newline(xml, 1);
                xml.writeEndElement();
            }
            newline(xml, 0);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
        out.write('\n');
    }

    /** Cases by category (sorted), rules by id, findings in the audit's order. */
    private static Map<String, List<Case>> cases(AuditReport report) {
        Map<String, List<Case>> suites = new TreeMap<>();
        Map<String, List<Finding>> findings = report.result().findings().stream()
                .collect(Collectors.groupingBy(Finding::ruleId));
        Map<String, List<NotEvaluated>> skipped = report.result().notEvaluated().stream()
                .collect(Collectors.groupingBy(NotEvaluated::ruleId));
        for (RuleDescriptor rule : report.result().rules()) {
            List<Case> cases = suites.computeIfAbsent(rule.category(), c -> new ArrayList<>());
            List<Finding> ruleFindings = findings.getOrDefault(rule.id(), List.of());
            Map<String, Integer> seen = new HashMap<>();
            for (Finding f : ruleFindings) {
                boolean fails = failsGate(f.severity(), report.failOn());
                // one rule can find two things about one subject (two broken references of a module):
                // CI servers merge cases of the same name, so the second gets a number
                int nth = seen.merge(f.subject().label(), 1, Integer::sum);
                String name = f.subject().label() + (nth == 1 ? "" : " #" + nth);
                cases.add(new Case(rule, name, fails ? Outcome.FAILED : Outcome.PASSED_WITH_FINDING, f, null));
            }
            for (NotEvaluated n : skipped.getOrDefault(rule.id(), List.of())) {
                cases.add(new Case(rule, n.subject().label(), Outcome.SKIPPED, null, n));
            }
            if (ruleFindings.isEmpty()) {
                cases.add(new Case(rule, "no finding", Outcome.PASSED, null, null));
            }
        }
        return suites;
    }

    private static void writeCounts(XMLStreamWriter xml, List<Case> cases) throws XMLStreamException {
        xml.writeAttribute("tests", String.valueOf(cases.size()));
        xml.writeAttribute("failures", String.valueOf(cases.stream().filter(c -> c.outcome == Outcome.FAILED).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(cases.stream().filter(c -> c.outcome == Outcome.SKIPPED).count()));
        xml.writeAttribute("time", "0");
    }

    private static void writeCase(XMLStreamWriter xml, Case c) throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", clean(c.name));
        xml.writeAttribute("classname", ToolVersion.NAME + "." + c.rule.category() + "." + c.rule.id());
        xml.writeAttribute("time", "0");
        switch (c.outcome) {
            case FAILED -> {
                newline(xml, 3);
                xml.writeStartElement("failure");
                xml.writeAttribute("message", clean(c.finding.message()));
                xml.writeAttribute("type", c.finding.severity().label());
                xml.writeCharacters(clean(details(c.finding)));
                xml.writeEndElement();
                newline(xml, 2);
            }
            case PASSED_WITH_FINDING -> {
                newline(xml, 3);
                xml.writeStartElement("system-out");
                xml.writeCharacters(clean(AuditReport.upper(c.finding.severity().label()) + " (below --fail-on): " + details(c.finding)));
                xml.writeEndElement();
                newline(xml, 2);
            }
            case SKIPPED -> {
                newline(xml, 3);
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", clean("not evaluated: missing " + String.join(", ", c.notEvaluated.missing())));
                newline(xml, 2);
            }
            case PASSED -> {
                // a passing rule has nothing to say
            }
        }
        xml.writeEndElement();
    }

    private static String details(Finding f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.rule().title()).append('\n');
        sb.append("subject: ").append(f.subject().label()).append('\n');
        sb.append("message: ").append(f.message()).append('\n');
        if (!f.evidence().isEmpty()) {
            sb.append("evidence: ").append(f.evidence().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "))).append('\n');
        }
        sb.append("remediation: ").append(f.rule().remediation());
        return sb.toString();
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** XML 1.0 cannot carry most control characters, even escaped: drop them. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(cp -> cp == '\t' || cp == '\n' || cp == '\r' || cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private enum Outcome { PASSED, PASSED_WITH_FINDING, FAILED, SKIPPED }

    private record Case(RuleDescriptor rule, String name, Outcome outcome, Finding finding, NotEvaluated notEvaluated) {
    }

    static boolean failsGate(Severity severity, Severity failOn) {
        return failOn != null && severity.atLeast(failOn);
    }
}
