package dev.estateaudit.readiness;

import dev.estateaudit.estate.Version;
import java.util.ArrayList;
import java.util.List;

/** The {@code --target-version} option: one or more candidate targets that override upgrade.targetVersion. */
public final class TargetVersions {

    private TargetVersions() {
    }

    /** Parses "11.20.0,11.31.0"-style values (already split on commas); duplicates are refused. */
    public static List<Version> parse(List<String> values) {
        List<Version> targets = new ArrayList<>();
        for (String value : values) {
            if (value.isBlank()) {
                throw new IllegalArgumentException("an empty version in the list");
            }
            Version v = Version.parse(value);
            if (targets.contains(v)) {
                throw new IllegalArgumentException("'" + value.trim() + "' is given twice");
            }
            targets.add(v);
        }
        return targets;
    }
}
