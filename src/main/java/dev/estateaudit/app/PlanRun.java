package dev.estateaudit.app;

import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.engine.RuleBase;
import dev.estateaudit.engine.RulePhase;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.estate.Version;
import dev.estateaudit.plan.Planner;
import dev.estateaudit.plan.UpgradePlan;
import dev.estateaudit.util.UsageException;
import java.nio.file.Path;
import java.util.List;

/** The {@code plan} use case: read the estate, audit it, and derive its upgrade plan. */
public final class PlanRun {

    private final AuditEngine engine;

    public PlanRun(AuditEngine engine) {
        this.engine = engine;
    }

    /** The plan to {@code target}, or to the estate's upgrade.targetVersion when null. */
    public UpgradePlan plan(List<Path> estateFiles, Version target) {
        RuleBase.buildInBackground(RulePhase.PLAN);
        Estate loaded = new EstateLoader().load(estateFiles);
        Estate estate = target == null ? loaded : loaded.withTargetVersion(target);
        if (!estate.isUpgradePlanned()) {
            throw new UsageException("no target version: give --target-version V or upgrade.targetVersion in the estate file");
        }
        return new Planner(engine).plan(estate);
    }
}
