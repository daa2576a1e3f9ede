package dev.estateaudit.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * One self-contained HTML page (inline CSS, SVG and script; a Content-Security-Policy that allows
 * no network) for the upgrade board: summary, charts, the staging pipeline and the findings,
 * filterable. Rendered by Mustache from html-report.mustache, which escapes every value.
 */
public final class HtmlReport implements ReportRenderer {

    private static final String TEMPLATE = "dev/estateaudit/report/html-report.mustache";
    private static final Mustache MUSTACHE = compile();

    private static Mustache compile() {
        MustacheFactory factory = new DefaultMustacheFactory();
        return factory.compile(TEMPLATE);
    }

    @Override
    public void render(AuditReport report, Writer out) throws IOException {
        // rendered whole first: Mustache wraps writer failures in its own runtime exception
        StringWriter page = new StringWriter();
        MUSTACHE.execute(page, new HtmlReportModel(report)).flush();
        out.write(page.toString());
    }
}
