package dev.estateaudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.findings.NotEvaluated;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.findings.Subject;
import dev.estateaudit.review.Baseline;
import dev.estateaudit.review.ReviewedFinding;
import dev.estateaudit.review.ReviewedResult;
import dev.estateaudit.util.ToolVersion;
import java.io.IOException;
import java.io.Writer;
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
            writeEstate(json, result.estate());
            json.writeObjectFieldStart("summary");
            for (Severity s : Severity.values()) {
                json.writeNumberField(s.label(), result.count(s));
            }
            json.writeNumberField("notEvaluated", result.notEvaluated().size());
            json.writeStringField("failOn", report.failOnLabel());
            json.writeBooleanField("passed", report.passed());
            FindingLifeJson.writeSummary(json, report);
            json.writeEndObject();
            json.writeArrayFieldStart("findings");
            for (ReviewedFinding f : result.findings()) {
                writeFinding(json, f);
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

    private static void writeEstate(JsonGenerator json, Estate estate) throws IOException {
        json.writeObjectFieldStart("estate");
        json.writeStringField("name", estate.getName());
        ReportJson.writeStrings(json, "files", estate.getFiles());
        json.writeNumberField("environments", estate.getEnvironments().size());
        json.writeNumberField("modules", estate.getModuleCount());
        json.writeEndObject();
    }

    private static void writeFinding(JsonGenerator json, ReviewedFinding f) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", f.ruleId());
        json.writeStringField("severity", f.severity().label());
        json.writeStringField("title", f.rule().title());
        json.writeStringField("message", f.message());
        writeSubject(json, f.subject());
        json.writeObjectFieldStart("evidence");
        for (Map.Entry<String, Object> e : f.evidence().entrySet()) {
            json.writeFieldName(e.getKey());
            writeValue(json, e.getValue());
        }
        json.writeEndObject();
        json.writeStringField("remediation", f.rule().remediation());
        FindingLifeJson.writeFindingFields(json, f);
        json.writeEndObject();
    }

    static void writeSubject(JsonGenerator json, Subject s) throws IOException {
        json.writeStringField("environment", s.environment());
        json.writeStringField("module", s.module());
        json.writeStringField("zone", s.zone());
        json.writeStringField("frontEnd", s.frontEnd());
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
