package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.findings.AuditResult;
import dev.estateaudit.findings.RuleDescriptor;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.verify.RuleTestRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The user rule that docs/writing-rules.md walks through compiles at run time and passes its own tests. */
class SampleRulesTest {

    private static final Path SAMPLE_RULES = Path.of("samples/rules");
    /** Compiled once: compiling DRL at run time takes seconds. */
    private static RuleBase userRules;

    @BeforeAll
    static void compileTheSampleRules() {
        userRules = RuleBase.compile(List.of(SAMPLE_RULES));
    }

    @Test
    void theGuidesExampleRuleCompilesAndPassesItsTests() {
        assertThat(userRules.rules()).extracting(RuleDescriptor::id, RuleDescriptor::category, RuleDescriptor::severity)
                .containsExactly(org.assertj.core.api.Assertions.tuple("acme-module-name-suffix", "naming", Severity.WARNING));

        RuleTestRunner runner = new RuleTestRunner(new AuditEngine(List.of(RuleBase.builtin(), userRules)));
        List<RuleTestRunner.Outcome> outcomes = runner.run(SAMPLE_RULES.resolve("naming/module-name-suffix.test.yaml"));

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.differences()).as(o.name()).isEmpty());
    }

    @Test
    void theGuideShowsTheRuleAsItIsAndWhatItFindsOnTheLegacySample() throws IOException {
        String guide = Files.readString(Path.of("docs/writing-rules.md"));
        assertThat(guide).contains(Files.readString(SAMPLE_RULES.resolve("naming/module-name-suffix.drl")).strip());

        AuditEngine engine = new AuditEngine(List.of(RuleBase.builtin(), userRules));
        AuditResult result = engine.audit(new EstateLoader().load(Path.of("samples/legacy-10-to-11.yaml")));
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("acme-module-name-suffix"))
                .extracting(f -> f.subject().label())
                .containsExactly("Development / PdfGenerator", "Quality / PdfGenerator", "Production / PdfGenerator");
    }
}
