package dev.estateaudit.cli;

import dev.estateaudit.util.WrappingWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import java.util.OptionalInt;
import picocli.CommandLine.Option;

/**
 * {@code --width}: the columns text written to standard output is wrapped at, check's text report
 * and plan's text plan alike ({@link TerminalWidth} says how the default is found).
 */
final class WidthOption {

    @Option(names = "--width", paramLabel = "COLUMNS",
            description = "Wrap text on standard output at COLUMNS (0: never). By default it is wrapped to the "
                    + "terminal's width when standard output is a terminal (COLUMNS, else the terminal's own), and never on a pipe.")
    Integer width;

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
