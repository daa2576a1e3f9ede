package dev.estateaudit.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.estateaudit.estate.read.EstateInputException;
import dev.estateaudit.estate.read.InputProblems;
import dev.estateaudit.util.TerminalText;
import dev.estateaudit.estate.SourcePosition;
import dev.estateaudit.util.Suggestions;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Reads a waiver file (YAML or JSON, by extension): {@code waivers: [{rule, environment, module,
 * zone, frontEnd, justification, owner, ticket, expires}]}. Each problem is one message with the
 * file, the line of the waiver and the field; the rule ids are checked against the rules that run.
 */
public final class WaiverFile {

    private static final ObjectMapper YAML = configure(YAMLMapper.builder().build());
    private static final ObjectMapper JSON = configure(JsonMapper.builder().build());
    private static final List<String> TOP_LEVEL = List.of("waivers");

    private WaiverFile() {
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    public static List<Waiver> read(Path file, Collection<String> ruleIds) {
        if (!Files.isRegularFile(file)) {
            throw new EstateInputException(file + ": no such waiver file");
        }
        try (Reader reader = Files.newBufferedReader(file)) {
            return read(file.toString(), reader, ruleIds);
        } catch (IOException e) {
            throw new EstateInputException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /** Reads waiver text held in memory under a name used in messages (its extension picks the format). */
    public static List<Waiver> read(String name, String content, Collection<String> ruleIds) {
        try {
            return read(name, new StringReader(content), ruleIds);
        } catch (IOException e) {
            throw new EstateInputException(name + ": cannot be read: " + e.getMessage());
        }
    }

    /** A second waiver for the same findings would silently shadow the first (its expiry, its owner). */
    private static void refuseDuplicate(String name, JsonLocation at, String where, Waiver waiver, List<Waiver> earlier) {
        for (Waiver w : earlier) {
            if (java.util.Objects.equals(w.getRule(), waiver.getRule()) && java.util.Objects.equals(w.getEnvironment(), waiver.getEnvironment())
                    && java.util.Objects.equals(w.getModule(), waiver.getModule()) && java.util.Objects.equals(w.getZone(), waiver.getZone())
                    && java.util.Objects.equals(w.getFrontEnd(), waiver.getFrontEnd())) {
                throw problem(name, at, where + ": waives the same findings as the waiver at line " + w.getPosition().line()
                        + " (" + waiver.describe() + "); keep one of them");
            }
        }
    }

    private static List<Waiver> read(String name, Reader reader, Collection<String> ruleIds) throws IOException {
        ObjectMapper mapper = name.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
        List<Waiver> waivers = new ArrayList<>();
        boolean listed = false;
        try (JsonParser parser = mapper.createParser(reader)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw problem(name, parser.currentTokenLocation(), "a waiver file holds an object with a 'waivers' list");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (!TOP_LEVEL.contains(field)) {
                    throw problem(name, parser.currentTokenLocation(), "unknown field " + TerminalText.quote(field, InputProblems.QUOTED_FROM_A_WRONG_FILE)
                            + Suggestions.nearest(field, TOP_LEVEL).map(s -> " (did you mean '" + s + "'?)").orElse("")
                            + "; a waiver file has only 'waivers'");
                }
                listed = true;
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw problem(name, parser.currentTokenLocation(), "waivers: expected a list of waivers");
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    JsonLocation at = parser.currentTokenLocation();
                    String where = "waivers[" + waivers.size() + "]";
                    Entry entry = mapper.readValue(parser, Entry.class);
                    Waiver waiver = entry.toWaiver(new SourcePosition(name, at.getLineNr(), at.getColumnNr()), where, ruleIds);
                    refuseDuplicate(name, at, where, waiver, waivers);
                    waivers.add(waiver);
                }
                if (parser.currentToken() != JsonToken.END_ARRAY) {
                    throw problem(name, parser.currentTokenLocation(), "waivers: each waiver is an object (rule, justification, owner, expires, ...)");
                }
            }
        } catch (UnrecognizedPropertyException e) {
            List<String> known = e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            throw problem(name, e.getLocation(), "unknown field '" + e.getPropertyName() + "'"
                    + Suggestions.nearest(e.getPropertyName(), known).map(s -> " (did you mean '" + s + "'?)").orElse("")
                    + "; a waiver has " + String.join(", ", known));
        } catch (JsonProcessingException e) {
            throw problem(name, e.getLocation(), InputProblems.clipQuotations(e.getOriginalMessage().lines().findFirst().orElse("unreadable")));
        }
        if (!listed) {
            throw new EstateInputException(name + ": no 'waivers' list (an empty list, waivers: [], is fine)");
        }
        return waivers;
    }

    private static EstateInputException problem(String name, JsonLocation location, String message) {
        String where = location == null || location.getLineNr() < 1 ? name : name + ":" + location.getLineNr();
        return new EstateInputException(where + ": " + message);
    }

    /** One waiver as written; every field text, checked before it becomes a {@link Waiver}. */
    static final class Entry {
        public String rule;
        public String environment;
        public String module;
        public String zone;
        @JsonProperty("frontEnd")
        public String frontEnd;
        public String justification;
        public String owner;
        public String ticket;
        public String expires;

        Waiver toWaiver(SourcePosition position, String where, Collection<String> ruleIds) {
            String prefix = position.file() + ":" + position.line() + ": " + where;
            require(rule, "rule", prefix);
            require(justification, "justification", prefix);
            require(owner, "owner", prefix);
            require(expires, "expires", prefix);
            if (!ruleIds.contains(rule.trim())) {
                List<String> nearest = Suggestions.nearest(rule.trim(), ruleIds, 3);
                throw new EstateInputException(prefix + ".rule: unknown rule '" + rule + "'"
                        + (nearest.isEmpty() ? "" : "; did you mean " + String.join(", ", nearest) + "?"));
            }
            LocalDate expiry;
            try {
                expiry = LocalDate.parse(expires.trim());
            } catch (DateTimeParseException e) {
                throw new EstateInputException(prefix + ".expires: '" + expires + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-12-31");
            }
            Waiver waiver = new Waiver(rule.trim(), blankToNull(environment), blankToNull(module), blankToNull(zone),
                    blankToNull(frontEnd), justification.trim(), owner.trim(), blankToNull(ticket), expiry);
            waiver.setPosition(position);
            return waiver;
        }

        private static void require(String value, String field, String prefix) {
            if (value == null || value.isBlank()) {
                throw new EstateInputException(prefix + ": '" + field + "' is required (a waiver needs rule, justification, owner and expires)");
            }
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }
}
