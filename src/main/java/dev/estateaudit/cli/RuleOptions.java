package dev.estateaudit.cli;

import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.engine.RuleLimits;
import dev.estateaudit.util.UsageException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options of every command that runs rules: the rule folders ({@link RuleFolderOptions}) and the
 * bounds on the user's rules as they run.
 */
public final class RuleOptions extends RuleFolderOptions {

    @Option(names = "--max-rule-firings", paramLabel = "N",
            description = "Stop with exit 2 when your rules fire more than N times in one run, naming the rule (default: "
                    + RuleLimits.DEFAULT_MAX_FIRINGS + "). The built-in rules are not limited.")
    Long maxRuleFirings;

    @Option(names = "--rule-timeout", paramLabel = "SECONDS",
            description = "Stop with exit 2 when your rules run longer than this, naming the rule (default: no limit).")
    BigDecimal ruleTimeoutSeconds;

    /** The bounds for user rules; a bad value is a usage error. */
    RuleLimits limits() {
        if (maxRuleFirings != null && maxRuleFirings < 1) {
            throw new UsageException("--max-rule-firings: must be 1 or more");
        }
        if (ruleTimeoutSeconds != null && ruleTimeoutSeconds.signum() <= 0) {
            throw new UsageException("--rule-timeout: must be more than 0 seconds");
        }
        return new RuleLimits(maxRuleFirings != null ? maxRuleFirings : RuleLimits.DEFAULT_MAX_FIRINGS,
                ruleTimeoutSeconds == null ? null : Duration.ofMillis(Math.max(1, ruleTimeoutSeconds.movePointRight(3).longValue())));
    }

    /** The engine over the built-in rules and {@code folders} (the command line's, or a config file's). */
    AuditEngine engine(List<Path> folders, Map<String, String> environment, PrintWriter err) {
        // the bounds are checked only when there are rules of the user's to bound, as before
        return engine(folders, environment, err, folders.isEmpty() ? RuleLimits.DEFAULT : limits());
    }

    AuditEngine engine(Map<String, String> environment, PrintWriter err) {
        return engine(ruleFolders, environment, err);
    }
}
