package dev.estateaudit.facts;

import java.util.function.Consumer;

/**
 * Where facts go that can tell beforehand which types it keeps: a rule session passes on only
 * the facts some rule can match, so a fact of a type it would drop need not be made at all
 * (a million module references, say, which no built-in rule matches).
 */
public interface FactSink extends Consumer<Object> {

    /** Whether a fact of {@code type} would be kept. */
    boolean keeps(Class<?> type);

    /** Whether {@code session} keeps facts of {@code type}; a plain consumer keeps everything. */
    static boolean keeps(Consumer<Object> session, Class<?> type) {
        return !(session instanceof FactSink sink) || sink.keeps(type);
    }
}
