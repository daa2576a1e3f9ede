package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.findings.RuleDescriptor;
import dev.estateaudit.review.AuditOptions;
import dev.estateaudit.review.ReviewedResult;
import dev.estateaudit.review.Waiver;
import dev.estateaudit.review.WaiverCalendar;
import dev.estateaudit.review.WaiverFile;
import dev.estateaudit.review.WaiverSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the rule pages honest: the estate in each page's "Example" section, audited by the built-in
 * rules, must give exactly the findings the page shows for that rule.
 */
class RuleDocExamplesTest {

    /** A waiver rule's example also shows a waiver file and the --as-of date it was checked on. */
    private static final Pattern WAIVERS = Pattern.compile(
            "## Example\\n.*?--as-of (\\d{4}-\\d{2}-\\d{2}).*?```yaml\\n(waivers:.*?)```", Pattern.DOTALL);

    private static AuditOptions waiversOf(String ruleId, String page, AuditEngine engine) {
        Matcher m = WAIVERS.matcher(page);
        if (!m.find()) {
            return AuditOptions.DEFAULT;
        }
        List<String> ids = engine.rules().stream().map(RuleDescriptor::id).toList();
        List<Waiver> waivers = WaiverFile.read(ruleId + ".md [waivers].yaml", m.group(2), ids);
        return new AuditOptions(RuleSelection.ALL, new WaiverSet(waivers,
                new WaiverCalendar(LocalDate.parse(m.group(1)), WaiverCalendar.DEFAULT_WARNING_DAYS)));
    }

    private static final Pattern AS_OF = Pattern.compile("--as-of (\\d{4}-\\d{2}-\\d{2})");

    /** "## Example", and further ones such as "## Example on OutSystems 10" for a rule with a branch per version. */
    private static final Pattern EXAMPLE = Pattern.compile(
            "## (Example[^\\n]*)\\n.*?```yaml\\n(.*?)```.*?```text\\n(.*?)```", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> everyPageExampleGivesTheFindingsShown() {
        AuditEngine engine = AuditEngine.builtinOnly();
        return engine.rules().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            String page = Files.readString(Path.of("docs", "rules", rule.id() + ".md"));
            Matcher m = EXAMPLE.matcher(page);
            assertThat(m.find()).as("%s's page has an Example with a yaml estate and the text it gives", rule.id()).isTrue();
            do {
                // a dated rule's example names the day it was run as of; the others hold on any day
                Matcher day = AS_OF.matcher(m.group(0));
                AuditEngine judging = day.find() ? engine.judgedAsOf(LocalDate.parse(day.group(1))) : engine;
                ReviewedResult result = waiversOf(rule.id(), page, engine)
                        .review(judging, new EstateLoader().loadText(rule.id() + ".md [" + m.group(1) + "].yaml", m.group(2)));
                List<String> shown = m.group(3).lines().toList();
                List<String> actual = result.findings().stream().filter(f -> f.ruleId().equals(rule.id()))
                        .map(f -> f.severity().label() + "  " + f.subject().label() + ": " + f.message()).toList();
                assertThat(actual).as("findings of %s on its page's %s", rule.id(), m.group(1)).containsExactlyElementsOf(shown);
            } while (m.find());
        }));
    }
}
