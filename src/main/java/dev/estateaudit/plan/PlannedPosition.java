package dev.estateaudit.plan;

/** An environment's place in upgrade.order, derived so that rules join on it with ==. */
public record PlannedPosition(String environment, int position) {
    public String getEnvironment() { return environment; }
    public int getPosition() { return position; }
}
