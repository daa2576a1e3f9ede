package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estateaudit.bench.EstateGenerator;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.findings.AuditResult;
import dev.estateaudit.findings.RuleDescriptor;
import dev.estateaudit.verify.RuleTestFile;
import dev.estateaudit.verify.RuleTestRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Rules rewritten so that module facts filter by their own constraints instead of joining every
 * module (src/test/resources/rules-before-restructure/ keeps each one as it was) must report
 * exactly what they reported before: the same findings and not-evaluated entries, message, subject
 * and evidence, on the estate of every rule fixture, every sample and a generated estate.
 */
class RestructuredRulesEquivalenceTest {

    private static final Path BEFORE = Path.of("src/test/resources/rules-before-restructure");

    @TestFactory
    Stream<DynamicTest> restructuredRulesReportWhatTheyReportedBefore() throws IOException {
        RuleBase before = RuleBase.compile(List.of(BEFORE));
        List<String> ids = before.rules().stream().map(RuleDescriptor::id).toList();
        RuleSelection restructured = RuleSelection.of(ids, List.of());
        AuditEngine beforeEngine = new AuditEngine(List.of(before));
        AuditEngine nowEngine = AuditEngine.builtinOnly();
        return estates().map(named -> DynamicTest.dynamicTest(named.name(), () -> {
            List<String> then = reported(beforeEngine.audit(named.estate()));
            List<String> now = reported(nowEngine.audit(named.estate(), restructured));
            assertThat(now).isEqualTo(then);
        }));
    }

    @TestFactory
    Stream<DynamicTest> theRulesOfBeforeStillPassTheirFixtures() {
        RuleBase before = RuleBase.compile(List.of(BEFORE));
        RuleTestRunner runner = new RuleTestRunner(new AuditEngine(List.of(before)));
        return before.rules().stream().map(rule -> RuleFixturesTest.FIXTURES.resolve(rule.category()).resolve(rule.id() + ".yaml"))
                .flatMap(file -> runner.run(file).stream())
                .map(outcome -> DynamicTest.dynamicTest(outcome.file().getFileName() + ": " + outcome.name(),
                        () -> assertThat(outcome.differences()).isEmpty()));
    }

    private record Named(String name, Estate estate) {
    }

    private static Stream<Named> estates() throws IOException {
        List<Named> estates = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RuleFixturesTest.FIXTURES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                RuleTestFile fixture = RuleTestRunner.read(file);
                for (RuleTestFile.TestCase test : fixture.getTests()) {
                    String name = RuleFixturesTest.FIXTURES.relativize(file) + ": " + test.getName();
                    estates.add(new Named(name, RuleTestRunner.estateOf(file, test, name)));
                }
            }
        }
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            samples.filter(f -> f.toString().endsWith(".yaml") && !f.getFileName().toString().equals("overlay.yaml")).sorted()
                    .forEach(f -> estates.add(new Named(f.toString(), new EstateLoader().load(f))));
        }
        ByteArrayOutputStream generated = new ByteArrayOutputStream();
        new EstateGenerator(40, 60, 7).write(generated, true);
        estates.add(new Named("generated (40 environments x 60 modules)",
                new EstateLoader().loadText("generated.json", generated.toString(StandardCharsets.UTF_8))));
        return estates.stream();
    }

    /** What a run reported, written out in full: rule, subject, message and evidence, in report order. */
    private static List<String> reported(AuditResult result) {
        List<String> lines = new ArrayList<>();
        result.findings().forEach(f -> lines.add(f.ruleId() + " | " + f.subject().label() + " | " + f.message() + " | " + f.evidence()));
        result.notEvaluated().forEach(n -> lines.add("not evaluated: " + n.ruleId() + " | " + n.subject().label() + " | " + n.missing()));
        return lines;
    }
}
