package dev.estateaudit.cli;

import dev.estateaudit.report.ReportFormat;
import dev.estateaudit.util.UsageException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All {@code --output} values of one run, checked together: two reports cannot share a file. */
final class ReportTargets {

    private ReportTargets() {
    }

    static List<ReportTarget> parse(List<String> values, ReportFormat defaultFormat) {
        List<ReportTarget> targets = new ArrayList<>();
        Map<Path, ReportTarget> byFile = new LinkedHashMap<>();
        for (String value : values) {
            ReportTarget target = ReportTarget.parse(value, defaultFormat);
            ReportTarget earlier = byFile.putIfAbsent(target.file().toAbsolutePath().normalize(), target);
            if (earlier != null) {
                throw new UsageException("--output: " + target.file() + " is given twice ("
                        + earlier.format().label() + " and " + target.format().label() + ")");
            }
            targets.add(target);
        }
        return targets;
    }
}
