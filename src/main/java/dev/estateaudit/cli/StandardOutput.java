package dev.estateaudit.cli;

import dev.estateaudit.report.ReportFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * "Write to --output FILE, else to standard output": the one way every command writes its single
 * report. {@code stdout} is standard output as the report should reach it: wrapped at a width
 * ({@link WidthOption#standardOutput}) or as it is.
 */
final class StandardOutput {

    private StandardOutput() {
    }

    static void write(Path file, Writer stdout, ReportFiles.Content content) throws IOException {
        if (file != null) {
            ReportFiles.write(file, content);
        } else {
            content.writeTo(stdout);
            WidthOption.finish(stdout);
        }
    }
}
