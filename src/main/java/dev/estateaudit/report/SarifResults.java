package dev.estateaudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.estateaudit.findings.RuleDescriptor;
import dev.estateaudit.findings.Subject;
import dev.estateaudit.review.FixedFinding;
import dev.estateaudit.review.ReviewedFinding;
import dev.estateaudit.review.Waiver;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's results: one a finding, and against a baseline one a fixed finding. A finding's life
 * is in SARIF's own terms: its fingerprint in {@code partialFingerprints}, a waiver as an accepted
 * external {@code suppression}, against a baseline a {@code baselineState}, "absent" for a fixed one.
 */
final class SarifResults {

    /** The key of ReviewedFinding.fingerprint() in partialFingerprints: the same identity as the JSON report's. */
    static final String FINGERPRINT_KEY = "estateAuditFingerprint/v1";

    /** One result to write: a finding, or (finding null) a fixed finding of the baseline. */
    record Entry(ReviewedFinding finding, FixedFinding fixed) {
        /** "none" for a fixed finding: it is no problem any more. */
        String level() {
            return finding != null ? SarifFields.level(finding.severity()) : "none";
        }
    }

    /** Each rule's position in the driver's rules, which a result names as its ruleIndex. */
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final SarifLocations locations;

    SarifResults(List<RuleDescriptor> rules, SarifLocations locations) {
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        this.locations = locations;
    }

    /** The findings in report order, then the fixed findings. */
    static List<Entry> entries(AuditReport report) {
        List<Entry> entries = new ArrayList<>();
        report.result().findings().forEach(f -> entries.add(new Entry(f, null)));
        report.result().fixed().forEach(f -> entries.add(new Entry(null, f)));
        return entries;
    }

    void write(JsonGenerator json, Entry entry) throws IOException {
        if (entry.finding() != null) {
            writeResult(json, entry.finding());
        } else {
            writeFixedResult(json, entry.fixed());
        }
    }

    private void writeResult(JsonGenerator json, ReviewedFinding f) throws IOException {
        writeOpening(json, f.ruleId(), null, SarifFields.level(f.severity()), f.message(), f.subject());
        writeLife(json, f.fingerprint(), f.status() == null ? null : f.status().label());
        if (f.waived()) {
            writeSuppression(json, f.waiver());
        }
        json.writeObjectFieldStart("properties");
        json.writeStringField("title", f.rule().title());
        json.writeObjectFieldStart("evidence");
        for (Map.Entry<String, Object> e : f.evidence().entrySet()) {
            json.writeStringField(e.getKey(), String.valueOf(e.getValue()));
        }
        json.writeEndObject();
        json.writeStringField("remediation", f.rule().remediation());
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * A finding of the baseline that is gone: SARIF's "absent" baseline state. Its kind is "pass"
     * (the rule ran and no longer finds it), so a reader that ignores baselineState shows no alert.
     */
    private void writeFixedResult(JsonGenerator json, FixedFinding f) throws IOException {
        writeOpening(json, f.ruleId(), "pass", "none", "Fixed since the baseline: " + f.message(), f.subject());
        writeLife(json, f.fingerprint(), "absent");
        json.writeObjectFieldStart("properties");
        json.writeStringField("title", f.title());
        json.writeStringField("baselineSeverity", f.severity());
        json.writeEndObject();
        json.writeEndObject();
    }

    /** What every result starts with: its rule, kind (null: SARIF's default, "fail"), level, message and location. */
    private void writeOpening(JsonGenerator json, String ruleId, String kind, String level, String message,
            Subject subject) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", ruleId);
        int index = ruleIndex.getOrDefault(ruleId, -1);
        if (index >= 0) {
            json.writeNumberField("ruleIndex", index);
        }
        if (kind != null) {
            json.writeStringField("kind", kind);
        }
        json.writeStringField("level", level);
        SarifFields.writeMessage(json, "message", message);
        json.writeArrayFieldStart("locations");
        locations.writeLocation(json, subject);
        json.writeEndArray();
    }

    /** The result's identity across runs, and its state against the baseline (null: no baseline). */
    private static void writeLife(JsonGenerator json, String fingerprint, String baselineState) throws IOException {
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT_KEY, fingerprint);
        json.writeEndObject();
        if (baselineState != null) {
            json.writeStringField("baselineState", baselineState);
        }
    }

    /** A waiver lives outside the estate, in the waiver file: an "external" suppression, "accepted" until it expires. */
    private void writeSuppression(JsonGenerator json, Waiver w) throws IOException {
        json.writeArrayFieldStart("suppressions");
        json.writeStartObject();
        json.writeStringField("kind", "external");
        json.writeStringField("status", "accepted");
        json.writeStringField("justification", w.getJustification() + " (waived " + FindingLifeText.acceptance(w) + ")");
        if (w.getPosition() != null) {
            json.writeObjectFieldStart("location");
            locations.writePhysicalLocation(json, w.getPosition());
            json.writeEndObject();
        }
        json.writeObjectFieldStart("properties");
        json.writeStringField("owner", w.getOwner());
        if (w.getTicket() != null) {
            json.writeStringField("ticket", w.getTicket());
        }
        json.writeStringField("expires", w.getExpires().toString());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
    }
}
