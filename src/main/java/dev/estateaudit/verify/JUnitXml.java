package dev.estateaudit.verify;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Rule test outcomes as JUnit XML, the format CI servers show as test results: one testsuite per
 * test file, one testcase per test, the differences as the failure's text. No timestamps or
 * durations, so the file is the same for the same outcomes.
 */
public final class JUnitXml {

    private JUnitXml() {
    }

    public static void write(List<RuleTestRunner.Outcome> outcomes, Writer out) throws IOException {
        Map<Path, List<RuleTestRunner.Outcome>> byFile = new LinkedHashMap<>();
        for (RuleTestRunner.Outcome o : outcomes) {
            byFile.computeIfAbsent(o.file(), f -> new ArrayList<>()).add(o);
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "estate-audit verify");
            xml.writeAttribute("tests", String.valueOf(outcomes.size()));
            xml.writeAttribute("failures", String.valueOf(failures(outcomes)));
            for (Map.Entry<Path, List<RuleTestRunner.Outcome>> suite : byFile.entrySet()) {
                String name = suite.getKey().toString().replace('\\', '/');
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", name);
                xml.writeAttribute("tests", String.valueOf(suite.getValue().size()));
                xml.writeAttribute("failures", String.valueOf(failures(suite.getValue())));
                for (RuleTestRunner.Outcome o : suite.getValue()) {
                    xml.writeCharacters("\n    ");
                    xml.writeStartElement("testcase");
                    xml.writeAttribute("classname", name);
                    xml.writeAttribute("name", o.name());
                    if (!o.passed()) {
                        xml.writeCharacters("\n      ");
                        xml.writeStartElement("failure");
                        xml.writeAttribute("message", o.differences().size() + " difference(s) between expected and actual findings");
                        xml.writeCharacters(String.join("\n", o.differences()));
                        xml.writeEndElement();
                        xml.writeCharacters("\n    ");
                    }
                    xml.writeEndElement();
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    private static long failures(List<RuleTestRunner.Outcome> outcomes) {
        return outcomes.stream().filter(o -> !o.passed()).count();
    }
}
