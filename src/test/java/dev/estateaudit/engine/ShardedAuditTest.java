package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estateaudit.bench.EstateGenerator;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.findings.AuditResult;
import dev.estateaudit.verify.RuleTestRunner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large estate's audit runs the built-in rules in shards, side by side; what it finds must be
 * exactly what one session finds. Every rule fixture, every sample and a generated estate are
 * audited in one session and in two (forced, whatever their size).
 */
class ShardedAuditTest {

    private static final AuditEngine ONE_SESSION = AuditEngine.builtinOnly().with(Parallelism.NONE);
    private static final AuditEngine SHARDED = AuditEngine.builtinOnly().with(Parallelism.from(0));

    @TempDir
    static Path temporary;

    @TestFactory
    Stream<DynamicTest> everyFixtureSampleAndAGeneratedEstateFindTheSameInTwoSessions() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        FixtureEstates.all().forEach(e -> tests.add(sameFindings(e.name(), e.estate())));
        tests.add(sameFindings("a generated estate of 3,000 modules", ShardedAuditTest::generated));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyFixturePassesInTwoSessions() throws IOException {
        RuleTestRunner runner = new RuleTestRunner(SHARDED);
        try (Stream<Path> files = Files.walk(RuleFixturesTest.FIXTURES)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream()
                    .flatMap(file -> runner.run(file).stream())
                    .map(outcome -> DynamicTest.dynamicTest(RuleFixturesTest.FIXTURES.relativize(outcome.file()) + ": " + outcome.name(),
                            () -> assertThat(outcome.differences()).isEmpty()));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"module-not-republished,lifetime-outdated", "debug-mode-in-production",
        "-module-errors-logged", "-staging-version-skew,-debug-mode-in-production"})
    void aSelectionFindsTheSameInTwoSessions(String rules) {
        List<String> only = Stream.of(rules.split(",")).filter(r -> !r.startsWith("-")).toList();
        List<String> skip = Stream.of(rules.split(",")).filter(r -> r.startsWith("-")).map(r -> r.substring(1)).toList();
        RuleSelection selection = RuleSelection.of(only, skip);
        Estate estate = generated();
        AuditResult expected = ONE_SESSION.audit(estate, selection);
        AuditResult actual = SHARDED.audit(estate, selection);
        assertThat(actual.findings()).isNotEmpty().isEqualTo(expected.findings());
        assertThat(actual.notEvaluated()).isEqualTo(expected.notEvaluated());
    }

    @org.junit.jupiter.api.Test
    void aLargeEstateFindsTheSameInTheSessionsPreparedWhileItWasRead() {
        Estate estate = generated();
        RuleSelection only = RuleSelection.of(java.util.List.of("module-*", "debug-mode-*"), java.util.List.of());
        AuditEngine prepared = AuditEngine.builtinOnly().with(Parallelism.from(0)).prepare(only, 1);
        java.util.List<RuleBase> parts = RuleBase.builtin().shards(only);

        assertThat(prepared.audit(estate, only).findings()).isNotEmpty().isEqualTo(ONE_SESSION.audit(estate, only).findings());
        assertThat(parts).hasSize(2);
        assertThat(RuleBase.builtin().shards(only)).as("the bases prepared are the ones the audit ran").isSameAs(parts);
        AuditEngine.builtinOnly().with(Parallelism.from(0)).prepare(only, 1);
        assertThat(RuleBase.builtin().shards(only)).as("preparing again for the same selection builds nothing new").isSameAs(parts);
    }

    private static DynamicTest sameFindings(String name, Supplier<Estate> estate) {
        return DynamicTest.dynamicTest(name, () -> {
            Estate e = estate.get();
            AuditResult expected = ONE_SESSION.audit(e);
            AuditResult actual = SHARDED.audit(e);
            assertThat(actual.findings()).isEqualTo(expected.findings());
            assertThat(actual.notEvaluated()).isEqualTo(expected.notEvaluated());
            assertThat(actual.rules()).isEqualTo(expected.rules());
        });
    }

    private static Estate generated() {
        Path file = temporary.resolve("generated.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            new EstateGenerator(30, 100, 7).write(out, true);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Estate estate = new EstateLoader().load(file);
        assertThat(estate.getModuleCount()).isEqualTo(3_000);
        return estate;
    }
}
