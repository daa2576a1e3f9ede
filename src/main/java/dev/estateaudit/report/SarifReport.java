package dev.estateaudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.estateaudit.estate.SourcePosition;
import dev.estateaudit.findings.NotEvaluated;
import dev.estateaudit.findings.RuleDescriptor;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.findings.Subject;
import dev.estateaudit.review.FixedFinding;
import dev.estateaudit.review.ReviewedFinding;
import dev.estateaudit.review.Waiver;
import dev.estateaudit.util.ToolVersion;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 (OASIS), as GitHub code scanning reads it: the rules that ran, one result per
 * finding located in the estate file at the line of its subject, and the not-evaluated subjects
 * as tool notifications (they are not problems in the estate, but the audit could not decide).
 * Artifact URIs stay relative, as the user gave the files, so an upload resolves them against
 * the repository. A finding's life is in SARIF's own terms: its fingerprint in
 * {@code partialFingerprints}, a waiver as an accepted external {@code suppression}, and against a
 * baseline a {@code baselineState}, the fixed findings being results whose state is "absent".
 */
public final class SarifReport implements ReportRenderer {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";
    /** The key of ReviewedFinding.fingerprint() in partialFingerprints: the same identity as the JSON report's. */
    static final String FINGERPRINT_KEY = "estateAuditFingerprint/v1";

