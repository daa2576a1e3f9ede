package dev.estateaudit.plan;

import dev.estateaudit.estate.Version;

/** The request the plan rules answer: plan this estate's upgrade to {@code version}. Only plan sessions hold it. */
public record PlanTarget(Version version) {
    public Version getVersion() { return version; }
    public int getMajor() { return version.getMajor(); }
}
