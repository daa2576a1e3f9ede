package dev.estateaudit.cli;

import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.engine.RuleBase;
import dev.estateaudit.engine.RuleCache;
import dev.estateaudit.engine.RuleLimits;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options every command that runs or lists rules shares: the user's rule folders and where
 * their compiled form is cached. The built-in rules always come first.
 */
public final class RuleOptions {

    @Option(names = "--rules", paramLabel = "DIR", description = "A folder of your own .drl rules, used beside the built-in ones (repeatable).")
    List<Path> ruleFolders = new ArrayList<>();

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where compiled --rules folders are kept between runs (default: $ESTATE_AUDIT_CACHE, else $XDG_CACHE_HOME/estate-audit, else ~/.cache/estate-audit).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Compile --rules folders afresh, without reading or writing the cache.")
    boolean noCache;

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
        List<RuleBase> bases = new ArrayList<>();
        bases.add(RuleBase.builtin());
        if (!folders.isEmpty()) {
            RuleLimits limits = limits();
            bases.add(RuleBase.compile(folders, cache(environment, err), limits));
        }
        return new AuditEngine(bases);
    }

    AuditEngine engine(Map<String, String> environment, PrintWriter err) {
        return engine(ruleFolders, environment, err);
    }

    private RuleCache cache(Map<String, String> environment, PrintWriter err) {
        if (noCache) {
            return RuleCache.none();
        }
        return RuleCache.in(cacheDir != null ? cacheDir : RuleCache.defaultDirectory(environment),
                warning -> err.println("estate-audit: warning: " + warning));
    }
}
