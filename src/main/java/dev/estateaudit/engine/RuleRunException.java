package dev.estateaudit.engine;

/**
 * A rule that failed while it ran, as opposed to one that did not compile
 * ({@link RuleCompilationException}): its consequence threw, or it went past the bounds of user
 * rules (firings, time, stack, memory). The message names the rule base and the rule.
 */
public class RuleRunException extends RuntimeException {

    public RuleRunException(String message) {
        super(message, null, false, false);
    }
}
