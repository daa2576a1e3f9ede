package dev.estateaudit.review;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.engine.RuleSelection;
import dev.estateaudit.estate.SourcePosition;
import dev.estateaudit.estate.read.EstateInputException;
import dev.estateaudit.estate.read.InputProblems;
import dev.estateaudit.estate.read.guard.GuardedMappers;
import dev.estateaudit.util.Suggestions;
import dev.estateaudit.util.TerminalText;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a waiver file (YAML or JSON, by extension): {@code waivers: [{rule, environment, module,
 * zone, frontEnd, justification, owner, ticket, expires}]}. Every problem is named in one run, each
 * with the file, the line of the waiver and the field; the rule ids are checked against the rules
 * that run. Read with the estate reader's limits.
 */
public final class WaiverFile {

    private static final List<String> TOP_LEVEL = List.of("waivers");
    private static final List<String> FIELDS = List.of("rule", "environment", "module", "zone", "frontEnd", "justification",
            "owner", "ticket", "expires");
    private static final List<String> SUBJECT = List.of("environment", "module", "zone", "frontEnd");
    /** Characters of a value a message quotes. */
    private static final int QUOTED = 80;

    private WaiverFile() {
    }

    public static List<Waiver> read(Path file, Collection<String> ruleIds) {
        if (!Files.isRegularFile(file)) {
            throw new EstateInputException(file + ": no such waiver file");
        }
        try {
            return read(file.toString(), mapper -> GuardedMappers.open(mapper, file), ruleIds);
        } catch (IOException e) {
            throw new EstateInputException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /** Reads waiver text held in memory under a name used in messages (its extension picks the format). */
    public static List<Waiver> read(String name, String content, Collection<String> ruleIds) {
        try {
            return read(name, mapper -> GuardedMappers.open(mapper, new StringReader(content)), ruleIds);
        } catch (IOException e) {
            throw new EstateInputException(name + ": cannot be read: " + e.getMessage());
        }
    }

    /** Where the waivers' text comes from: a file's bytes, or text in memory. */
    private interface Source {
        JsonParser open(ObjectMapper mapper) throws IOException;
    }

    private static List<Waiver> read(String name, Source source, Collection<String> ruleIds) throws IOException {
        ObjectMapper mapper = GuardedMappers.forName(name);
        InputProblems problems = new InputProblems(name);
        List<Waiver> waivers = new ArrayList<>();
        boolean listed = false;
        try (JsonParser parser = source.open(mapper)) {
            listed = readWaivers(name, parser, mapper, ruleIds, waivers, problems);
        } catch (JsonProcessingException e) {
            problems.add(e, name.toLowerCase(Locale.ROOT).endsWith(".json") ? "JSON" : "YAML");
            listed = true;
        }
        if (!listed && problems.isEmpty()) {
            problems.add(0, "no 'waivers' list (an empty list, waivers: [], is fine)");
        }
        problems.throwIfAny();
        return waivers;
    }

    /** Whether the file had its 'waivers' list; each waiver read is added, each problem recorded. */
    private static boolean readWaivers(String name, JsonParser parser, ObjectMapper mapper, Collection<String> ruleIds,
            List<Waiver> waivers, InputProblems problems) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            problems.add(parser.currentTokenLocation(), "a waiver file holds an object with a 'waivers' list");
            return true;
        }
        boolean listed = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonLocation at = parser.currentTokenLocation();
            if (!TOP_LEVEL.contains(field)) {
                problems.add(at, "unknown field " + TerminalText.quote(field, InputProblems.QUOTED_FROM_A_WRONG_FILE)
                        + Suggestions.nearest(field, TOP_LEVEL).map(s -> " (did you mean '" + s + "'?)").orElse("")
                        + "; a waiver file has only 'waivers'");
                parser.nextToken();
                parser.skipChildren();
                continue;
            }
            listed = true;
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                problems.add(parser.currentTokenLocation(), "waivers: expected a list of waivers");
                parser.skipChildren();
                continue;
            }
            for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
                JsonLocation item = parser.currentTokenLocation();
                String where = "waivers[" + index + "]";
                JsonNode node = mapper.readTree(parser);
                if (!node.isObject()) {
                    problems.add(item, where + ": each waiver is an object (rule, justification, owner, expires, ...)");
                    continue;
                }
                Waiver waiver = new Entry(node, new SourcePosition(name, item.getLineNr(), item.getColumnNr()), where, problems)
                        .toWaiver(ruleIds);
                if (waiver != null && refuseOverlap(item.getLineNr(), where, waiver, waivers, problems)) {
                    waivers.add(waiver);
                }
            }
        }
        if (parser.currentToken() == JsonToken.END_OBJECT && parser.nextToken() != null) {
            // a second document would be silently ignored: its waivers would seem to hold
            problems.add(parser.currentTokenLocation(), "a waiver file is one document; remove the '---' and what follows, "
                    + "or move its waivers into the first");
        }
        return listed;
    }

    /**
     * Two waivers that cover some of the same findings (the same subject twice, or one subject and
     * every subject of the rule) would shadow each other: when the first expires, its findings are
     * said to count again while the second still hides them.
     */
    private static boolean refuseOverlap(int line, String where, Waiver waiver, List<Waiver> earlier, InputProblems problems) {
        for (Waiver w : earlier) {
            if (!w.getRule().equals(waiver.getRule()) || !overlap(w.getEnvironment(), waiver.getEnvironment())
                    || !overlap(w.getModule(), waiver.getModule()) || !overlap(w.getZone(), waiver.getZone())
                    || !overlap(w.getFrontEnd(), waiver.getFrontEnd())) {
                continue;
            }
            boolean same = Objects.equals(w.getEnvironment(), waiver.getEnvironment()) && Objects.equals(w.getModule(), waiver.getModule())
                    && Objects.equals(w.getZone(), waiver.getZone()) && Objects.equals(w.getFrontEnd(), waiver.getFrontEnd());
            problems.add(line, where + (same ? ": waives the same findings as the waiver at line " + w.getPosition().line()
                    + " (" + TerminalText.escape(waiver.describe()) + "); keep one of them"
                    : ": waives some of the findings the waiver at line " + w.getPosition().line() + " waives ("
                    + TerminalText.escape(waiver.describe()) + " and " + TerminalText.escape(w.describe())
                    + "); keep one of them, or make their subjects distinct"));
            return false;
        }
        return true;
    }

    /** A subject field left out covers every value of it. */
    private static boolean overlap(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    /** One waiver as written, each field checked before it becomes a {@link Waiver}. */
    private static final class Entry {
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final SourcePosition position;
        private final String where;
        private final InputProblems problems;
        private final java.util.Set<String> refused = new java.util.HashSet<>();
        private boolean failed;

        Entry(JsonNode node, SourcePosition position, String where, InputProblems problems) {
            this.position = position;
            this.where = where;
            this.problems = problems;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!FIELDS.contains(field.getKey())) {
                    problems.add(position.line(), "unknown field " + TerminalText.quote(field.getKey(), QUOTED)
                            + Suggestions.nearest(field.getKey(), FIELDS).map(s -> " (did you mean '" + s + "'?)").orElse("")
                            + "; a waiver has " + String.join(", ", FIELDS.stream().sorted().toList()));
                    failed = true;
                } else {
                    text(field.getKey(), field.getValue());
                }
            }
        }

        private void text(String field, JsonNode value) {
            if (value == null || value.isNull()) {
                return;
            }
            if (!value.isValueNode()) {
                problem(field + ": expected text, found " + (value.isArray() ? "a list" : "a mapping"));
                return;
            }
            String text = value.asText();
            for (int i = 0; i < text.length(); i++) {
                if (TerminalText.unsafe(text.charAt(i), false)) {
                    problem(String.format(Locale.ROOT, "%s: the text holds the control character U+%04X at character %d; remove it",
                            field, (int) text.charAt(i), i + 1));
                    return;
                }
            }
            if (SUBJECT.contains(field) && text.isBlank()) {
                // a blank subject would be read as no subject: the rule waived everywhere
                problem(field + ": is blank; name the " + field + ", or leave the field out to waive every " + field);
                return;
            }
            fields.put(field, text.trim());
        }

        private void problem(String message) {
            problems.add(position.line(), where + "." + message);
            refused.add(message.substring(0, message.indexOf(':')));
            failed = true;
        }

        Waiver toWaiver(Collection<String> ruleIds) {
            for (String required : List.of("rule", "justification", "owner", "expires")) {
                if ((fields.get(required) == null || fields.get(required).isEmpty()) && !refused.contains(required)) {
                    problems.add(position.line(), where + ": '" + required + "' is required (a waiver needs rule, justification, "
                            + "owner and expires)");
                    failed = true;
                }
            }
            String rule = fields.get("rule");
            if (rule != null && !rule.isEmpty()) {
                checkRule(rule, ruleIds);
            }
            LocalDate expiry = null;
            String expires = fields.get("expires");
            if (expires != null && !expires.isEmpty()) {
                try {
                    expiry = LocalDate.parse(expires);
                } catch (DateTimeParseException e) {
                    problem("expires: " + TerminalText.quote(expires, QUOTED)
                            + " is not a date; write it as YYYY-MM-DD, e.g. 2026-12-31");
                }
            }
            if (failed) {
                return null;
            }
            Waiver waiver = new Waiver(rule, fields.get("environment"), fields.get("module"), fields.get("zone"),
                    fields.get("frontEnd"), fields.get("justification"), fields.get("owner"), blankToNull(fields.get("ticket")), expiry);
            waiver.setPosition(position);
            return waiver;
        }

        private void checkRule(String rule, Collection<String> ruleIds) {
            if (rule.length() > RuleSelection.MAX_PATTERN) {
                // comparing it with every rule id for a suggestion would cost its length squared
                problem("rule: " + TerminalText.quote(rule, QUOTED) + " has " + rule.length()
                        + " characters; a rule id has at most " + RuleSelection.MAX_PATTERN);
            } else if (!ruleIds.contains(rule)) {
                List<String> nearest = Suggestions.nearest(rule, ruleIds, 3);
                problem("rule: unknown rule " + TerminalText.quote(rule, QUOTED)
                        + (nearest.isEmpty() ? "" : "; did you mean " + String.join(", ", nearest) + "?"));
            }
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }
}
