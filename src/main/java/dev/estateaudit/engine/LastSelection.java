package dev.estateaudit.engine;

import java.util.function.Function;

/**
 * What a rule base made for the last selection asked of it, and only that: the base or shards
 * prepared in the background are then the ones the audit runs, and a readiness matrix, which
 * audits one estate once per target with one selection, builds them once. Its own lock, not the
 * base's: a background build holding it leaves the base's other methods free.
 */
final class LastSelection<T> {

    private RuleSelection selection;
    private T value;

    synchronized T get(RuleSelection wanted, Function<RuleSelection, T> make) {
        if (value == null || selection != wanted) {
            value = make.apply(wanted);
            selection = wanted;
        }
        return value;
    }
}
