package dev.estateaudit.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The one JUnit XML writer, for the audit's report and for {@code verify}'s rule tests: the
 * elements and attributes Jenkins, Azure DevOps and GitLab read (testsuites, testsuite, testcase,
 * failure, skipped, system-out), no timestamps or host names and time always 0, so the same
 * outcomes give the same file.
 */
public final class JunitXml {

    /** How a testcase ended: it passed, it failed, or it was skipped. */
    public enum Kind { PASSED, FAILED, SKIPPED }

    /**
     * One testcase. {@code message} is the failure's or the skip's message (null: none),
     * {@code type} the failure's type, {@code text} the failure's body, {@code output} its system-out
     * (null: none).
     */
    public record TestCase(String name, String classname, Kind kind, String message, String type, String text,
                           String output) {

        public static TestCase passed(String name, String classname, String output) {
            return new TestCase(name, classname, Kind.PASSED, null, null, null, output);
        }

        public static TestCase failed(String name, String classname, String message, String type, String text) {
            return new TestCase(name, classname, Kind.FAILED, message, type, text, null);
        }

        public static TestCase skipped(String name, String classname, String message, String output) {
            return new TestCase(name, classname, Kind.SKIPPED, message, null, null, output);
        }
    }

    public record Suite(String name, List<TestCase> cases) {
    }

    private JunitXml() {
    }

    public static void write(Writer out, String name, List<Suite> suites) throws IOException {
        write(out, name, java.util.Map.of(), suites);
    }

    /** With {@code properties} (name to value, written in their order) at the head of every testsuite, where JUnit's schema has them. */
    public static void write(Writer out, String name, java.util.Map<String, String> properties, List<Suite> suites) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", clean(name));
            writeCounts(xml, suites.stream().flatMap(s -> s.cases().stream()).toList());
            for (Suite suite : suites) {
                newline(xml, 1);
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", clean(suite.name()));
                writeCounts(xml, suite.cases());
                writeProperties(xml, properties);
                for (TestCase c : suite.cases()) {
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
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.write('\n');
    }

    private static void writeProperties(XMLStreamWriter xml, java.util.Map<String, String> properties) throws XMLStreamException {
        if (properties.isEmpty()) {
            return;
        }
        newline(xml, 2);
        xml.writeStartElement("properties");
        for (java.util.Map.Entry<String, String> p : properties.entrySet()) {
            newline(xml, 3);
            xml.writeEmptyElement("property");
            xml.writeAttribute("name", clean(p.getKey()));
            xml.writeAttribute("value", clean(p.getValue()));
        }
        newline(xml, 2);
        xml.writeEndElement();
    }

    private static void writeCounts(XMLStreamWriter xml, List<TestCase> cases) throws XMLStreamException {
        xml.writeAttribute("tests", String.valueOf(cases.size()));
        xml.writeAttribute("failures", String.valueOf(cases.stream().filter(c -> c.kind() == Kind.FAILED).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(cases.stream().filter(c -> c.kind() == Kind.SKIPPED).count()));
        xml.writeAttribute("time", "0");
    }

    private static void writeCase(XMLStreamWriter xml, TestCase c) throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", clean(c.name()));
        xml.writeAttribute("classname", clean(c.classname()));
        xml.writeAttribute("time", "0");
        boolean content = false;
        if (c.kind() == Kind.FAILED) {
            newline(xml, 3);
            xml.writeStartElement("failure");
            xml.writeAttribute("message", clean(c.message()));
            if (c.type() != null) {
                xml.writeAttribute("type", c.type());
            }
            xml.writeCharacters(clean(c.text()));
            xml.writeEndElement();
            content = true;
        } else if (c.kind() == Kind.SKIPPED) {
            newline(xml, 3);
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", clean(c.message()));
            content = true;
        }
        if (c.output() != null) {
            newline(xml, 3);
            xml.writeStartElement("system-out");
            xml.writeCharacters(clean(c.output()));
            xml.writeEndElement();
            content = true;
        }
        if (content) {
            newline(xml, 2);
        }
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
}
