package dev.estateaudit.engine;

import dev.estateaudit.findings.Finding;
import dev.estateaudit.findings.FindingSink;
import dev.estateaudit.findings.NotEvaluated;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * One run of one rule base: the same path for the audit, the waiver review and the plan. Facts go
 * in (only those some rule of the base can match), the selected rules fire, and what they reported
 * through the {@code findings} global and the facts they inserted come out. The session never
 * outlives the call.
 */
public final class RuleSession {

    /** What a run left behind: findings, not-evaluated subjects and the collected facts, in insertion order. */
    public record Outcome(List<Finding> findings, List<NotEvaluated> notEvaluated, List<Object> collected) {
    }

    private final RuleBase base;
    private final Map<String, Object> globals = new LinkedHashMap<>();
    private RuleSelection selection = RuleSelection.ALL;
    /** Set when a rule is still running on its thread: disposing would wait for it forever. */
    private boolean abandoned;

    private RuleSession(RuleBase base) {
        this.base = base;
    }

    public static RuleSession of(RuleBase base) {
        return new RuleSession(base);
    }

    /** Fires only the selected rules (see {@link RuleSelection}); internal rules always fire. */
    public RuleSession selecting(RuleSelection rules) {
        this.selection = rules;
        return this;
    }

    /** Another global the base's rules declare (the plan's {@code plan}, say). */
    public RuleSession global(String name, Object value) {
        globals.put(name, value);
        return this;
    }

    /**
     * Inserts the facts {@code facts} hands over, fires, and collects the facts in working memory
     * that {@code collect} accepts.
     */
    public Outcome run(Consumer<Consumer<Object>> facts, Predicate<Object> collect) {
        FindingSink sink = new FindingSink(base::describe);
        KieSession session = base.kieBase().newKieSession();
        try {
            if (declares(FindingSink.GLOBAL)) {
                session.setGlobal(FindingSink.GLOBAL, sink);
            }
            globals.forEach(session::setGlobal);
            facts.accept(base.onlyMatchable(session::insert));
            fire(session, selection.filter(base::idOf), base.limits());
            List<Object> collected = List.copyOf(session.getObjects(collect::test));
            return new Outcome(sink.findings(), sink.notEvaluated(), collected);
        } finally {
            if (!abandoned) {
                session.dispose();
            }
        }
    }

    private boolean declares(String global) {
        for (KiePackage pkg : base.kieBase().getKiePackages()) {
            for (Global g : pkg.getGlobalVariables()) {
                if (g.getName().equals(global)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The built-in rules fire unbounded; user rules within their limits, watched for the rule that runs away. */
    private void fire(KieSession session, AgendaFilter filter, Optional<RuleLimits> limits) {
        if (limits.isEmpty()) {
            try {
                session.fireAllRules(filter);
            } catch (ConsequenceException e) {
                throw failed(e);
            }
            return;
        }
        fireBounded(session, filter, limits.get());
    }

    private void fireBounded(KieSession session, AgendaFilter filter, RuleLimits limits) {
        LastFired last = new LastFired();
        session.addEventListener(last);
        if (limits.timeout() == null) {
            fireWithin(session, filter, limits, last);
            return;
        }
        // a rule stuck in a loop of its own never returns to Drools, so the run waits for it on another thread
        FutureTask<Void> firing = new FutureTask<>(() -> {
            fireWithin(session, filter, limits, last);
            return null;
        });
        Thread worker = new Thread(null, firing, "estate-audit-rules", 0);
        worker.setDaemon(true);
        worker.start();
        try {
            firing.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            session.halt();
            worker.interrupt();
            abandoned = true;
            throw runaway(last, "was still running after " + seconds(limits.timeout()) + " (--rule-timeout)");
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.halt();
            worker.interrupt();
            abandoned = true; // the rule may still be running: disposing would wait for it
            throw runaway(last, "was interrupted");
        }
    }

    private RuleRunException failed(ConsequenceException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return new RuleRunException(base.origin() + ": rule '" + e.getRule().getName() + "' failed while running: " + cause);
    }

    private void fireWithin(KieSession session, AgendaFilter filter, RuleLimits limits, LastFired last) {
        try {
            int max = (int) Math.min(Integer.MAX_VALUE, limits.maxFirings());
            if (session.fireAllRules(filter, max) >= max && max < Integer.MAX_VALUE && session.fireAllRules(filter, 1) > 0) {
                throw runaway(last, "fired more than " + limits.maxFirings()
                        + " times in all (--max-rule-firings); a rule that modifies its own facts needs no-loop or a guard");
            }
        } catch (ConsequenceException e) {
            throw failed(e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw runaway(last, e instanceof StackOverflowError ? "recursed until the stack ran out"
                    : "exhausted the memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB heap)");
        }
    }

    private RuleRunException runaway(LastFired last, String what) {
        String rule = last.name == null ? "a rule" : "rule '" + last.name + "'";
        return new RuleRunException(base.origin() + ": " + rule + " " + what);
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    /** The rule firing now, or fired last: the one a runaway is blamed on. */
    private static final class LastFired extends DefaultAgendaEventListener {
        private volatile String name;

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            name = event.getMatch().getRule().getName();
        }
    }
}
