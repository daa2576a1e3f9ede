package dev.estateaudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.estateaudit.findings.RuleDescriptor;
import dev.estateaudit.util.ToolVersion;
import java.io.IOException;
import java.util.List;

/** The run's tool: estate-audit as the driver, with every rule that ran, its help and its default level. */
final class SarifRules {

    private SarifRules() {
    }

    static void writeTool(JsonGenerator json, AuditReport report, List<RuleDescriptor> rules) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", ToolVersion.NAME);
        json.writeStringField("fullName", ToolVersion.NAME + " " + report.toolVersion());
        json.writeStringField("version", report.toolVersion());
        json.writeStringField("semanticVersion", report.toolVersion());
        json.writeArrayFieldStart("rules");
        for (RuleDescriptor rule : rules) {
            writeRule(json, rule);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The full description is the rule page's "What it checks" where there is one, else the title. */
    private static void writeRule(JsonGenerator json, RuleDescriptor rule) throws IOException {
        String whatItChecks = RulePage.of(rule.id()).map(p -> p.section("What it checks")).orElse("");
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeStringField("name", pascalCase(rule.id()));
        SarifFields.writeMessage(json, "shortDescription", rule.title());
        SarifFields.writeMessage(json, "fullDescription", whatItChecks.isEmpty() ? rule.title() : whatItChecks);
        json.writeObjectFieldStart("help");
        json.writeStringField("text", "Remediation: " + rule.remediation());
        json.writeStringField("markdown", "**Remediation:** " + rule.remediation()
                + "\n\nRun `estate-audit explain " + rule.id() + "` for the rationale and an example.");
        json.writeEndObject();
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", SarifFields.level(rule.severity()));
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
