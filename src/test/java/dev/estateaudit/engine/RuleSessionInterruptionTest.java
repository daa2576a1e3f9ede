package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;

/**
 * A user rule that runs past --rule-timeout is halted from another thread; a run whose own thread
 * is interrupted while such a rule runs must end at once, naming the rule, instead of waiting for it.
 */
class RuleSessionInterruptionTest {

    private static final String RULES = """
            package acme.rules;

            global java.util.concurrent.CountDownLatch started;

            rule "acme-waits"
                @id("acme-waits")
                @severity("info")
                @title("Waits until its thread is interrupted")
                @remediation("Nothing to do; this is a test rule.")
            when
                Long()
            then
                started.countDown();
                while (!Thread.currentThread().isInterrupted()) {
                    java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L);
                }
            end
            """;

    @Test
    void aRunInterruptedWhileARuleRunsEndsWithoutWaitingForTheRule() throws InterruptedException {
        RuleBase bounded = compiled(new RuleLimits(RuleLimits.DEFAULT_MAX_FIRINGS, Duration.ofSeconds(60)));
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                RuleSession.of(bounded).global("started", started)
                        .run(facts -> facts.accept(1L), fact -> false);
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        caller.start();
        assertThat(started.await(30, TimeUnit.SECONDS)).as("the rule started").isTrue();

        caller.interrupt();
        caller.join(TimeUnit.SECONDS.toMillis(30));

        assertThat(caller.isAlive()).as("the interrupted run still waits for its rule").isFalse();
        assertThat(failure.get()).isInstanceOf(RuleRunException.class)
                .hasMessageContaining("rule 'acme-waits' was interrupted");
    }

    private static RuleBase compiled(RuleLimits limits) {
        byte[] kjar = new RuleCompiler().compile(KieServices.Factory.get().newReleaseId("acme", "interruption", "1"),
                List.of(new RuleSource(Path.of("interruption.drl"), "interruption.drl", RULES)));
        return RuleBase.load(kjar, "interruption test", limits);
    }
}
