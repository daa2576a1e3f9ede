package dev.estateaudit.engine;

import java.time.Duration;

/**
 * How far user rules may run: at most {@code maxFirings} rule firings per session and, when
 * given, a wall-clock limit. A rule that updates its own fact without no-loop fires forever and
 * a while(true) never returns; either ends the run with exit 2 naming the rule instead of
 * hanging a pipeline. Only user rules carry limits ({@link RuleBase#limits()}); the built-in rules
 * are not bounded: their cost is measured in benchmarks, and a million-module estate must never
 * hit a default meant for runaway user code.
 */
public record RuleLimits(long maxFirings, Duration timeout) {

    /** Far above what any real rule folder fires on the largest benchmark estates. */
    public static final long DEFAULT_MAX_FIRINGS = 10_000_000L;

    public static final RuleLimits DEFAULT = new RuleLimits(DEFAULT_MAX_FIRINGS, null);

    /** The longest time limit, a day (as --rule-timeout takes): beyond it a limit means nothing to a pipeline, and milliseconds near Long.MAX_VALUE wrap. */
    public static final long MAX_TIMEOUT_SECONDS = 86_400;

    public RuleLimits {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("the firing limit must be 1 or more");
        }
        if (timeout != null && (timeout.isZero() || timeout.isNegative() || timeout.getSeconds() > MAX_TIMEOUT_SECONDS)) {
            throw new IllegalArgumentException("the time limit must be more than 0 and at most " + MAX_TIMEOUT_SECONDS + " seconds");
        }
    }
}
