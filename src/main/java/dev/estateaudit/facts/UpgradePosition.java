package dev.estateaudit.facts;

/**
 * An environment's place in the planned {@code upgrade.order} (0 = upgraded first), inserted as a
 * fact of its own so that rules compare positions with an indexed join on the environment's name
 * and an accumulate, instead of searching the list from a rule's condition.
 */
public record UpgradePosition(String environment, int position) {
    public String getEnvironment() { return environment; }
    public int getPosition() { return position; }
}
