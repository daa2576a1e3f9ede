package dev.estateaudit.app;

import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.util.UsageException;
import dev.estateaudit.verify.RuleTestDiscovery;
import dev.estateaudit.verify.RuleTestRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code verify} use case: find the rule-test files under the paths and run every test. */
public final class VerifyRun {

    /** The outcomes, and how many files they came from. */
    public record Result(List<RuleTestRunner.Outcome> outcomes, int files) {

        public long failed() {
            return outcomes.stream().filter(o -> !o.passed()).count();
        }
    }

    private final AuditEngine engine;

    public VerifyRun(AuditEngine engine) {
        this.engine = engine;
    }

    public Result run(List<Path> paths) {
        List<Path> files = RuleTestDiscovery.find(paths.isEmpty() ? List.of(Path.of(".")) : paths);
        if (files.isEmpty()) {
            throw new UsageException("no rule test files (YAML with a top-level 'tests') in " + (paths.isEmpty() ? "." : paths));
        }
        RuleTestRunner runner = new RuleTestRunner(engine);
        List<RuleTestRunner.Outcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            outcomes.addAll(runner.run(file));
        }
        return new Result(outcomes, files.size());
    }
}