    @Override
    public void render(AuditReport report, Writer out) throws IOException {
        List<RuleDescriptor> rules = report.result().rules();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        String fallbackFile = report.result().estate().getFiles().isEmpty() ? "estate.yaml"
                : report.result().estate().getFiles().get(0);
        try (JsonGenerator json = ReportJson.generator(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json, report, rules);
            writeInvocation(json, report, fallbackFile);
            json.writeArrayFieldStart("results");
            for (ReviewedFinding f : report.result().findings()) {
                writeResult(json, f, ruleIndex.getOrDefault(f.ruleId(), -1), fallbackFile);
            }
            for (FixedFinding f : report.result().fixed()) {
                writeFixedResult(json, f, ruleIndex.getOrDefault(f.ruleId(), -1), fallbackFile);
            }
            json.writeEndArray();
            writeRunProperties(json, report);
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeTool(JsonGenerator json, AuditReport report, List<RuleDescriptor> rules) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", ToolVersion.NAME);
        json.writeStringField("semanticVersion", report.toolVersion());
        json.writeArrayFieldStart("rules");
        for (RuleDescriptor rule : rules) {
            writeRule(json, rule);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeRule(JsonGenerator json, RuleDescriptor rule) throws IOException {
        String whatItChecks = RulePage.of(rule.id()).map(p -> p.section("What it checks")).orElse("");
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeStringField("name", pascalCase(rule.id()));
        writeMessage(json, "shortDescription", rule.title());
        writeMessage(json, "fullDescription", whatItChecks.isEmpty() ? rule.title() : whatItChecks);
        json.writeObjectFieldStart("help");
        json.writeStringField("text", "Remediation: " + rule.remediation());
        json.writeStringField("markdown", "**Remediation:** " + rule.remediation()
                + "\n\nRun `estate-audit explain " + rule.id() + "` for the rationale and an example.");
        json.writeEndObject();
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(rule.severity()));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeStringField("category", rule.category());
        json.writeArrayFieldStart("tags");
        json.writeString("outsystems");
        json.writeString(rule.category());
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Not-evaluated subjects are notifications about the run, not results: no alert, yet visible. */
    private static void writeInvocation(JsonGenerator json, AuditReport report, String fallbackFile) throws IOException {
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", true);
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (NotEvaluated n : report.result().notEvaluated()) {
            json.writeStartObject();
            writeMessage(json, "message", n.ruleId() + " was not evaluated for " + n.subject().label()
                    + ": missing " + String.join(", ", n.missing()));
            json.writeStringField("level", "note");
            json.writeArrayFieldStart("locations");
            writeLocation(json, n.subject(), fallbackFile);
            json.writeEndArray();
            json.writeObjectFieldStart("associatedRule");
            json.writeStringField("id", n.ruleId());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void writeResult(JsonGenerator json, ReviewedFinding f, int ruleIndex, String fallbackFile) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", f.ruleId());
        if (ruleIndex >= 0) {
            json.writeNumberField("ruleIndex", ruleIndex);
        }
        json.writeStringField("level", level(f.severity()));
        writeMessage(json, "message", f.message());
        json.writeArrayFieldStart("locations");
        writeLocation(json, f.subject(), fallbackFile);
        json.writeEndArray();
        writeFingerprint(json, f.fingerprint());
        if (f.status() != null) {
            json.writeStringField("baselineState", f.status().label());
        }
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
    private static void writeFixedResult(JsonGenerator json, FixedFinding f, int ruleIndex, String fallbackFile) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", f.ruleId());
        if (ruleIndex >= 0) {
            json.writeNumberField("ruleIndex", ruleIndex);
        }
        json.writeStringField("kind", "pass");
        json.writeStringField("level", "none");
        writeMessage(json, "message", "Fixed since the baseline: " + f.message());
        json.writeArrayFieldStart("locations");
        writeLocation(json, f.subject(), fallbackFile);
        json.writeEndArray();
        writeFingerprint(json, f.fingerprint());
        json.writeStringField("baselineState", "absent");
        json.writeObjectFieldStart("properties");
        json.writeStringField("title", f.title());
        json.writeStringField("baselineSeverity", f.severity());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeFingerprint(JsonGenerator json, String fingerprint) throws IOException {
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT_KEY, fingerprint);
        json.writeEndObject();
    }

    /** A waiver lives outside the estate, in the waiver file: an "external" suppression, "accepted" until it expires. */
    private static void writeSuppression(JsonGenerator json, Waiver w) throws IOException {
        json.writeArrayFieldStart("suppressions");
        json.writeStartObject();
        json.writeStringField("kind", "external");
        json.writeStringField("status", "accepted");
        json.writeStringField("justification", w.getJustification() + " (waived " + FindingLifeText.acceptance(w) + ")");
        if (w.getPosition() != null) {
            json.writeObjectFieldStart("location");
            writePhysicalLocation(json, w.getPosition(), w.getPosition().file());
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

    /** After the results: the estate, the gate's verdict and scope, and what the waivers and the baseline changed (as in the JSON summary). */
    private static void writeRunProperties(JsonGenerator json, AuditReport report) throws IOException {
        json.writeObjectFieldStart("properties");
        json.writeStringField("estate", report.result().estate().getName());
        json.writeStringField("failOn", report.failOnLabel());
        json.writeBooleanField("passed", report.passed());
        FindingLifeJson.writeSummary(json, report);
        json.writeEndObject();
    }

    private static void writeLocation(JsonGenerator json, Subject subject, String fallbackFile) throws IOException {
        json.writeStartObject();
        writePhysicalLocation(json, subject.position(), fallbackFile);
        writeLogicalLocations(json, subject);
        json.writeEndObject();
    }

    /** The file and line of a position, or line 1 of the fallback file when the position is unknown. */
    private static void writePhysicalLocation(JsonGenerator json, SourcePosition position, String fallbackFile) throws IOException {
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(position == null ? fallbackFile : position.file()));
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", position == null ? 1 : Math.max(1, position.line()));
        if (position != null && position.column() > 0) {
            json.writeNumberField("startColumn", position.column());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeLogicalLocations(JsonGenerator json, Subject subject) throws IOException {
        String[][] parts = {
            {subject.environment(), "namespace", "environment"},
            {subject.zone(), "namespace", "zone"},
            {subject.frontEnd(), "resource", "frontEnd"},
            {subject.module(), "module", "module"}};
        json.writeArrayFieldStart("logicalLocations");
        StringBuilder path = new StringBuilder();
        for (String[] part : parts) {
            if (part[0] == null) {
                continue;
            }
            path.append(path.isEmpty() ? "" : "/").append(part[0]);
            json.writeStartObject();
            json.writeStringField("name", part[0]);
            json.writeStringField("fullyQualifiedName", path.toString());
            json.writeStringField("kind", part[1]);
            json.writeObjectFieldStart("properties");
            json.writeStringField("estateObject", part[2]);
            json.writeEndObject();
            json.writeEndObject();
        }
        if (path.isEmpty()) {
            json.writeStartObject();
            json.writeStringField("name", "estate");
            json.writeStringField("kind", "namespace");
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeMessage(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative URI reference for the path as the user wrote it: forward slashes, spaces escaped. */
    static String uri(String file) {
        String path = file.replace('\\', '/');
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }

    static String pascalCase(String id) {
        StringBuilder sb = new StringBuilder();
        for (String word : id.split("-")) {
            if (!word.isEmpty()) {
                sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return sb.toString();
    }
}
