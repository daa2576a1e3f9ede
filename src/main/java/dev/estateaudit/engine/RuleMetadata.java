package dev.estateaudit.engine;

import dev.estateaudit.findings.RuleDescriptor;
import dev.estateaudit.findings.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.model.Rule;

/** Reads a DRL rule's {@code @key("value")} metadata as plain strings, from its executable model. */
final class RuleMetadata {

    private RuleMetadata() {
    }

    static Map<String, String> of(Rule rule) {
        Map<String, String> values = new TreeMap<>();
        rule.getMetaData().forEach((key, value) -> values.put(key, unquote(String.valueOf(value))));
        return values;
    }

    /** The last segment of the DRL package names the category: {@code estateaudit.rules.lifetime}. */
    static RuleDescriptor describe(Rule rule, Map<String, String> metadata, String source) {
        String id = metadata.get(RuleDescriptor.ID);
        String severity = metadata.get(RuleDescriptor.SEVERITY);
        if (id == null) {
            throw new RuleCompilationException(List.of(source + ": rule '" + rule.getName() + "' has no @id: a rule that reports"
                    + " findings needs @id and @severity; one that only infers facts for other rules says so with"
                    + " @internal(\"what it decides\")"));
        }
        if (severity == null) {
            throw new RuleCompilationException(List.of(source + ": rule '" + rule.getName() + "' (@id \"" + id
                    + "\") has no @severity: error, warning or info"));
        }
        String pkg = rule.getPackage();
        String category = pkg.substring(pkg.lastIndexOf('.') + 1);
        return new RuleDescriptor(id, Severity.parse(severity), metadata.getOrDefault(RuleDescriptor.TITLE, id),
                metadata.getOrDefault(RuleDescriptor.REMEDIATION, ""), category, source, Map.copyOf(metadata));
    }

    /** Drools keeps the quotes of a quoted metadata value; a doubled quote stands for one. */
    static String unquote(String value) {
        String v = value.trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1).replace("\"\"", "\"").replace("\\\"", "\"");
        }
        return v;
    }
}
