package dev.estateaudit.cli;

import dev.estateaudit.report.ReportFormat;
import dev.estateaudit.util.UsageException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One {@code --output} value: {@code FORMAT=FILE} names its own format; a bare {@code FILE} takes
 * the {@code --format} one ({@code bare}), and then standard output stays quiet. An '=' with no
 * folder separator before it always follows a format, so a mistyped format ({@code jsn=out.json})
 * is refused rather than taken for a file name; a file whose name holds '=' is written with its
 * folder ({@code ./a=b.json}). A value ending in a separator names a folder, not a report: refused.
 */
record ReportTarget(ReportFormat format, Path file, boolean bare) {

    static ReportTarget parse(String value, ReportFormat defaultFormat) {
        if (value.isBlank()) {
            throw new UsageException("--output: empty file name");
        }
        int equals = value.indexOf('=');
        String prefix = equals < 0 ? null : value.substring(0, equals);
        if (prefix == null || prefix.contains("/") || prefix.contains("\\")) {
            return new ReportTarget(defaultFormat, file(value, value), true);
        }
        if (prefix.isBlank()) {
            throw new UsageException("--output " + value + ": no format before '=' (" + known() + ")");
        }
        ReportFormat format;
        try {
            format = ReportFormat.parse(prefix);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--output " + value + ": unknown format '" + prefix.trim() + "' (" + known()
                    + "); a file whose name holds '=' is written as ./" + value);
        }
        String file = value.substring(equals + 1);
        if (file.isBlank()) {
            throw new UsageException("--output " + value + ": no file after '='");
        }
        return new ReportTarget(format, file(file, value), false);
    }

    /** The report's path; a name ending in a folder separator ("reports/") is a folder, never a report's name. */
    private static Path file(String name, String value) {
        if (name.endsWith("/") || name.endsWith("\\")) {
            throw new UsageException("--output " + value + ": names a folder; give the report a file name inside it");
        }
        return Path.of(name);
    }

    private static String known() {
        return "known formats: " + String.join(", ", Arrays.stream(ReportFormat.values()).map(ReportFormat::label).toList());
    }
}
