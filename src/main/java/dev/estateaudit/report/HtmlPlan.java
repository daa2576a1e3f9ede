package dev.estateaudit.report;

import com.github.mustachejava.Mustache;
import dev.estateaudit.plan.UpgradePlan;
import dev.estateaudit.util.ToolVersion;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * The plan as one self-contained HTML page (inline style and SVG, nothing fetched; its one script,
 * allowed by the CSP by its hash, keeps the checklist's ticks in the browser's storage across
 * reloads): the report's staging diagram with each environment's order and strategy, the order,
 * then the checklist. Rendered by Mustache from html-plan.mustache, which escapes every value but
 * the steps' own inline Markdown, rendered from escaped text ({@link InlineMarkdown}).
 */
final class HtmlPlan implements PlanRenderer {

    private static final Mustache MUSTACHE = HtmlReport.compileWithScriptHash("dev/estateaudit/report/html-plan.mustache");

    @Override
    public void render(UpgradePlan plan, Writer out) throws IOException {
        // rendered whole first: Mustache wraps writer failures in its own runtime exception
        StringWriter page = new StringWriter();
        MUSTACHE.execute(page, new HtmlPlanModel(plan, ToolVersion.get())).flush();
        out.write(page.toString());
    }
}
