package dev.estateaudit.engine;

import dev.estateaudit.findings.Finding;
import dev.estateaudit.findings.FindingSink;
import dev.estateaudit.findings.NotEvaluated;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.runtime.KieSession;
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

    private RuleSession(RuleBase base) {
        this.base = base;
    }

    public static RuleSession of(RuleBase base) {
        return new RuleSession(base);
    }

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
            fire(session);
            List<Object> collected = List.copyOf(session.getObjects(collect::test));
            return new Outcome(sink.findings(), sink.notEvaluated(), collected);
        } finally {
            session.dispose();
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

    private void fire(KieSession session) {
        try {
            session.fireAllRules(selection.filter(base::idOf));
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new RuleCompilationException(List.of(base.origin() + ": rule '" + e.getRule().getName()
                    + "' failed while running: " + cause));
        }
    }
}
