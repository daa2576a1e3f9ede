package dev.estateaudit.plan;

/** The strategy a plan rule chose for an environment's upgrade, and why. */
public record EnvironmentStrategy(String environment, PlannedStrategy strategy, String reason) {
    public String getEnvironment() { return environment; }
    public PlannedStrategy getStrategy() { return strategy; }
    public String getReason() { return reason; }
    public boolean isZeroDowntime() { return strategy == PlannedStrategy.ZERO_DOWNTIME; }
}
