package dev.estateaudit.plan;

import dev.estateaudit.estate.UpgradeStrategy;

/** The strategy a plan rule chose for an environment's upgrade, and why. */
public record EnvironmentStrategy(String environment, UpgradeStrategy strategy, String reason) {
    public String getEnvironment() { return environment; }
    public UpgradeStrategy getStrategy() { return strategy; }
    public String getReason() { return reason; }
    public boolean isZeroDowntime() { return strategy == UpgradeStrategy.ZERO_DOWNTIME; }
}
