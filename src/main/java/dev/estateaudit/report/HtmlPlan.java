package dev.estateaudit.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.estateaudit.plan.UpgradePlan;
import dev.estateaudit.util.ToolVersion;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * The plan as one self-contained HTML page (inline style and SVG, no scripts, nothing fetched):
 * the report's staging diagram with each environment's order and strategy, the order, then the
 * checklist. Rendered by Mustache from html-plan.mustache, which escapes every value.
 */
final class HtmlPlan implements PlanRenderer {

    private static final Mustache MUSTACHE = new DefaultMustacheFactory().compile("dev/estateaudit/report/html-plan.mustache");

    @Override
    public void render(UpgradePlan plan, Writer out) throws IOException {
        // rendered whole first: Mustache wraps writer failures in its own runtime exception
        StringWriter page = new StringWriter();
        MUSTACHE.execute(page, new HtmlPlanModel(plan, ToolVersion.get())).flush();
        out.write(page.toString());
    }
}
