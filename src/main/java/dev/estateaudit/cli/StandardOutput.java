package dev.estateaudit.cli;

import dev.estateaudit.report.ReportFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** "Write to --output FILE, else to standard output": the one way every command writes its single report. */
final class StandardOutput {

    private StandardOutput() {
    }

    static void write(Path file, PrintWriter stdout, ReportFiles.Content content) throws IOException {
        if (file != null) {
            ReportFiles.write(file, content);
        } else {
            content.writeTo(stdout);
            stdout.flush();
        }
    }
}
