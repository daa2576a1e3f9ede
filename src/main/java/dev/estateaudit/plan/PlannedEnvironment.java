package dev.estateaudit.plan;

import dev.estateaudit.estate.LifeTime;

/**
 * One upgrade in the plan's order: LifeTime or an environment, with the strategy chosen for it.
 * {@code strategy} and {@code reason} are null for LifeTime; {@code upToDate} when the
 * environment already runs the target. The JSON plan writes the strategy's label
 * ({@code by-outsystems}), the text plan its words ("upgraded by OutSystems").
 */
public record PlannedEnvironment(String name, String role, String hosting, String platformVersion, PlannedStrategy strategy,
                                 String reason, String basis, boolean upToDate) {
}
