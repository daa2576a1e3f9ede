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

/** The plan as a Markdown checklist ({@code - [ ]}) a team can paste into its tracker. */
final class MarkdownPlan implements PlanRenderer {

    @Override
    public void render(UpgradePlan plan, Writer out) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Upgrade plan: ").append(Markdown.escape(plan.estate())).append(" to Platform Server ").append(Markdown.escape(String.valueOf(plan.target()))).append("\n\n");
        if (plan.blocked()) {
            md.append("> **").append(PlanWording.blockedHeading(plan)).append("**\n>\n");
            for (AuditedFinding f : plan.blocking()) {
                md.append("> - ").append(Markdown.escape(PlanWording.finding(f))).append("\n");
            }
            md.append("\n");
        }
        md.append("Estate: ").append(String.join(", ", plan.files())).append(" (").append(plan.warnings())
                .append(" warnings, ").append(plan.notEvaluated()).append(" checks not evaluated)\n\n");
        md.append("Judged ").append(Markdown.escape(plan.judgedAgainst().describe())).append("\n\n");
        md.append("## Order\n\n");
        int n = 1;
        for (PlannedEnvironment e : plan.order()) {
            md.append(n++).append(". ").append(Markdown.escape(PlanWording.orderLine(e))).append("\n");
        }
        for (PlanPhase phase : PlanWording.phases()) {
            md.append("\n## ").append(PlanWording.numbered(phase)).append("\n");
            String group = "\u0000";
            boolean grouped = phase == PlanPhase.EXECUTION || phase == PlanPhase.TESTING;
            if (!grouped) {
                md.append("\n");
            }
            for (PlanStep step : plan.steps(phase)) {
                if (grouped && !Objects.equals(group, PlanWording.group(step))) {
                    group = PlanWording.group(step);
                    md.append("\n### ").append(Markdown.escape(group)).append("\n\n");
                }
                md.append("- [ ] ").append(Markdown.inline(step.text())).append("\n");
                for (String detail : step.details()) {
                    md.append("  - [ ] ").append(Markdown.inline(detail)).append("\n");
                }
                for (String note : step.notes()) {
                    md.append("  - ").append(Markdown.inline(note)).append("\n");
                }
                for (PlanLink link : step.links()) {
                    md.append("  - see [").append(Markdown.escape(link.title())).append("](").append(link.url()).append(")\n");
                }
            }
        }
        out.write(md.toString());
    }
}
