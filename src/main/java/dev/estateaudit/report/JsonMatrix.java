package dev.estateaudit.report;

import dev.estateaudit.readiness.ReadinessMatrix;
import dev.estateaudit.readiness.TargetReadiness;
import dev.estateaudit.readiness.UnjudgedCheck;
import dev.estateaudit.review.ReviewedFinding;
import java.io.IOException;
import java.io.Writer;

/** The readiness matrix as data (docs/knowledge.md describes it); fields always present, in this order. */
final class JsonMatrix implements MatrixRenderer {

    /** 2: asOf, and the catalogue's source in knowledge. */
    static final int SCHEMA_VERSION = 2;

    @Override
    public void render(ReadinessMatrix matrix, Writer out) throws IOException {
        ReportJson.writeDocument(out, SCHEMA_VERSION, matrix.estate(), matrix.files(), json -> {
        json.writeStringField("failOn", matrix.failOn());
        ReportJson.writeJudgedAgainst(json, matrix.judgedAgainst());
        json.writeBooleanField("allReady", matrix.allReady());
        json.writeArrayFieldStart("targets");
        for (TargetReadiness t : matrix.targets()) {
            json.writeStartObject();
            json.writeStringField("targetVersion", t.target());
            json.writeStringField("verdict", t.verdict().label());
            json.writeBooleanField("ready", t.ready());
            json.writeObjectFieldStart("summary");
            json.writeNumberField("error", t.errors());
            json.writeNumberField("warning", t.warnings());
            json.writeNumberField("info", t.info());
            json.writeNumberField("notEvaluated", t.notEvaluated());
            json.writeEndObject();
            json.writeArrayFieldStart("blocking");
            for (ReviewedFinding f : t.blocking()) {
                json.writeStartObject();
                json.writeStringField("ruleId", f.ruleId());
                json.writeStringField("severity", f.severity().label());
                json.writeStringField("message", f.message());
                JsonReport.writeSubject(json, f.subject());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("unjudged");
            for (UnjudgedCheck c : t.unjudged()) {
                json.writeStartObject();
                json.writeStringField("ruleId", c.ruleId());
                json.writeNumberField("subjects", c.subjects());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        });
    }
}
