package dev.estateaudit.report;

import dev.estateaudit.estate.LifeTime;
import dev.estateaudit.plan.AuditedFinding;
import dev.estateaudit.plan.PlanPhase;
import dev.estateaudit.plan.PlanStep;
import dev.estateaudit.plan.PlannedEnvironment;
import dev.estateaudit.plan.UpgradePlan;
import dev.estateaudit.plan.UpgradeSlot;
import java.util.List;

/** Phrases every plan format shares, so text, Markdown and HTML say the same thing. */
final class PlanWording {

    private PlanWording() {
    }

    static String title(UpgradePlan plan) {
        return "Upgrade plan: " + plan.estate() + " to Platform Server " + plan.target();
    }

    static String blockedHeading(UpgradePlan plan) {
        int n = plan.blocking().size();
        return "BLOCKED: " + n + " error" + (n == 1 ? "" : "s") + " must be fixed before the upgrade (see phase 1)";
    }

    static String finding(AuditedFinding f) {
        return "[" + f.getRuleId() + "] " + (f.getEnvironment() == null ? "" : f.getEnvironment()
                + (f.getModule() == null ? "" : " / " + f.getModule()) + ": ") + f.getMessage();
    }

    static String orderLine(PlannedEnvironment e) {
        StringBuilder sb = new StringBuilder(e.name());
        if (UpgradeSlot.LIFETIME.equals(e.name())) {
            sb.append(" (Platform Server ").append(e.platformVersion()).append(")");
        } else {
            sb.append(" (").append(e.role()).append(e.hosting() == null ? "" : ", " + e.hosting())
                    .append(", ").append(e.platformVersion()).append(")");
        }
        if (e.upToDate()) {
            sb.append(": already on the target");
        } else if (e.strategy() != null) {
            sb.append(": ").append(e.strategy()).append(", because ").append(e.reason());
        }
        return sb.toString();
    }

    /** The heading of a group of execution or testing steps: the estate, LifeTime or an environment. */
    static String group(PlanStep step) {
        return step.environment() == null ? "Whole estate" : step.environment();
    }

    static List<PlanPhase> phases() {
        return List.of(PlanPhase.values());
    }

    static String numbered(PlanPhase phase) {
        return (phase.ordinal() + 1) + ". " + phase.title();
    }
}
