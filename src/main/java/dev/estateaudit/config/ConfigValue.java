package dev.estateaudit.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estateaudit.util.TerminalText;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one config key holds, read from its YAML value and checked in the user's words (never
 * Jackson's): text, a path, a list of paths or rule globs, a whole number, or the outputs.
 */
enum ConfigValue {
    TEXT, PATH, PATHS, GLOBS, WHOLE_NUMBER, FLAG, OUTPUTS;

    /** A rule id or glob longer than this is a mistake, and comparing it with every rule would cost its length squared. */
    static final int MAX_GLOB = dev.estateaudit.engine.RuleSelection.MAX_PATTERN;
    /** Characters of a value a message quotes. */
    static final int QUOTED = 80;

    /** One value as written: the value of a key, or one item of a list (a list kind gives a list of one). */
    Object read(JsonNode node) {
        if (node != null && node.isArray()) {
            throw new IllegalArgumentException("expected " + (isList() ? "single values in the list" : "a single value") + ", found a list");
        }
        return switch (this) {
            case TEXT, PATH -> text(node);
            case PATHS -> List.of(text(node));
            case GLOBS -> List.of(glob(text(node)));
            case WHOLE_NUMBER -> wholeNumber(node);
            case FLAG -> flag(node);
            case OUTPUTS -> List.of(output(node));
        };
    }

    boolean isList() {
        return this == PATHS || this == GLOBS || this == OUTPUTS;
    }

    boolean isPath() {
        return this == PATH || this == PATHS || this == OUTPUTS;
    }

    /** The paths a value of this kind names (an output's file; none for standard output). */
    @SuppressWarnings("unchecked")
    List<String> paths(Object value) {
        return switch (this) {
            case PATH -> List.of((String) value);
            case PATHS -> (List<String>) value;
            case OUTPUTS -> ((List<ConfigFile.Output>) value).stream().map(ConfigFile.Output::output)
                    .filter(java.util.Objects::nonNull).toList();
            default -> List.of();
        };
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new IllegalArgumentException("has no value; write one, or leave the key out");
        }
        if (!node.isValueNode()) {
            throw new IllegalArgumentException("expected a single value, found " + (node.isArray() ? "a list" : "a mapping"));
        }
        String text = node.asText();
        for (int i = 0; i < text.length(); i++) {
            if (TerminalText.unsafe(text.charAt(i), false)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "the value %s holds the control character U+%04X at character %d; remove it",
                        TerminalText.quote(text, QUOTED), (int) text.charAt(i), i + 1));
            }
        }
        return text;
    }

    private static String glob(String text) {
        if (text.length() > MAX_GLOB) {
            throw new IllegalArgumentException("the rule id or pattern " + TerminalText.quote(text, QUOTED) + " has "
                    + text.length() + " characters; a rule id or pattern has at most " + MAX_GLOB);
        }
        return text;
    }

    private static Boolean flag(JsonNode node) {
        if (node != null && node.isBoolean()) {
            return node.booleanValue();
        }
        throw new IllegalArgumentException("expected true or false, found " + (node == null || node.isNull() ? "nothing"
                : node.isValueNode() ? TerminalText.quote(node.asText(), QUOTED) : node.isArray() ? "a list" : "a mapping"));
    }

    private static Integer wholeNumber(JsonNode node) {
        if (node != null && node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        throw new IllegalArgumentException("expected a whole number, e.g. 14, found "
                + (node == null || node.isNull() ? "nothing" : node.isValueNode() ? TerminalText.quote(node.asText(), QUOTED)
                : node.isArray() ? "a list" : "a mapping"));
    }

    private static ConfigFile.Output output(JsonNode item) {
        if (item == null || !item.isObject()) {
            throw new IllegalArgumentException("each output is a mapping with a format and, for a file, an output, "
                    + "e.g. {format: json, output: reports/audit.json}");
        }
        String format = null;
        String output = null;
        for (Iterator<Map.Entry<String, JsonNode>> fields = item.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            switch (field.getKey()) {
                case "format" -> format = text(field.getValue());
                case "output" -> output = text(field.getValue());
                default -> throw new IllegalArgumentException("unknown field " + TerminalText.quote(field.getKey(), QUOTED)
                        + "; an output has format and output");
            }
        }
        return new ConfigFile.Output(format, output);
    }
}
