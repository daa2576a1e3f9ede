package dev.estateaudit.plan;

import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.engine.RuleBase;
import dev.estateaudit.engine.RulePhase;
import dev.estateaudit.engine.RuleSession;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.Version;
import dev.estateaudit.facts.EstateFacts;
import dev.estateaudit.findings.AuditResult;
import dev.estateaudit.findings.Finding;
import dev.estateaudit.findings.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives an estate's upgrade plan: audits it (the same rules as {@code check}), then runs the
 * plan rules of rules/plan over the same facts plus the audit's findings. The rules decide the
 * order, the strategies and the steps; this class only hands facts in and collects the result.
 */
public final class Planner {

    private final AuditEngine engine;

    public Planner(AuditEngine engine) {
        this.engine = engine;
    }

    /** Plans the upgrade to the estate's upgrade.targetVersion (set it first, e.g. from --target-version). */
    public UpgradePlan plan(Estate estate) {
        Version target = estate.getUpgrade().getTargetVersion();
        AuditResult audit = engine.audit(estate);
        PlanSink sink = new PlanSink();
        RuleSession.Outcome outcome = RuleSession.of(RuleBase.builtin(RulePhase.PLAN)).global(PlanSink.GLOBAL, sink).run(session -> {
            EstateFacts.insert(estate, engine.knowledge(), audit.judgedAgainst().asOf(), session);
            session.accept(new PlanTarget(target));
            session.accept(new AuditSummary(audit.count(Severity.ERROR), audit.count(Severity.WARNING), audit.notEvaluated().size()));
            for (Finding f : audit.findings()) {
                session.accept(AuditedFinding.of(f));
            }
            List<EstateEnvironment> environments = estate.getEnvironments();
            for (int i = 0; i < environments.size(); i++) {
                session.accept(new FilePosition(environments.get(i).getName(), i));
            }
        }, fact -> fact instanceof UpgradeSlot || fact instanceof EnvironmentStrategy);
        List<UpgradeSlot> slots = new ArrayList<>();
        Map<String, EnvironmentStrategy> strategies = new HashMap<>();
        for (Object fact : outcome.collected()) {
            if (fact instanceof UpgradeSlot slot) {
                slots.add(slot);
            } else if (fact instanceof EnvironmentStrategy s) {
                strategies.putIfAbsent(s.environment(), s);
            }
        }
        slots.sort(Comparator.comparingInt(UpgradeSlot::getPosition).thenComparing(UpgradeSlot::getEnvironment));
        FixOrder fixOrder = new FixOrder(slots.stream().map(UpgradeSlot::getEnvironment).toList());
        List<AuditedFinding> blocking = audit.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(AuditedFinding::of).sorted(fixOrder.audited()).toList();
        return new UpgradePlan(estate.getName(), estate.getFiles(), target.toString(), blocking,
                audit.count(Severity.WARNING), audit.notEvaluated().size(), order(estate, target, slots, strategies), sink.steps(blocking), estate,
                audit.judgedAgainst());
    }

    private static List<PlannedEnvironment> order(Estate estate, Version target, List<UpgradeSlot> slots,
            Map<String, EnvironmentStrategy> strategies) {
        Map<String, EstateEnvironment> byName = new HashMap<>();
        estate.getEnvironments().forEach(e -> byName.put(e.getName(), e));
        List<PlannedEnvironment> order = new ArrayList<>();
        for (UpgradeSlot slot : slots) {
            EstateEnvironment env = byName.get(slot.getEnvironment());
            if (env == null) {
                Version lifetime = estate.getLifetime().getPlatformVersion();
                order.add(new PlannedEnvironment(UpgradeSlot.LIFETIME, "lifetime", null, lifetime.toString(), null, null,
                        slot.getBasis(), !lifetime.isOlderThan(target)));
                continue;
            }
            EnvironmentStrategy strategy = strategies.get(env.getName());
            order.add(new PlannedEnvironment(env.getName(), label(env.getRole()), label(env.getHosting()),
                    env.getPlatformVersion().toString(), strategy == null ? null : strategy.strategy(),
                    strategy == null ? null : strategy.reason(), slot.getBasis(), !env.getPlatformVersion().isOlderThan(target)));
        }
        return order;
    }

    private static String label(Object value) {
        return value == null ? null : value.toString();
    }
}
