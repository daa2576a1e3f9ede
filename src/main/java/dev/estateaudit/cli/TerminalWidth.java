package dev.estateaudit.cli;

import dev.estateaudit.util.UsageException;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntSupplier;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * How wide the text report may be: {@code --width N} when given (0: never wrap), else, when standard
 * output is a terminal, {@code COLUMNS} when it holds a number (shells set it, and a user can), else
 * the terminal's own width as picocli finds it for its help ({@code stty}, or {@code mode con} on
 * Windows; 80 when it cannot tell). A pipe or a file gets the report unwrapped, as it always did:
 * what a script reads does not change with the window it ran in.
 */
record TerminalWidth(OptionalInt columns) {

    /** Narrower than this, a wrapped report is harder to read than an unwrapped one. */
    static final int MINIMUM = 40;

    static TerminalWidth of(Integer option, boolean terminal, Map<String, String> environment) {
        return of(option, terminal, environment, TerminalWidth::detected);
    }

    static TerminalWidth of(Integer option, boolean terminal, Map<String, String> environment, IntSupplier detect) {
        if (option != null) {
            if (option != 0 && option < MINIMUM) {
                throw new UsageException("--width: " + option + " is too narrow: give " + MINIMUM + " or more, or 0 not to wrap");
            }
            return new TerminalWidth(option == 0 ? OptionalInt.empty() : OptionalInt.of(option));
        }
        if (!terminal) {
            return new TerminalWidth(OptionalInt.empty());
        }
        String columns = environment.get("COLUMNS");
        if (columns != null && columns.strip().matches("\\d{1,4}") && Integer.parseInt(columns.strip()) >= MINIMUM) {
            return new TerminalWidth(OptionalInt.of(Integer.parseInt(columns.strip())));
        }
        return new TerminalWidth(OptionalInt.of(Math.max(MINIMUM, detect.getAsInt())));
    }

    /** picocli's detection, which its help uses: asked only on a terminal, since it starts a process. */
    private static int detected() {
        return new UsageMessageSpec().autoWidth(true).width();
    }
}
