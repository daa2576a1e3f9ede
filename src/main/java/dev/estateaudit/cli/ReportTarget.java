package dev.estateaudit.cli;

import dev.estateaudit.report.ReportFormat;
import dev.estateaudit.util.UsageException;
import java.nio.file.Path;

/**
 * One {@code --output} value: {@code FORMAT=FILE} names its own format; a bare {@code FILE} takes
 * the {@code --format} one ({@code bare}), and then standard output stays quiet. A file name that merely contains '=' stays a file name.
 */
record ReportTarget(ReportFormat format, Path file, boolean bare) {

    static ReportTarget parse(String value, ReportFormat defaultFormat) {
        int equals = value.indexOf('=');
        if (equals > 0) {
            String prefix = value.substring(0, equals);
            for (ReportFormat f : ReportFormat.values()) {
                if (f.label().equalsIgnoreCase(prefix.trim())) {
                    String file = value.substring(equals + 1);
                    if (file.isBlank()) {
                        throw new UsageException("--output " + value + ": no file after '='");
                    }
                    return new ReportTarget(f, Path.of(file), false);
                }
            }
        }
        if (value.isBlank()) {
            throw new UsageException("--output: empty file name");
        }
        return new ReportTarget(defaultFormat, Path.of(value), true);
    }
}
