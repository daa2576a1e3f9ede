package dev.estateaudit.importer;

import dev.estateaudit.estate.LifeTime;
import java.time.Duration;
import java.util.Set;

/**
 * How often a LifeTime call is tried and how long to wait between tries. LifeTime answers 429
 * when throttling and its front ends or load balancer 502/503/504 while busy or restarting; those
 * and timeouts are worth another try, anything else is not. The delay doubles from try to try.
 */
public record RetryPolicy(int tries, Duration firstDelay, Sleeper sleeper) {

    static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 502, 503, 504);
    /** Never wait longer than this between two tries, whatever the server's Retry-After says. */
    static final Duration LONGEST_DELAY = Duration.ofSeconds(30);

    /** Waits; tests pass one that only records the wait. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public RetryPolicy {
        if (tries < 1) {
            throw new IllegalArgumentException("tries must be at least 1");
        }
    }

    /** Three tries, one second then two seconds apart. */
    public static RetryPolicy standard() {
        return withFirstDelay(Duration.ofSeconds(1));
    }

    public static RetryPolicy withFirstDelay(Duration firstDelay) {
        return new RetryPolicy(3, firstDelay, d -> Thread.sleep(d.toMillis()));
    }

    static boolean isRetryable(int status) {
        return RETRYABLE_STATUSES.contains(status);
    }

    /** The wait before try number {@code nextTry} (2 or more), or the server's Retry-After seconds if it gave some. */
    Duration delayBefore(int nextTry, Integer retryAfterSeconds) {
        Duration delay = retryAfterSeconds != null ? Duration.ofSeconds(retryAfterSeconds)
                : firstDelay.multipliedBy(1L << Math.min(nextTry - 2, 16));
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }
}
