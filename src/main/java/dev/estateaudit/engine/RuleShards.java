package dev.estateaudit.engine;

import dev.estateaudit.estate.EstateModule;
import dev.estateaudit.facts.ModuleReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.drools.model.AccumulatePattern;
import org.drools.model.Condition;
import org.drools.model.Model;
import org.drools.model.Pattern;
import org.drools.model.Rule;

/**
 * A rule base cut in two bases of disjoint rules, run side by side in a session each: the rules
 * that match modules, and all the others. In a large estate the modules are nearly all the facts,
 * so each module is inserted in one session only, and the other session has the environments'
 * joins and sums to itself; at 100k modules the two take about as long (docs/benchmarks.md).
 * <p>
 * Only a base whose rules just report can be cut: the built-in audit rules insert, change and
 * delete no fact (RuleShardsTest holds them to it), so each shard finds exactly what its rules
 * find in a single session, and the findings are put in order afterwards as always. User rules
 * may do anything, and are never cut; nor is a base with internal rules.
 */
final class RuleShards {

    /** The facts there are one or more of for every module. */
    private static final Set<Class<?>> PER_MODULE = Set.of(EstateModule.class, ModuleReference.class);

    private RuleShards() {
    }

    /** The module rules and the others, each with its companions; or {@code base} alone when it cannot be cut or one part is empty. */
    static List<RuleBase> of(RuleBase base) {
        if (base.limits() != RuleLimits.NONE) {
            return List.of(base);
        }
        // read from the rules' conditions, so that no KieBase of all the rules is built to cut it
        Set<String> moduleRules = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Model model : base.models()) {
            for (Rule rule : model.getRules()) {
                String id = base.idOf(rule.getName());
                if (id == null) {
                    return List.of(base); // an internal rule may insert what another rule matches
                }
                ids.add(id);
                if (matchesModules(rule.getView())) {
                    moduleRules.add(id);
                }
            }
        }
        if (moduleRules.isEmpty() || moduleRules.containsAll(ids)) {
            return List.of(base);
        }
        return List.of(base.keeping(rule -> moduleRules.contains(base.idOf(rule.getName()))),
                base.keeping(rule -> !moduleRules.contains(base.idOf(rule.getName()))));
    }

    /** Whether a pattern of {@code condition}, at any depth (inside exists, not, or, accumulate), matches a per-module fact. */
    private static boolean matchesModules(Condition condition) {
        if (condition instanceof AccumulatePattern<?> accumulate) {
            return accumulate.getCondition() != null && matchesModules(accumulate.getCondition())
                    || accumulate.getPattern() != null && matchesModules(accumulate.getPattern());
        }
        if (condition instanceof Pattern<?> pattern) {
            Class<?> type = pattern.getPatternVariable().getType();
            if (PER_MODULE.stream().anyMatch(type::isAssignableFrom)) {
                return true;
            }
        }
        for (Condition sub : condition.getSubConditions()) {
            if (matchesModules(sub)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code work} on each shard, all but the first on threads of their own; the results in shard
     * order. What a shard throws is thrown here, once every shard has finished.
     */
    static <T> List<T> sideBySide(List<RuleBase> shards, Function<RuleBase, T> work) {
        if (shards.size() == 1) {
            return List.of(work.apply(shards.get(0)));
        }
        List<FutureTask<T>> tasks = shards.stream().map(shard -> new FutureTask<>(() -> work.apply(shard))).toList();
        for (int i = 1; i < tasks.size(); i++) {
            Thread thread = new Thread(tasks.get(i), "estate-audit-rules-" + i);
            thread.setDaemon(true);
            try {
                thread.start();
            } catch (OutOfMemoryError noThreadToBeHad) {
                tasks.get(i).run(); // no second thread: the shard runs here, after the others started
            }
        }
        tasks.get(0).run();
        List<T> results = new ArrayList<>(tasks.size());
        Throwable failure = null;
        for (FutureTask<T> task : tasks) {
            try {
                results.add(task.get());
            } catch (ExecutionException e) {
                failure = failure != null ? failure : e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the rules ran", e);
            }
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
        }
        return results;
    }
}
