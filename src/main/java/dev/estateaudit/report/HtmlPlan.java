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

/** The plan as one self-contained HTML page (inline style, no scripts, nothing fetched). */
final class HtmlPlan implements PlanRenderer {

    private static final String STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
            + ".blocked{border:2px solid #b00;padding:.5em 1em;background:#fee}"
            + "ul.steps{list-style:none;padding-left:0}ul.steps>li{margin:.4em 0}ul.details{margin:.2em 0 0 2em}";

    @Override
    public void render(UpgradePlan plan, Writer out) throws IOException {
        StringBuilder html = new StringBuilder();
        String title = esc(PlanWording.title(plan));
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n<title>").append(title)
                .append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n<h1>").append(title).append("</h1>\n");
        if (plan.blocked()) {
            html.append("<div class=\"blocked\">\n<p><strong>").append(esc(PlanWording.blockedHeading(plan))).append("</strong></p>\n<ul>\n");
            for (AuditedFinding f : plan.blocking()) {
                html.append("<li>").append(esc(PlanWording.finding(f))).append("</li>\n");
            }
            html.append("</ul>\n</div>\n");
        }
        html.append("<h2>Order</h2>\n<ol>\n");
        for (PlannedEnvironment e : plan.order()) {
            html.append("<li>").append(esc(PlanWording.orderLine(e))).append("</li>\n");
        }
        html.append("</ol>\n");
        for (PlanPhase phase : PlanWording.phases()) {
            html.append("<h2>").append(esc(PlanWording.numbered(phase))).append("</h2>\n");
            String group = "\u0000";
            boolean open = false;
            for (PlanStep step : plan.steps(phase)) {
                if (!Objects.equals(group, PlanWording.group(step))) {
                    if (open) {
                        html.append("</ul>\n");
                    }
                    group = PlanWording.group(step);
                    html.append("<h3>").append(esc(group)).append("</h3>\n<ul class=\"steps\">\n");
                    open = true;
                }
                html.append("<li><label><input type=\"checkbox\"> ").append(esc(step.text())).append("</label>");
                if (!step.details().isEmpty() || !step.notes().isEmpty() || !step.links().isEmpty()) {
                    html.append("\n<ul class=\"details\">\n");
                    for (String detail : step.details()) {
                        html.append("<li><label><input type=\"checkbox\"> ").append(esc(detail)).append("</label></li>\n");
                    }
                    for (String note : step.notes()) {
                        html.append("<li>").append(esc(note)).append("</li>\n");
                    }
                    for (PlanLink link : step.links()) {
                        html.append("<li>see <a href=\"").append(esc(link.url())).append("\">").append(esc(link.title())).append("</a></li>\n");
                    }
                    html.append("</ul>\n");
                }
                html.append("</li>\n");
            }
            if (open) {
                html.append("</ul>\n");
            }
        }
        html.append("</body>\n</html>\n");
        out.write(html.toString());
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
