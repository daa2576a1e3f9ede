package dev.estateaudit.report;

import dev.estateaudit.plan.AuditedFinding;
import dev.estateaudit.plan.FixOrder;
import dev.estateaudit.plan.PlanLink;
import dev.estateaudit.plan.PlanPhase;
import dev.estateaudit.plan.PlanStep;
import dev.estateaudit.plan.PlannedEnvironment;
import dev.estateaudit.plan.UpgradePlan;
import java.io.IOException;
import java.io.Writer;

/** The plan as data (docs/plan.md describes the fields); fields always present, in this order. */
final class JsonPlan implements PlanRenderer {

    /**
     * 2: blocking findings carry title, remediation, the explain command and their fix stage instead of a docs/ path, in fix order.
     * 3: asOf and knowledge, what the plan was judged against.
     */
    public static final int SCHEMA_VERSION = 3;

    @Override
    public void render(UpgradePlan plan, Writer out) throws IOException {
        ReportJson.writeDocument(out, SCHEMA_VERSION, plan.estate(), plan.files(), json -> {
        ReportJson.writeJudgedAgainst(json, plan.judgedAgainst());
        json.writeStringField("targetVersion", plan.target());
        json.writeBooleanField("blocked", plan.blocked());
        json.writeArrayFieldStart("blocking");
        for (AuditedFinding f : plan.blocking()) {
            json.writeStartObject();
            json.writeStringField("ruleId", f.getRuleId());
            json.writeStringField("title", f.getTitle());
            json.writeStringField("message", f.getMessage());
            json.writeStringField("environment", f.getEnvironment());
            json.writeStringField("module", f.getModule());
            json.writeStringField("remediation", f.getRemediation());
            json.writeStringField("explain", f.getExplain());
            json.writeStringField("fixStage", FixOrder.Stage.of(f.getCategory()).label());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("warnings", plan.warnings());
        json.writeNumberField("notEvaluated", plan.notEvaluated());
        json.writeArrayFieldStart("order");
        for (PlannedEnvironment e : plan.order()) {
            json.writeStartObject();
            json.writeStringField("name", e.name());
            json.writeStringField("role", e.role());
            json.writeStringField("hosting", e.hosting());
            json.writeStringField("platformVersion", e.platformVersion());
            json.writeStringField("strategy", e.strategy() == null ? null : e.strategy().label());
            json.writeStringField("reason", e.reason());
            json.writeStringField("basis", e.basis());
            json.writeBooleanField("upToDate", e.upToDate());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("phases");
        for (PlanPhase phase : PlanPhase.values()) {
            json.writeStartObject();
            json.writeStringField("phase", phase.key());
            json.writeStringField("title", phase.title());
            json.writeArrayFieldStart("steps");
            for (PlanStep step : plan.steps(phase)) {
                json.writeStartObject();
                json.writeStringField("id", step.id());
                json.writeStringField("environment", step.environment());
                ReportJson.writeStrings(json, "environments", step.environments());
                json.writeStringField("text", step.text());
                ReportJson.writeStrings(json, "details", step.details());
                ReportJson.writeStrings(json, "notes", step.notes());
                json.writeArrayFieldStart("links");
                for (PlanLink link : step.links()) {
                    json.writeStartObject();
                    json.writeStringField("title", link.title());
                    json.writeStringField("url", link.url());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        });
    }
}
