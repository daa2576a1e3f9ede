package dev.estateaudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.estateaudit.util.ToolVersion;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The run's automationDetails: which category of code scanning results it belongs to, so that
 * runs of the same estate (or the same pipeline job) replace each other and other estates' stay.
 */
final class SarifAutomation {

    private SarifAutomation() {
    }

    /** The estate's category, or inside an Azure DevOps pipeline (non-null pipeline) the pipeline job's identity. */
    static void write(JsonGenerator json, AuditReport report, AzurePipelineRun pipeline) throws IOException {
        json.writeObjectFieldStart("automationDetails");
        if (pipeline == null) {
            json.writeStringField("id", automationId(report));
        } else {
            json.writeStringField("id", pipeline.automationId());
            json.writeObjectFieldStart("properties");
            for (Map.Entry<String, String> p : pipeline.properties().entrySet()) {
                json.writeStringField(p.getKey(), p.getValue());
            }
            json.writeStringField("estate", report.result().estate().getName());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /**
     * The run's category for code scanning: {@code estate-audit/<estate>/}, from the
     * estate's name (else the first file's name), so two estates' uploads keep apart. It ends with a
     * slash: it names the category only, and no run instance, so the same estate's runs replace
     * each other as they should.
     */
    static String automationId(AuditReport report) {
        String slug = slug(report.result().estate().getName());
        if (slug.isEmpty() && !report.result().estate().getFiles().isEmpty()) {
            String file = report.result().estate().getFiles().get(0).replace('\\', '/');
            String name = file.substring(file.lastIndexOf('/') + 1);
            slug = slug(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
        }
        return ToolVersion.NAME + "/" + (slug.isEmpty() ? "estate" : slug) + "/";
    }

    /** Lower-case ASCII letters and digits, runs of anything else as one '-': "ACME Fábrica 11" → "acme-fabrica-11". */
    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
