package dev.estateaudit.report;

import dev.estateaudit.util.OutputFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes report files whole or not at all: every report of the run is rendered before any reaches
 * its target, so a pipeline never reads half a report, nor a fresh SARIF file beside a stale HTML
 * one when a renderer fails. How each target is written (replaced, through a link, or directly
 * for a device) is {@link OutputFiles}'s part.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    public static void write(Path target, AuditReport report, ReportRenderer renderer) throws IOException {
        writeAll(Map.of(target, renderer), report);
    }

    /** Something written to a file in one go (a plan, a readiness matrix...). */
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    public static void write(Path target, Content content) throws IOException {
        OutputFiles.write(target, content::writeTo);
    }

    /** Renders every report to a temporary file first, then puts them all in place. */
    public static void writeAll(Map<Path, ReportRenderer> targets, AuditReport report) throws IOException {
        Map<Path, OutputFiles.Body> bodies = new LinkedHashMap<>();
        targets.forEach((path, renderer) -> bodies.put(path, out -> renderer.render(report, out)));
        OutputFiles.writeAll(bodies);
    }
}
