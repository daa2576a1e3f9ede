package dev.estateaudit.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The types a user's DRL could import before the packages were reorganised (estate-audit 0.1),
 * and where they are now. A rule folder written for 0.1 gets one message per line to change,
 * instead of Drools' "unable to resolve" and a class-loading stack trace.
 */
final class MovedTypes {

    private static final Map<String, String> MOVED = new TreeMap<>(Map.ofEntries(
            Map.entry("dev.estateaudit.engine.FindingSink", "dev.estateaudit.findings.FindingSink"),
            Map.entry("dev.estateaudit.engine.VersionMaxFunction", "dev.estateaudit.facts.VersionMaxFunction"),
            Map.entry("dev.estateaudit.engine.VersionMinFunction", "dev.estateaudit.facts.VersionMinFunction"),
            Map.entry("dev.estateaudit.engine.Severity", "dev.estateaudit.findings.Severity"),
            Map.entry("dev.estateaudit.estate.ModuleReference", "dev.estateaudit.facts.ModuleReference"),
            Map.entry("dev.estateaudit.estate.StagingStep", "dev.estateaudit.facts.StagingStep"),
            Map.entry("dev.estateaudit.estate.UpgradePosition", "dev.estateaudit.facts.UpgradePosition"),
            Map.entry("dev.estateaudit.knowledge.EnvironmentInfrastructure", "dev.estateaudit.facts.EnvironmentInfrastructure")));

    /** Simple names that moved out of a package a wildcard import may still name. */
    private static final Map<String, String> MOVED_FROM_WILDCARD = Map.of(
            "dev.estateaudit.estate.*", "ModuleReference|StagingStep|UpgradePosition",
            "dev.estateaudit.engine.*", "FindingSink|VersionMaxFunction|VersionMinFunction|Severity");

    private static final Pattern NAME = Pattern.compile("dev\\.estateaudit\\.[a-z]+\\.(?:[A-Z]\\w*|\\*)");

    private MovedTypes() {
    }

    /** One "file:line: ..." problem per reference to a type that moved; empty when the sources are current. */
    static List<String> problems(List<RuleSource> sources) {
        List<String> problems = new ArrayList<>();
        for (RuleSource source : sources) {
            String[] lines = source.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = NAME.matcher(lines[i]);
                while (m.find()) {
                    String old = m.group();
                    String now = MOVED.get(old);
                    if (now != null) {
                        problems.add(source.displayName() + ":" + (i + 1) + ": " + old + " is now " + now
                                + "; change this line (see 'Upgrading rules from estate-audit 0.1' in docs/writing-rules.md)");
                    } else if (MOVED_FROM_WILDCARD.containsKey(old) && usesMovedName(source.text(), MOVED_FROM_WILDCARD.get(old))) {
                        problems.add(source.displayName() + ":" + (i + 1) + ": " + old + " no longer holds "
                                + String.join(", ", movedNamesUsed(source.text(), MOVED_FROM_WILDCARD.get(old)))
                                + "; import them from dev.estateaudit.facts or dev.estateaudit.findings"
                                + " (see 'Upgrading rules from estate-audit 0.1' in docs/writing-rules.md)");
                    }
                }
            }
        }
        return problems;
    }

    private static boolean usesMovedName(String text, String names) {
        return !movedNamesUsed(text, names).isEmpty();
    }

    private static List<String> movedNamesUsed(String text, String names) {
        List<String> used = new ArrayList<>();
        for (String name : names.split("\\|")) {
            if (Pattern.compile("(?<![\\w.])" + name + "\\b").matcher(text).find()) {
                used.add(name);
            }
        }
        return used;
    }
}
