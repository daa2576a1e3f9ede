package dev.estateaudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.findings.Coverage;
import dev.estateaudit.findings.NotEvaluated;
import dev.estateaudit.findings.RuleDescriptor;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.findings.Subject;
import dev.estateaudit.review.Baseline;
import dev.estateaudit.review.ReviewedFinding;
import dev.estateaudit.review.ReviewedResult;
import dev.estateaudit.util.ToolVersion;
import java.io.IOException;
import java.io.Writer;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The JSON report, a stable contract (docs/report-json.md): fields always present and always in
 * this order, subject fields null where they do not apply, "\n" line ends whatever the platform.
 * Written as a stream, so a report of a million findings is never held twice.
 */
public final class JsonReport implements ReportRenderer {

    public static final int SCHEMA_VERSION = Baseline.REPORT_SCHEMA_VERSION;

    @Override
    public void render(AuditReport report, Writer out) throws IOException {
        ReviewedResult result = report.result();
        try (JsonGenerator json = ReportJson.generator(out)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", ToolVersion.NAME);
            json.writeStringField("version", report.toolVersion());
            json.writeEndObject();
            ReportJson.writeJudgedAgainst(json, result.judgedAgainst());
            writeEstate(json, result.estate());
            json.writeObjectFieldStart("summary");
            for (Severity s : Severity.values()) {
                json.writeNumberField(s.label(), result.count(s));
            }
            json.writeNumberField("notEvaluated", result.notEvaluated().size());
            writeCoverage(json, result.coverage());
            json.writeStringField("failOn", report.failOnLabel());
            json.writeBooleanField("failOnNotEvaluated", report.failOnNotEvaluated());
            ReportJson.writeStrings(json, "notEvaluatedFailing", report.notEvaluatedFailing());
            json.writeBooleanField("passed", report.passed());
            FindingLifeJson.writeSummary(json, report);
            json.writeEndObject();
            json.writeArrayFieldStart("fixFirst");
            for (ReviewedFinding f : FixFirstList.of(report).blocking()) {
                json.writeString(f.fingerprint());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("findings");
            RuleTexts texts = new RuleTexts();
            for (ReviewedFinding f : result.findings()) {
                writeFinding(json, f, texts);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("notEvaluated");
            for (NotEvaluated n : result.notEvaluated()) {
                json.writeStartObject();
                json.writeStringField("ruleId", n.ruleId());
                writeSubject(json, n.subject());
                ReportJson.writeStrings(json, "missing", n.missing());
                json.writeEndObject();
            }
            json.writeEndArray();
            FindingLifeJson.writeFixed(json, result);
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeCoverage(JsonGenerator json, Coverage coverage) throws IOException {
        json.writeObjectFieldStart("coverage");
        json.writeNumberField("evaluated", coverage.evaluated());
        json.writeNumberField("total", coverage.total());
        json.writeArrayFieldStart("missingMost");
        for (Coverage.MissingFact m : coverage.missingMost()) {
            json.writeStartObject();
            json.writeStringField("fact", m.fact());
            json.writeNumberField("checks", m.checks());
            json.writeNumberField("subjects", m.subjects());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeEstate(JsonGenerator json, Estate estate) throws IOException {
        json.writeObjectFieldStart("estate");
        json.writeStringField("name", estate.getName());
        ReportJson.writeStrings(json, "files", estate.getFiles());
        json.writeNumberField("environments", estate.getEnvironments().size());
        json.writeNumberField("modules", estate.getModuleCount());
        json.writeEndObject();
    }

    private static void writeFinding(JsonGenerator json, ReviewedFinding f, RuleTexts texts) throws IOException {
        SerializedString[] rule = texts.of(f);
        json.writeStartObject();
        json.writeFieldName(RULE_ID);
        RuleTexts.write(json, rule[0]);
        json.writeFieldName(SEVERITY);
        RuleTexts.write(json, rule[1]);
        json.writeFieldName(TITLE);
        RuleTexts.write(json, rule[2]);
        json.writeFieldName(MESSAGE);
        json.writeString(f.message());
        writeSubject(json, f.subject());
        json.writeFieldName(EVIDENCE);
        json.writeStartObject();
        for (Map.Entry<String, Object> e : f.evidence().entrySet()) {
            json.writeFieldName(e.getKey());
            writeValue(json, e.getValue());
        }
        json.writeEndObject();
        json.writeFieldName(REMEDIATION);
        RuleTexts.write(json, rule[3]);
        FindingLifeJson.writeFindingFields(json, f);
        json.writeEndObject();
    }

    static void writeSubject(JsonGenerator json, Subject s) throws IOException {
        json.writeFieldName(ENVIRONMENT);
        json.writeString(s.environment());
        json.writeFieldName(MODULE);
        json.writeString(s.module());
        json.writeFieldName(ZONE);
        json.writeString(s.zone());
        json.writeFieldName(FRONT_END);
        json.writeString(s.frontEnd());
    }

    // The names and rule texts every finding repeats, escaped once: the generator copies them as they are.
    private static final SerializedString RULE_ID = new SerializedString("ruleId");
    private static final SerializedString SEVERITY = new SerializedString("severity");
    private static final SerializedString TITLE = new SerializedString("title");
    private static final SerializedString MESSAGE = new SerializedString("message");
    private static final SerializedString EVIDENCE = new SerializedString("evidence");
    private static final SerializedString REMEDIATION = new SerializedString("remediation");
    private static final SerializedString ENVIRONMENT = new SerializedString("environment");
    private static final SerializedString MODULE = new SerializedString("module");
    private static final SerializedString ZONE = new SerializedString("zone");
    private static final SerializedString FRONT_END = new SerializedString("frontEnd");

    /** Each rule's id, severity, title and remediation, escaped for the first of its findings. */
    private static final class RuleTexts {
        private final Map<RuleDescriptor, SerializedString[]> byRule = new IdentityHashMap<>();

        SerializedString[] of(ReviewedFinding f) {
            return byRule.computeIfAbsent(f.rule(), rule -> new SerializedString[] {escaped(rule.id()),
                escaped(rule.severity().label()), escaped(rule.title()), escaped(rule.remediation())});
        }

        /** Null (a user rule without a title, say) stays null. */
        private static SerializedString escaped(String text) {
            return text == null ? null : new SerializedString(text);
        }

        static void write(JsonGenerator json, SerializedString text) throws IOException {
            if (text == null) {
                json.writeNull();
            } else {
                json.writeString(text);
            }
        }
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            json.writeNumber(n.doubleValue());
        } else if (value instanceof Iterable<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                writeValue(json, item);
            }
            json.writeEndArray();
        } else {
            json.writeString(String.valueOf(value));
        }
    }
}
