package dev.estateaudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.estateaudit.review.BaselineStatus;
import dev.estateaudit.review.FixedFinding;
import dev.estateaudit.review.ReviewedFinding;
import dev.estateaudit.review.ReviewedResult;
import dev.estateaudit.review.Waiver;
import java.io.IOException;

/**
 * The JSON fields a finding gains over its life (identity, waiver, baseline status) and the
 * summary and list of fixed findings, appended after the schemaVersion 1 fields (docs/report-json.md).
 */
final class FindingLifeJson {

    private FindingLifeJson() {
    }

    /** After "passed": the gate scope, how many findings are waived, and the baseline comparison (or null). */
    static void writeSummary(JsonGenerator json, AuditReport report) throws IOException {
        ReviewedResult result = report.result();
        json.writeStringField("gate", report.gate().label());
        json.writeNumberField("waived", result.waivedCount());
        if (!result.hasBaseline()) {
            json.writeNullField("baseline");
            return;
        }
        json.writeObjectFieldStart("baseline");
        json.writeStringField("file", result.baseline());
        json.writeNumberField("new", result.count(BaselineStatus.NEW));
        json.writeNumberField("unchanged", result.count(BaselineStatus.UNCHANGED));
        json.writeNumberField("fixed", result.fixed().size());
        json.writeEndObject();
    }

    /** After "remediation": fingerprint, status (new, unchanged or null) and waiver (or null). */
    static void writeFindingFields(JsonGenerator json, ReviewedFinding f) throws IOException {
        json.writeStringField("fingerprint", f.fingerprint());
        json.writeStringField("status", f.status() == null ? null : f.status().label());
        Waiver w = f.waiver();
        if (w == null) {
            json.writeNullField("waiver");
            return;
        }
        json.writeObjectFieldStart("waiver");
        json.writeStringField("justification", w.getJustification());
        json.writeStringField("owner", w.getOwner());
        json.writeStringField("ticket", w.getTicket());
        json.writeStringField("expires", w.getExpires().toString());
        json.writeStringField("source", w.getPosition() == null ? null : w.getPosition().file() + ":" + w.getPosition().line());
        json.writeEndObject();
    }

    /** The last top-level field: the baseline's findings that are gone (empty without a baseline). */
    static void writeFixed(JsonGenerator json, ReviewedResult result) throws IOException {
        json.writeArrayFieldStart("fixed");
        for (FixedFinding f : result.fixed()) {
            json.writeStartObject();
            json.writeStringField("fingerprint", f.fingerprint());
            json.writeStringField("ruleId", f.ruleId());
            json.writeStringField("severity", f.severity());
            json.writeStringField("title", f.title());
            json.writeStringField("message", f.message());
            JsonReport.writeSubject(json, f.subject());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
