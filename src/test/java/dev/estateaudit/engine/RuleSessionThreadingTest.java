package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.drools.core.common.InternalWorkingMemory;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;

/**
 * An unbounded base's session (the built-in rules') goes without Drools' locks, since one thread
 * makes, fills, fires and disposes it; a bounded one (user rules) keeps them, because a rule that
 * runs past --rule-timeout is halted from another thread. Each case asks the session its rule
 * fired in, so what is checked is the session a run really uses.
 */
class RuleSessionThreadingTest {

    private static final String RULES = """
            package acme.rules;

            global java.util.List sessions;
            global java.util.concurrent.CountDownLatch started;

            rule "acme-session"
                @id("acme-session")
                @severity("info")
                @title("Records the session it fires in")
                @remediation("Nothing to do; this is a test rule.")
            when
                String()
            then
                sessions.add(kcontext.getKieRuntime());
            end

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

            rule "acme-other"
                @id("acme-other")
                @severity("info")
                @title("Another rule, so that a selection can narrow the base")
                @remediation("Nothing to do; this is a test rule.")
            when
                Integer()
            then
            end
            """;

    @Test
    void anUnboundedBaseFiresInASessionWithoutLocks() {
        assertThat(threadSafeWhereItFires(RuleSession.of(compiled()))).isFalse();
    }

    @Test
    void aBoundedBaseFiresInAThreadSafeSession() {
        assertThat(threadSafeWhereItFires(RuleSession.of(compiled().limitedTo(RuleLimits.DEFAULT)))).isTrue();
    }

    @Test
    void aBoundedBaseWithATimeoutFiresInAThreadSafeSessionOnItsWorker() {
        RuleBase bounded = compiled().limitedTo(new RuleLimits(RuleLimits.DEFAULT_MAX_FIRINGS, Duration.ofSeconds(60)));
        assertThat(threadSafeWhereItFires(RuleSession.of(bounded))).isTrue();
    }

    @Test
    void aNarrowedBoundedBaseKeepsItsLocks() {
        RuleSession narrowed = RuleSession.of(compiled().limitedTo(RuleLimits.DEFAULT))
                .selecting(RuleSelection.of(List.of("acme-session"), List.of()));
        assertThat(threadSafeWhereItFires(narrowed)).isTrue();
    }

    @Test
    void aRunInterruptedWhileARuleRunsEndsWithoutWaitingForTheRule() throws InterruptedException {
        RuleBase bounded = compiled().limitedTo(new RuleLimits(RuleLimits.DEFAULT_MAX_FIRINGS, Duration.ofSeconds(60)));
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                RuleSession.of(bounded).global("sessions", new ArrayList<>()).global("started", started)
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
        assertThat(failure.get()).isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("rule 'acme-waits' was interrupted");
    }

    @Test
    void userRulesCannotBeUnbounded() {
        assertThatThrownBy(() -> compiled().limitedTo(RuleLimits.NONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBuiltInBasesAndTheirShardsAreUnbounded() {
        for (RulePhase phase : RulePhase.values()) {
            assertThat(RuleBase.builtin(phase).limits()).as(phase.name()).isSameAs(RuleLimits.NONE);
        }
        RuleShards.of(RuleBase.builtin()).forEach(shard -> assertThat(shard.limits()).isSameAs(RuleLimits.NONE));
    }

    private static RuleBase compiled() {
        byte[] kjar = new RuleCompiler().compile(KieServices.Factory.get().newReleaseId("acme", "threading", "1"),
                List.of(new RuleSource(Path.of("threading.drl"), "threading.drl", RULES)));
        return RuleBase.load(kjar, "threading test");
    }

    private static boolean threadSafeWhereItFires(RuleSession run) {
        List<Object> sessions = new ArrayList<>();
        run.global("sessions", sessions).global("started", new CountDownLatch(0)).run(facts -> facts.accept("fires"), fact -> false);
        assertThat(sessions).as("the rule fired once").hasSize(1);
        return ((InternalWorkingMemory) sessions.get(0)).getRuleSessionConfiguration().isThreadSafe();
    }
}
