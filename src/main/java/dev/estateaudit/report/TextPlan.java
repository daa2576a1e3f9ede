package dev.estateaudit.report;

import dev.estateaudit.plan.AuditedFinding;
import dev.estateaudit.plan.PlanLink;
import dev.estateaudit.plan.PlanPhase;
import dev.estateaudit.plan.PlanStep;
import dev.estateaudit.plan.PlannedEnvironment;
import dev.estateaudit.plan.UpgradePlan;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/** The plan as plain text, for a terminal. */
final class TextPlan implements PlanRenderer {

    @Override
    public void render(UpgradePlan plan, Writer raw) throws IOException {
        // no colour here: every control character in the output came from input and is shown escaped
        Writer out = new dev.estateaudit.util.EscapingWriter(raw);
        StringBuilder text = new StringBuilder();
        text.append(PlanWording.title(plan)).append("\n");
        text.append("Estate: ").append(String.join(", ", plan.files())).append("\n");
        text.append("Judged ").append(plan.judgedAgainst().describe()).append("\n");
        if (plan.blocked()) {
            text.append("\n").append(PlanWording.blockedHeading(plan)).append("\n");
            for (AuditedFinding f : plan.blocking()) {
                text.append("  ").append(PlanWording.finding(f)).append("\n");
            }
        }
        text.append("\nORDER\n");
        int n = 1;
        for (PlannedEnvironment e : plan.order()) {
            text.append("  ").append(n++).append(". ").append(PlanWording.orderLine(e)).append("\n");
        }
        for (PlanPhase phase : PlanWording.phases()) {
            text.append("\n").append(PlanWording.numbered(phase).toUpperCase(java.util.Locale.ROOT)).append("\n");
            String group = "\u0000";
            for (PlanStep step : plan.steps(phase)) {
                if (!Objects.equals(group, PlanWording.group(step))) {
                    group = PlanWording.group(step);
                    text.append("  ").append(group).append("\n");
                }
                text.append("    [ ] ").append(step.text()).append("\n");
                for (String detail : step.details()) {
                    text.append("        [ ] ").append(detail).append("\n");
                }
                for (String note : step.notes()) {
                    text.append("        note: ").append(note).append("\n");
                }
                for (PlanLink link : step.links()) {
                    text.append("        see: ").append(link.title()).append(" <").append(link.url()).append(">\n");
                }
            }
        }
        out.write(text.toString());
    }
}
