package dev.estateaudit.cli;

import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.engine.RuleLimits;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of every command that runs rules: the rule folders ({@link RuleFolderOptions}) and the
 * bounds on the user's rules as they run.
 */
public final class RuleOptions extends RuleFolderOptions {

    // both checked as the command line is read, so a bad value is refused whether or not --rules is given
    @Option(names = "--max-rule-firings", paramLabel = "N", converter = NumberOptions.FiringLimit.class,
            description = "Stop with exit 2 when your rules fire more than N times in one run, naming the rule (default: "
                    + RuleLimits.DEFAULT_MAX_FIRINGS + "). The built-in rules are not limited.")
    Long maxRuleFirings;

    @Option(names = "--rule-timeout", paramLabel = "SECONDS", converter = TimeLimit.class,
            description = "Stop with exit 2 when your rules run longer than this, naming the rule (more than 0, at most "
                    + RuleLimits.MAX_TIMEOUT_SECONDS + " seconds, a day; default: no limit).")
    Duration ruleTimeout;

    /** {@code --rule-timeout}: seconds, more than 0 and at most a day, to the millisecond (a thousandth rounds up to 1 ms). */
    static final class TimeLimit implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String text) {
            BigDecimal seconds = NumberOptions.decimal(text);
            String wrong = NumberOptions.outOfRange(seconds);
            if (wrong != null) {
                throw new TypeConversionException("'" + text + "': " + wrong + (seconds.signum() > 0 ? "; leave the option out for no limit" : ""));
            }
            return NumberOptions.seconds("--rule-timeout", seconds);
        }
    }

    /** The bounds for user rules (their values were checked as the command line was read). */
    RuleLimits limits() {
        return new RuleLimits(maxRuleFirings != null ? maxRuleFirings : RuleLimits.DEFAULT_MAX_FIRINGS, ruleTimeout);
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
