package dev.estateaudit.report;

import java.io.IOException;
import java.io.Writer;

public final class HtmlReport implements ReportRenderer {
    @Override
    public void render(AuditReport report, Writer out) throws IOException {
        throw new UnsupportedOperationException("soon");
    }
}
