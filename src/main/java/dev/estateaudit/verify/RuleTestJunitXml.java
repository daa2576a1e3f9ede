package dev.estateaudit.verify;

import dev.estateaudit.report.JunitXml;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule test outcomes as JUnit XML, the format CI servers show as test results: one testsuite per
 * test file, one testcase per test, the differences as the failure's text (written by the same
 * writer as the audit's JUnit report).
 */
public final class RuleTestJunitXml {

    private RuleTestJunitXml() {
    }

    public static void write(List<RuleTestRunner.Outcome> outcomes, Writer out) throws IOException {
        Map<Path, List<RuleTestRunner.Outcome>> byFile = new LinkedHashMap<>();
        for (RuleTestRunner.Outcome o : outcomes) {
            byFile.computeIfAbsent(o.file(), f -> new ArrayList<>()).add(o);
        }
        List<JunitXml.Suite> suites = new ArrayList<>();
        byFile.forEach((file, tests) -> {
            String name = file.toString().replace('\\', '/');
            suites.add(new JunitXml.Suite(name, tests.stream().map(o -> o.passed()
                    ? JunitXml.TestCase.passed(o.name(), name, null)
                    : JunitXml.TestCase.failed(o.name(), name, o.differences().size() + " difference(s) between expected and actual findings",
                            null, String.join("\n", o.differences()))).toList()));
        });
        JunitXml.write(out, "estate-audit verify", suites);
    }
}
