package dev.estateaudit.verify;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.engine.RuleSelection;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.read.EstateInputException;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.estate.read.InputProblems;
import dev.estateaudit.estate.read.guard.GuardedMappers;
import dev.estateaudit.findings.NotEvaluated;
import dev.estateaudit.findings.RuleDescriptor;
import dev.estateaudit.findings.Subject;
import dev.estateaudit.review.AuditOptions;
import dev.estateaudit.review.ReviewedFinding;
import dev.estateaudit.review.ReviewedResult;
import dev.estateaudit.review.Waiver;
import dev.estateaudit.review.WaiverCalendar;
import dev.estateaudit.review.WaiverFile;
import dev.estateaudit.review.WaiverSet;
import dev.estateaudit.util.Suggestions;
import dev.estateaudit.util.TerminalText;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Runs a {@link RuleTestFile} against an engine and says, per test, what differed. */
public final class RuleTestRunner {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final AuditEngine engine;

    public RuleTestRunner(AuditEngine engine) {
        this.engine = engine;
    }

    /** The outcome of one test: passed when {@code differences} is empty. */
    public record Outcome(Path file, String name, List<String> differences) {
        public boolean passed() {
            return differences.isEmpty();
        }
    }

    /**
     * Reads a rule test file with the estate reader's guards (limits, duplicate keys and aliases
     * refused, characters checked at their line): a test file is input like any other.
     */
    public static RuleTestFile read(Path file) {
        ObjectMapper mapper = GuardedMappers.yaml();
        InputProblems problems = new InputProblems(file.toString());
        RuleTestFile tests = null;
        try (JsonParser parser = GuardedMappers.open(mapper, file)) {
            tests = mapper.readerFor(RuleTestFile.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(parser);
        } catch (UnrecognizedPropertyException e) {
            problems.add(e.getLocation(), "unknown field " + TerminalText.quote(e.getPropertyName(), 80));
        } catch (JsonProcessingException e) {
            problems.add(e, "YAML");
        } catch (IOException e) {
            throw new EstateInputException(file + ": cannot be read as rule tests: " + e.getMessage());
        }
        problems.throwIfAny();
        if (tests == null || tests.getTests().isEmpty()) {
            throw new EstateInputException(file + ": no tests: a rule test file lists tests under 'tests'");
        }
        if (tests.getRules().isEmpty()) {
            throw new EstateInputException(file + ": 'rules' is required: the ids of the rules this file tests");
        }
        return tests;
    }

    public List<Outcome> run(Path file) {
        RuleTestFile tests = read(file);
        for (String rule : tests.getRules()) {
            if (!ruleIds().contains(rule)) {
                List<String> nearest = Suggestions.nearest(rule, ruleIds(), 3);
                throw new EstateInputException(file + ": rules: unknown rule '" + rule + "'"
                        + (nearest.isEmpty() ? "; is its folder given with --rules?" : "; did you mean " + String.join(", ", nearest) + "?"));
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < tests.getTests().size(); i++) {
            RuleTestFile.TestCase test = tests.getTests().get(i);
            String name = test.getName() == null ? "test " + (i + 1) : test.getName();
            outcomes.add(new Outcome(file, name, differences(file, tests.getRules(), test, name)));
        }
        return outcomes;
    }

    private List<String> differences(Path file, List<String> rules, RuleTestFile.TestCase test, String name) {
        Estate estate = estateOf(file, test, name);
        LocalDate asOf = asOfOf(file, test, name);
        // a test's asOf dates its support ends as well as its waivers; without one, the run's --as-of (or today) does
        ReviewedResult result = optionsOf(file, test, name, asOf).review(asOf == null ? engine : engine.judgedAsOf(asOf), estate);
        String defaultRule = rules.size() == 1 ? rules.get(0) : null;
        Set<String> expected = new TreeSet<>();
        test.getExpect().forEach(e -> expected.add(e.withRule(defaultRule).describe()));
        Set<String> actual = new TreeSet<>();
        Set<String> everything = new TreeSet<>();
        for (ReviewedFinding f : result.findings()) {
            String described = findingOf(f).describe();
            if (rules.contains(f.ruleId())) {
                actual.add(described);
            }
            everything.add(described);
        }
        List<String> differences = new ArrayList<>(diff("finding", expected, actual));
        test.getAbsent().stream().map(e -> e.withRule(defaultRule).describe()).filter(everything::contains).sorted()
                .forEach(e -> differences.add("+ finding that must be absent: " + e));
        if (test.getNotEvaluated() != null) {
            Set<String> expectedMissing = new TreeSet<>();
            test.getNotEvaluated().forEach(e -> expectedMissing.add(e.withRule(defaultRule).describe()));
            Set<String> actualMissing = new TreeSet<>();
            for (NotEvaluated n : result.notEvaluated()) {
                if (rules.contains(n.ruleId())) {
                    actualMissing.add(expectationOf(n.ruleId(), n.subject(), n.missing()).describe());
                }
            }
            differences.addAll(diff("not evaluated", expectedMissing, actualMissing));
        }
        return differences;
    }

    private static List<String> diff(String what, Set<String> expected, Set<String> actual) {
        List<String> lines = new ArrayList<>();
        expected.stream().filter(e -> !actual.contains(e)).forEach(e -> lines.add("- expected " + what + ": " + e));
        actual.stream().filter(a -> !expected.contains(a)).forEach(a -> lines.add("+ unexpected " + what + ": " + a));
        return lines;
    }

    private static RuleTestFile.Expectation findingOf(ReviewedFinding f) {
        Subject s = f.subject();
        return new RuleTestFile.Expectation(f.ruleId(), s.environment(), s.module(), s.zone(), s.frontEnd(), null,
                f.waived() ? Boolean.TRUE : null);
    }

    /** The test's waivers, judged as of its asOf date; no waivers: the default options. */
    private AuditOptions optionsOf(Path file, RuleTestFile.TestCase test, String name, LocalDate asOf) {
        if (test.getWaivers() == null) {
            return AuditOptions.DEFAULT;
        }
        if (asOf == null) {
            throw new EstateInputException(file + ": test '" + name + "': 'asOf' is required with waivers, "
                    + "so that the test gives the same result on every day");
        }
        int warningDays = test.getWaiverWarningDays() == null ? WaiverCalendar.DEFAULT_WARNING_DAYS : test.getWaiverWarningDays();
        try {
            ObjectNode holder = YAML.createObjectNode();
            holder.set("waivers", test.getWaivers());
            List<Waiver> waivers = WaiverFile.read(file + " [" + name + "] waivers.yaml", YAML.writeValueAsString(holder), ruleIds());
            return new AuditOptions(RuleSelection.ALL, new WaiverSet(waivers, new WaiverCalendar(asOf, warningDays)));
        } catch (IOException e) {
            throw new EstateInputException(file + ": test '" + name + "': " + e.getMessage());
        }
    }

    /** The test's asOf day, or null when it names none. */
    private static LocalDate asOfOf(Path file, RuleTestFile.TestCase test, String name) {
        if (test.getAsOf() == null) {
            return null;
        }
        try {
            return LocalDate.parse(test.getAsOf().trim());
        } catch (DateTimeParseException e) {
            throw new EstateInputException(file + ": test '" + name + "': asOf '" + test.getAsOf() + "' is not a date (YYYY-MM-DD)");
        }
    }

    private List<String> ruleIds() {
        return engine.rules().stream().map(RuleDescriptor::id).toList();
    }

    private static RuleTestFile.Expectation expectationOf(String rule, Subject s, List<String> missing) {
        return new RuleTestFile.Expectation(rule, s.environment(), s.module(), s.zone(), s.frontEnd(), missing);
    }

    /** The estate a test runs on (inline, or its estateFile relative to the test file), loaded and validated. */
    public static Estate estateOf(Path file, RuleTestFile.TestCase test, String name) {
        if (test.getEstateFile() != null) {
            return new EstateLoader().load(file.toAbsolutePath().getParent().resolve(test.getEstateFile()));
        }
        if (test.getEstate() == null) {
            throw new EstateInputException(file + ": test '" + name + "' names no estate (estate or estateFile)");
        }
        try {
            return new EstateLoader().loadText(file + " [" + name + "].yaml", YAML.writeValueAsString(test.getEstate()));
        } catch (IOException e) {
            throw new EstateInputException(file + ": test '" + name + "': " + e.getMessage());
        }
    }
}
