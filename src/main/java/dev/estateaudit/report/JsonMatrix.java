package dev.estateaudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.estateaudit.readiness.ReadinessMatrix;
import dev.estateaudit.readiness.TargetReadiness;
import dev.estateaudit.review.ReviewedFinding;
import java.io.IOException;
import java.io.Writer;

/** The readiness matrix as data (docs/knowledge.md describes it); fields always present, in this order. */
final class JsonMatrix implements MatrixRenderer {

    @Override
    public void render(ReadinessMatrix matrix, Writer out) throws IOException {
        try (JsonGenerator json = ReportJson.generator(out)) {
            json.writeStartObject();
            ReportJson.writeHeader(json, 1);
            json.writeStringField("estate", matrix.estate());
            json.writeArrayFieldStart("files");
            for (String f : matrix.files()) {
                json.writeString(f);
            }
            json.writeEndArray();
            json.writeStringField("failOn", matrix.failOn());
            json.writeBooleanField("allReady", matrix.allReady());
            json.writeArrayFieldStart("targets");
            for (TargetReadiness t : matrix.targets()) {
                json.writeStartObject();
                json.writeStringField("targetVersion", t.target());
                json.writeStringField("verdict", t.verdict());
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
                    json.writeStringField("environment", f.subject().environment());
                    json.writeStringField("module", f.subject().module());
                    json.writeStringField("zone", f.subject().zone());
                    json.writeStringField("frontEnd", f.subject().frontEnd());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }
}
