package dev.estateaudit.report;

import dev.estateaudit.findings.NotEvaluated;
import dev.estateaudit.findings.RuleDescriptor;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.review.FixedFinding;
import dev.estateaudit.review.ReviewedFinding;
import dev.estateaudit.review.ReviewedResult;
import dev.estateaudit.util.ToolVersion;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as CI servers read it (Jenkins, Azure DevOps, GitLab): one testsuite per rule
 * category, one testcase per rule and subject. A finding that fails the gate (at or above
 * --fail-on, not waived, and with --gate new not already in the baseline) is a failure; any other
 * passes with the finding as its output, a waived one is skipped with its waiver as the reason
 * (so CI views show it), a not-evaluated subject is skipped, a finding fixed since the baseline is
 * a passing testcase, and a rule without findings is one passing testcase. The failures are thus
 * exactly the findings that fail the gate. No timestamps or host names: time is always 0, so the
 * same estate gives the same file. The shape is described by docs/junit-report.xsd.
 */
public final class JunitReport implements ReportRenderer {

    /** The suite of fixed findings whose rules did not run this time. */
    static final String NOT_RUN = "not-run";

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

    /** Cases by category (sorted), rules by id, findings in the audit's order, then the fixed ones. */
    private static Map<String, List<Case>> cases(AuditReport report) {
        Map<String, List<Case>> suites = new TreeMap<>();
        ReviewedResult result = report.result();
        Map<String, List<ReviewedFinding>> findings = result.findings().stream()
                .collect(Collectors.groupingBy(ReviewedFinding::ruleId));
        Map<String, List<NotEvaluated>> skipped = result.notEvaluated().stream()
                .collect(Collectors.groupingBy(NotEvaluated::ruleId));
        Map<String, List<FixedFinding>> fixed = result.fixed().stream()
                .collect(Collectors.groupingBy(FixedFinding::ruleId, TreeMap::new, Collectors.toList()));
        for (RuleDescriptor rule : result.rules()) {
            List<Case> cases = suites.computeIfAbsent(rule.category(), c -> new ArrayList<>());
            List<ReviewedFinding> ruleFindings = findings.getOrDefault(rule.id(), List.of());
            List<FixedFinding> ruleFixed = fixed.getOrDefault(rule.id(), List.of());
            // one rule can find two things about one subject (two broken references of a module):
            // CI servers merge cases of the same name, so the second gets a number
            Map<String, Integer> seen = new HashMap<>();
            String classname = classname(rule.category(), rule.id());
            for (ReviewedFinding f : ruleFindings) {
                cases.add(new Case(classname, numbered(seen, f.subject().label()), outcome(f, report), f, null, null));
            }
            for (NotEvaluated n : skipped.getOrDefault(rule.id(), List.of())) {
                cases.add(new Case(classname, n.subject().label(), Outcome.SKIPPED, null, n, null));
            }
            for (FixedFinding f : ruleFixed) {
                cases.add(new Case(classname, numbered(seen, f.subject().label()), Outcome.FIXED, null, null, f));
            }
            if (ruleFindings.isEmpty() && ruleFixed.isEmpty()) {
                cases.add(new Case(classname, "no finding", Outcome.PASSED, null, null, null));
            }
        }
        // the baseline's findings of rules left out of this run (--only/--skip) are listed as fixed too, as in JSON
        Set<String> ran = result.rules().stream().map(RuleDescriptor::id).collect(Collectors.toSet());
        fixed.forEach((ruleId, gone) -> {
            if (!ran.contains(ruleId)) {
                Map<String, Integer> seen = new HashMap<>();
                gone.forEach(f -> suites.computeIfAbsent(NOT_RUN, c -> new ArrayList<>())
                        .add(new Case(classname(NOT_RUN, ruleId), numbered(seen, f.subject().label()), Outcome.FIXED, null, null, f)));
            }
        });
        return suites;
    }

    private static Outcome outcome(ReviewedFinding f, AuditReport report) {
        if (f.waived()) {
            return Outcome.WAIVED;
        }
        if (!failsGate(f.severity(), report.failOn())) {
            return Outcome.PASSED_WITH_FINDING;
        }
        return f.countsToward(report.gate()) ? Outcome.FAILED : Outcome.PASSED_UNCHANGED;
    }

    private static String numbered(Map<String, Integer> seen, String label) {
        int nth = seen.merge(label, 1, Integer::sum);
        return label + (nth == 1 ? "" : " #" + nth);
    }

    private static String classname(String category, String ruleId) {
        return ToolVersion.NAME + "." + category + "." + ruleId;
    }

    private static void writeCounts(XMLStreamWriter xml, List<Case> cases) throws XMLStreamException {
        xml.writeAttribute("tests", String.valueOf(cases.size()));
        xml.writeAttribute("failures", String.valueOf(cases.stream().filter(c -> c.outcome == Outcome.FAILED).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(cases.stream().filter(c -> c.outcome.skipped).count()));
        xml.writeAttribute("time", "0");
    }

    private static void writeCase(XMLStreamWriter xml, Case c) throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", clean(c.name));
        xml.writeAttribute("classname", c.classname);
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
                writeOutput(xml, AuditReport.upper(c.finding.severity().label()) + " (below --fail-on): " + details(c.finding));
                newline(xml, 2);
            }
            case PASSED_UNCHANGED -> {
                newline(xml, 3);
                writeOutput(xml, AuditReport.upper(c.finding.severity().label())
                        + " (unchanged since the baseline; --gate new fails on new findings only): " + details(c.finding));
                newline(xml, 2);
            }
            case WAIVED -> {
                newline(xml, 3);
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", clean("waived " + FindingLifeText.acceptance(c.finding.waiver())
                        + ": " + c.finding.waiver().getJustification()));
                newline(xml, 3);
                writeOutput(xml, AuditReport.upper(c.finding.severity().label()) + " (waived): " + details(c.finding));
                newline(xml, 2);
            }
            case FIXED -> {
                newline(xml, 3);
                writeOutput(xml, "FIXED since the baseline (was " + c.fixed.severity() + "): " + c.fixed.title() + "\n"
                        + "subject: " + c.fixed.subject().label() + "\n" + "message: " + c.fixed.message());
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

    private static String details(ReviewedFinding f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.rule().title()).append('\n');
        sb.append("subject: ").append(f.subject().label()).append('\n');
        sb.append("message: ").append(f.message()).append('\n');
        if (!f.evidence().isEmpty()) {
            sb.append("evidence: ").append(f.evidence().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "))).append('\n');
        }
        sb.append("remediation: ").append(f.rule().remediation());
        if (f.status() != null) {
            sb.append('\n').append("baseline: ").append(f.status().label());
        }
        FindingLifeText.waiverLine(f).ifPresent(line -> sb.append('\n').append(line));
        return sb.toString();
    }

    private static void writeOutput(XMLStreamWriter xml, String text) throws XMLStreamException {
        xml.writeStartElement("system-out");
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
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

    private enum Outcome {
        PASSED, PASSED_WITH_FINDING, PASSED_UNCHANGED, FAILED, SKIPPED(true), WAIVED(true), FIXED;

        final boolean skipped;

        Outcome() {
            this(false);
        }

        Outcome(boolean skipped) {
            this.skipped = skipped;
        }
    }

    /** One testcase: a finding, a not-evaluated subject, a fixed finding, or none of them (a passing rule). */
    private record Case(String classname, String name, Outcome outcome, ReviewedFinding finding, NotEvaluated notEvaluated, FixedFinding fixed) {
    }

    static boolean failsGate(Severity severity, Severity failOn) {
        return failOn != null && severity.atLeast(failOn);
    }
}
