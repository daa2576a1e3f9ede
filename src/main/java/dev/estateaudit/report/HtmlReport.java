package dev.estateaudit.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.io.StringWriter;
import java.io.Writer;

/**
 * One self-contained HTML page (inline CSS, SVG and script; a Content-Security-Policy that allows
 * no network and no script but its own, by hash) for the upgrade board: summary, charts, the staging pipeline and the findings,
 * filterable. Rendered by Mustache from html-report.mustache, which escapes every value.
 */
public final class HtmlReport implements ReportRenderer {

    private static final String TEMPLATE = "dev/estateaudit/report/html-report.mustache";
    private static final Mustache MUSTACHE = compile();

    /** Where the template's CSP names its script, replaced by the script's hash when the template is loaded. */
    static final String SCRIPT_HASH = "'SCRIPT-HASH'";

    private static Mustache compile() {
        return compileWithScriptHash(TEMPLATE);
    }

    /** A page template whose one static script the CSP allows by its hash (the report's, the plan's). */
    static Mustache compileWithScriptHash(String templateName) {
        MustacheFactory factory = new DefaultMustacheFactory();
        String template = withScriptHash(readTemplate(templateName), templateName);
        return factory.compile(new StringReader(template), templateName);
    }

    /**
     * The page runs its own script only: the CSP allows it by its SHA-256, never 'unsafe-inline',
     * so markup that slipped into a value could not run a script even if escaping failed.
     */
    static String withScriptHash(String template) {
        return withScriptHash(template, TEMPLATE);
    }

    static String withScriptHash(String template, String templateName) {
        int open = template.indexOf("<script>");
        int close = template.indexOf("</script>", open);
        if (open < 0 || close < 0 || template.indexOf("<script", close) >= 0 || template.lastIndexOf("{{", close) > open) {
            throw new IllegalStateException(templateName + ": expected one static <script> element");
        }
        String script = template.substring(open + "<script>".length(), close);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return template.replace(SCRIPT_HASH, "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String readTemplate(String templateName) {
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(templateName)) {
            if (in == null) {
                throw new IllegalStateException(templateName + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void render(AuditReport report, Writer out) throws IOException {
        // rendered whole first: Mustache wraps writer failures in its own runtime exception
        StringWriter page = new StringWriter();
        MUSTACHE.execute(page, new HtmlReportModel(report)).flush();
        out.write(page.toString());
    }
}
