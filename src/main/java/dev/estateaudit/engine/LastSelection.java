package dev.estateaudit.engine;

import dev.estateaudit.util.Prefetch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * What a rule base made for the last selection asked of it, and only that (and the selection it
 * last started making it for in the background): the base or shards
 * prepared in the background are then the ones the audit runs, and a readiness matrix, which
 * audits one estate once per target with one selection, builds them once. Its own lock, not the
 * base's: a background build holding it leaves the base's other methods free.
 */
final class LastSelection<T> {

    private RuleSelection selection;
    private T value;
    /** Not guarded by the lock, which the background work holds while the main thread prepares. */
    private final AtomicReference<RuleSelection> prepared = new AtomicReference<>();

    synchronized T get(RuleSelection wanted, Function<RuleSelection, T> make) {
        if (value == null || selection != wanted) {
            value = make.apply(wanted);
            selection = wanted;
        }
        return value;
    }

    /**
     * Starts {@code work} for {@code wanted} on a background thread, unless it was started for
     * that selection last: asked again (the CLI prepares the built-in base before compiling user
     * rules, then every base), a second thread would only wait for the first.
     */
    void prepare(RuleSelection wanted, String name, Runnable work) {
        if (prepared.getAndSet(wanted) != wanted) {
            Prefetch.start(name, work);
        }
    }
}
