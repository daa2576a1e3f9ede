package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import dev.estateaudit.verify.RuleTestRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule fixture under src/test/resources/rules/ (one file per rule, mirroring rules/)
 * against the built-in rules as compiled into the jar. The data is the test; this class only runs it.
 */
class RuleFixturesTest {

    static final Path FIXTURES = Path.of("src/test/resources/rules");

    @TestFactory
    Stream<DynamicTest> everyFixture() throws IOException {
        RuleTestRunner runner = new RuleTestRunner(AuditEngine.builtinOnly());
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream()
                    .flatMap(file -> runner.run(file).stream())
                    .map(outcome -> DynamicTest.dynamicTest(FIXTURES.relativize(outcome.file()) + ": " + outcome.name(),
                            () -> assertThat(outcome.differences()).as(outcome.name()).isEmpty()));
        }
    }
}
