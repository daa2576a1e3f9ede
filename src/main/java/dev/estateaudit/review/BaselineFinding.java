package dev.estateaudit.review;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estateaudit.estate.read.InputProblems;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.findings.Subject;
import dev.estateaudit.util.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One finding of a baseline, checked field by field: a baseline is a file someone else may write,
 * and what the report shows of a fixed finding comes from it (a finding without a rule id used to
 * be an internal error in JUnit; a message with a line break, a forged line in the text report).
 */
final class BaselineFinding {

    /** Characters of a value a message quotes. */
    private static final int QUOTED = 80;
    private static final List<String> TEXT_FIELDS = List.of("fingerprint", "ruleId", "severity", "title", "message",
            "environment", "module", "zone", "frontEnd");

    private BaselineFinding() {
    }

    /** The finding, or empty with each of its problems recorded, naming it by {@code where}. */
    static Optional<FixedFinding> read(JsonNode f, String where, InputProblems problems) {
        if (!f.isObject()) {
            problems.add(0, where + ": each finding is an object, as check --format json writes it");
            return Optional.empty();
        }
        List<String> wrong = new ArrayList<>();
        for (String field : TEXT_FIELDS) {
            JsonNode value = f.get(field);
            if (value != null && !value.isNull() && !value.isValueNode()) {
                wrong.add(field + ": expected text, found " + (value.isArray() ? "a list" : "an object"));
            }
        }
        if (text(f, "fingerprint") == null) {
            wrong.add("has no fingerprint; the report was written by an older estate-audit: run check --format json again "
                    + "to make a baseline");
        }
        if (text(f, "ruleId") == null || text(f, "ruleId").isBlank()) {
            wrong.add("has no ruleId; use a report written by check --format json");
        }
        String severity = text(f, "severity");
        if (severity != null) {
            try {
                Severity.parse(severity);
            } catch (IllegalArgumentException e) {
                wrong.add("severity: " + TerminalText.quote(severity, QUOTED) + " is not a severity (error, warning or info)");
            }
        }
        wrong.forEach(w -> problems.add(0, where + (w.startsWith("has ") ? " " : ".") + w));
        if (!wrong.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FixedFinding(text(f, "fingerprint"), text(f, "ruleId"), severity, text(f, "title"), text(f, "message"),
                new Subject(text(f, "environment"), text(f, "module"), text(f, "zone"), text(f, "frontEnd"), null)));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }
}
