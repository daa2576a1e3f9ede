package dev.estateaudit.engine;

import java.util.Map;
import java.util.TreeMap;
import org.kie.api.definition.rule.Rule;

/** Reads a DRL rule's {@code @key("value")} metadata as plain strings. */
final class RuleMetadata {

    private RuleMetadata() {
    }

    static Map<String, String> of(Rule rule) {
        Map<String, String> values = new TreeMap<>();
        rule.getMetaData().forEach((key, value) -> values.put(key, unquote(String.valueOf(value))));
        return values;
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
