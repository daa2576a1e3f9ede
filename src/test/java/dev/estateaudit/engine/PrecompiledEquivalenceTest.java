package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.report.AuditReport;
import dev.estateaudit.report.JsonReport;
import dev.estateaudit.verify.RuleTestRunner;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The same rules give the same report however they were loaded: precompiled into the jar at build
 * time, compiled from {@code rules/} at run time, or read back from the rule cache. Every rule
 * fixture's estate and every sample is audited three ways and the JSON reports must be identical.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrecompiledEquivalenceTest {

    private Path cacheDir;
    private AuditEngine precompiled;
    private AuditEngine runtimeCompiled;
    private AuditEngine cached;

    @BeforeAll
    void loadThreeWays() throws IOException {
        cacheDir = Files.createTempDirectory("estate-audit-cache-test");
        precompiled = AuditEngine.builtinOnly();
        RuleCache firstRun = RuleCache.in(cacheDir, w -> { throw new AssertionError(w); });
        runtimeCompiled = new AuditEngine(List.of(RuleBase.compile(auditRuleFolders(), firstRun, RuleLimits.DEFAULT)));
        RuleCache secondRun = RuleCache.in(cacheDir, w -> { throw new AssertionError(w); });
        cached = new AuditEngine(List.of(RuleBase.compile(auditRuleFolders(), secondRun, RuleLimits.DEFAULT)));
        assertThat(firstRun.misses()).isEqualTo(1);
        assertThat(secondRun.hits()).as("the second load comes from the cache").isEqualTo(1);
    }

    /** rules/ without rules/plan and rules/waivers, which are rule bases of their own (other phases), as the build does. */
    private static List<Path> auditRuleFolders() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of("rules"))) {
            return folders.filter(Files::isDirectory).filter(f -> !List.of("plan", "waivers").contains(f.getFileName().toString())).sorted().toList();
        }
    }

    @AfterAll
    void removeCache() throws IOException {
        try (Stream<Path> files = Files.walk(cacheDir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureAndSampleGivesTheSameReport() throws IOException {
        return FixtureEstates.all().stream().map(e -> sameReport(e.name(), e.estate()));
    }

    @TestFactory
    Stream<DynamicTest> everyFixturePassesAgainstTheRuntimeCompiledAndCachedRules() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RuleFixturesTest.FIXTURES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (AuditEngine engine : List.of(runtimeCompiled, cached)) {
                    String how = engine == cached ? "cached" : "runtime-compiled";
                    new RuleTestRunner(engine).run(file).forEach(outcome -> tests.add(DynamicTest.dynamicTest(
                            how + ": " + RuleFixturesTest.FIXTURES.relativize(file) + ": " + outcome.name(),
                            () -> assertThat(outcome.differences()).isEmpty())));
                }
            }
        }
        return tests.stream();
    }

    private DynamicTest sameReport(String name, java.util.function.Supplier<Estate> estate) {
        return DynamicTest.dynamicTest(name, () -> {
            Estate e = estate.get();
            String expected = json(precompiled, e);
            assertThat(json(runtimeCompiled, estate.get())).as("runtime-compiled").isEqualTo(expected);
            assertThat(json(cached, estate.get())).as("cached").isEqualTo(expected);
        });
    }

    private static String json(AuditEngine engine, Estate estate) {
        StringWriter out = new StringWriter();
        try {
            new JsonReport().render(new AuditReport(engine.audit(estate), Severity.ERROR, "test"), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
