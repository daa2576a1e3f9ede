package dev.estateaudit.cli;

import dev.estateaudit.util.WrappingWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import java.util.OptionalInt;
import picocli.CommandLine.Option;

/**
 * {@code --width}: the columns check's text report (or readiness matrix) and plan's text plan are
 * wrapped at on standard output ({@link TerminalWidth} says how the default is found). Other
 * formats are never wrapped.
 */
final class WidthOption {

    @Option(names = "--width", paramLabel = "COLUMNS",
            description = "Wrap the text format on standard output (check's report or matrix, plan's plan) at COLUMNS (0: never). By default "
                    + "it is wrapped to the terminal's width when standard output is a terminal (COLUMNS, else the terminal's own), "
                    + "and never on a pipe.")
    Integer width;

    /** Refuses a width too narrow to read (or below zero) before any work is done, whatever goes where. */
    void validate() {
        TerminalWidth.of(width, false, Map.of());
    }

    /** Standard output, wrapped at the width when there is one; {@link #finish} it once the text is written. */
    Writer standardOutput(PrintWriter out, boolean terminal, Map<String, String> environment) {
        OptionalInt columns = TerminalWidth.of(width, terminal, environment).columns();
        return columns.isPresent() ? new WrappingWriter(out, columns.getAsInt()) : out;
    }

    /** Writes the last wrapped line and flushes standard output, which stays open. */
    static void finish(Writer out) throws IOException {
        if (out instanceof WrappingWriter wrapping) {
            wrapping.close();
        } else {
            out.flush();
        }
    }
}
