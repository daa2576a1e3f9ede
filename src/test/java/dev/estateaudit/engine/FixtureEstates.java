package dev.estateaudit.engine;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.verify.RuleTestFile;
import dev.estateaudit.verify.RuleTestRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The estates that equivalence tests audit two ways: every rule fixture's test cases, then every sample (overlays left out). */
final class FixtureEstates {

    record Named(String name, Supplier<Estate> estate) {
    }

    private FixtureEstates() {
    }

    static List<Named> all() throws IOException {
        List<Named> estates = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RuleFixturesTest.FIXTURES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                RuleTestFile fixture = RuleTestRunner.read(file);
                for (int i = 0; i < fixture.getTests().size(); i++) {
                    RuleTestFile.TestCase test = fixture.getTests().get(i);
                    String name = test.getName() == null ? "test " + (i + 1) : test.getName();
                    estates.add(new Named(file + ": " + name, () -> RuleTestRunner.estateOf(file, test, name)));
                }
            }
        }
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path sample : samples.filter(f -> f.toString().endsWith(".yaml") && !f.getFileName().toString().startsWith("overlay")).sorted().toList()) {
                estates.add(new Named(sample.toString(), () -> new EstateLoader().load(sample)));
            }
        }
        return estates;
    }
}
