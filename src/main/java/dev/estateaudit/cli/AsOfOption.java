package dev.estateaudit.cli;

import dev.estateaudit.util.UsageException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** {@code --as-of DATE}: the day support ends (and waivers) are judged as of; today in UTC when not given. */
public final class AsOfOption {

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Judge support ends and other dates as of this day (YYYY-MM-DD) instead of today (UTC), for reproducible runs.")
    String asOf;

    LocalDate date() {
        return parse(asOf, "--as-of");
    }

    /** {@code text} as a day, today in UTC when null; a bad one is a usage error naming {@code where} it came from. */
    static LocalDate parse(String text, String where) {
        if (text == null) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new UsageException(where + ": '" + text + "' is not a date; write it as YYYY-MM-DD");
        }
    }
}
