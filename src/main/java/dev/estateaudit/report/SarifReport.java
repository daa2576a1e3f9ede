package dev.estateaudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.estateaudit.findings.NotEvaluated;
import dev.estateaudit.findings.RuleDescriptor;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * SARIF 2.1.0 (OASIS), as GitHub code scanning reads it: the rules that ran ({@link SarifRules}),
 * one result per finding located in the estate file at the line of its subject ({@link SarifResults},
 * {@link SarifLocations}), and the not-evaluated subjects as tool notifications (they are not
 * problems in the estate, but the audit could not decide). Artifact URIs are relative to a root
 * folder (the working directory unless --sarif-root says otherwise) with the base id
 * {@code %SRCROOT%} ({@link SarifUris}); the run's category is in {@link SarifAutomation}. This
 * class writes the document and its one run, and keeps the results to --sarif-max-results.
 */
public final class SarifReport implements ReportRenderer {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";
    /** The levels in the order --sarif-max-results keeps them; "none" is a fixed finding. */
    private static final List<String> LEVELS = List.of("error", "warning", "note", "none");

    private final SarifOptions options;

    public SarifReport() {
        this(SarifOptions.defaults());
    }

    public SarifReport(SarifOptions options) {
        this.options = options;
    }

    @Override
    public void render(AuditReport report, Writer out) throws IOException {
        List<RuleDescriptor> rules = report.result().rules();
        SarifLocations locations = SarifLocations.of(report, options.root());
        SarifResults results = new SarifResults(rules, locations);
        List<SarifResults.Entry> entries = SarifResults.entries(report);
        List<SarifResults.Entry> kept = kept(entries);
        try (JsonGenerator json = ReportJson.generator(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            SarifRules.writeTool(json, report, rules);
            SarifAutomation.write(json, report, options.azurePipeline());
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(SarifUris.SRCROOT);
            json.writeStringField("uri", SarifUris.rootUri(options.root()));
            json.writeEndObject();
            json.writeEndObject();
            writeInvocation(json, report, locations);
            json.writeArrayFieldStart("results");
            for (SarifResults.Entry e : kept) {
                results.write(json, e);
            }
            json.writeEndArray();
            writeRunProperties(json, report, entries, kept);
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    /** Every entry in report order; with a limit, the first N by level (errors first), each level in report order. */
    private List<SarifResults.Entry> kept(List<SarifResults.Entry> entries) {
        if (!options.limited() || entries.size() <= options.maxResults()) {
            return entries;
        }
        return entries.stream().sorted(Comparator.comparingInt(e -> LEVELS.indexOf(e.level())))
                .limit(options.maxResults()).toList();
    }

    /**
     * The warning for stderr when the SARIF of this report would hold more results than GitHub
     * code scanning accepts in one run, naming the way out; empty when it fits.
     */
    public static Optional<String> limitWarning(AuditReport report, SarifOptions options) {
        int results = report.result().findings().size() + report.result().fixed().size();
        int written = options.limited() ? Math.min(results, options.maxResults()) : results;
        if (written <= SarifOptions.GITHUB_RESULTS_PER_RUN) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "the SARIF report holds %,d results, more than the %,d per run that "
                + "GitHub code scanning accepts, so an upload of it will be rejected; --sarif-max-results %d keeps "
                + "the errors first and counts the rest in the run's properties", written,
                SarifOptions.GITHUB_RESULTS_PER_RUN, SarifOptions.GITHUB_RESULTS_PER_RUN));
    }

    /** Not-evaluated subjects are notifications about the run, not results: no alert, yet visible. */
    private static void writeInvocation(JsonGenerator json, AuditReport report, SarifLocations locations)
            throws IOException {
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", true);
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (NotEvaluated n : report.result().notEvaluated()) {
            json.writeStartObject();
            SarifFields.writeMessage(json, "message", n.ruleId() + " was not evaluated for " + n.subject().label()
                    + ": missing " + String.join(", ", n.missing()));
            json.writeStringField("level", "note");
            json.writeArrayFieldStart("locations");
            locations.writeLocation(json, n.subject());
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

    /**
     * After the results: the estate, the gate's verdict and scope, and what the waivers and the
     * baseline changed (as in the JSON summary); with --sarif-max-results, the limit and how many
     * results of each level it left out.
     */
    private void writeRunProperties(JsonGenerator json, AuditReport report, List<SarifResults.Entry> entries,
            List<SarifResults.Entry> kept) throws IOException {
        json.writeObjectFieldStart("properties");
        json.writeStringField("estate", report.result().estate().getName());
        ReportJson.writeJudgedAgainst(json, report.result().judgedAgainst());
        json.writeStringField("failOn", report.failOnLabel());
        json.writeBooleanField("passed", report.passed());
        json.writeStringField("coverage", report.result().coverage().describe());
        if (report.failOnNotEvaluated()) {
            ReportJson.writeStrings(json, "notEvaluatedFailing", report.notEvaluatedFailing());
        }
        FindingLifeJson.writeSummary(json, report);
        if (options.limited()) {
            json.writeNumberField("maxResults", options.maxResults());
            json.writeObjectFieldStart("omittedResults");
            json.writeNumberField("total", entries.size() - kept.size());
            for (String level : LEVELS) {
                long all = entries.stream().filter(e -> e.level().equals(level)).count();
                long written = kept.stream().filter(e -> e.level().equals(level)).count();
                json.writeNumberField(level, all - written);
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}
