package dev.estateaudit.report;

import java.io.IOException;
import java.io.Writer;

/** Writes an audit report in one format. */
public interface ReportRenderer {
    void render(AuditReport report, Writer out) throws IOException;
}
