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
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF 2.1.0 (OASIS), as GitHub code scanning reads it: the rules that ran, one result per
 * finding located in the estate file at the line of its subject, and the not-evaluated subjects
 * as tool notifications (they are not problems in the estate, but the audit could not decide).
 * Artifact URIs are relative to a root folder (the working directory unless --sarif-root says
 * otherwise) with the base id {@code %SRCROOT%}, so an upload resolves them against the repository
 * however the estate file was named; a file outside the root is an absolute {@code file:} URI. A
 * finding's life is in SARIF's own terms: its fingerprint in {@code partialFingerprints}, a waiver
 * as an accepted external {@code suppression}, and against a baseline a {@code baselineState}, the
 * fixed findings being results whose state is "absent".
 */
public final class SarifReport implements ReportRenderer {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";
    /** The key of ReviewedFinding.fingerprint() in partialFingerprints: the same identity as the JSON report's. */
    static final String FINGERPRINT_KEY = "estateAuditFingerprint/v1";
    /** The base id of every artifact URI inside the root. */
    static final String SRCROOT = "%SRCROOT%";
    /** The levels in the order --sarif-max-results keeps them; "none" is a fixed finding. */
    private static final List<String> LEVELS = List.of("error", "warning", "note", "none");

    private final SarifOptions options;

    public SarifReport() {
        this(SarifOptions.defaults());
    }

    public SarifReport(SarifOptions options) {
        this.options = options;
    }

    /** One result to write: a finding, or a fixed finding of the baseline. */
    private record Entry(ReviewedFinding finding, FixedFinding fixed) {
        String level() {
            return finding != null ? SarifReport.level(finding.severity()) : "none";
        }
    }

    @Override
    public void render(AuditReport report, Writer out) throws IOException {
        List<RuleDescriptor> rules = report.result().rules();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        String fallbackFile = report.result().estate().getFiles().isEmpty() ? "estate.yaml"
                : report.result().estate().getFiles().get(0);
        List<Entry> entries = entries(report);
        List<Entry> kept = kept(entries);
        try (JsonGenerator json = ReportJson.generator(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json, report, rules);
            writeAutomationDetails(json, report);
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(SRCROOT);
            json.writeStringField("uri", rootUri(options.root()));
            json.writeEndObject();
            json.writeEndObject();
            writeInvocation(json, report, fallbackFile);
            json.writeArrayFieldStart("results");
            for (Entry e : kept) {
                if (e.finding() != null) {
                    writeResult(json, e.finding(), ruleIndex.getOrDefault(e.finding().ruleId(), -1), fallbackFile);
                } else {
                    writeFixedResult(json, e.fixed(), ruleIndex.getOrDefault(e.fixed().ruleId(), -1), fallbackFile);
                }
            }
            json.writeEndArray();
            writeRunProperties(json, report, entries, kept);
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static List<Entry> entries(AuditReport report) {
        List<Entry> entries = new ArrayList<>();
        report.result().findings().forEach(f -> entries.add(new Entry(f, null)));
        report.result().fixed().forEach(f -> entries.add(new Entry(null, f)));
        return entries;
    }

    /** Every entry in report order; with a limit, the first N by level (errors first), each level in report order. */
    private List<Entry> kept(List<Entry> entries) {
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

    /** The estate's category, or inside an Azure DevOps pipeline the pipeline job's identity. */
    private void writeAutomationDetails(JsonGenerator json, AuditReport report) throws IOException {
        json.writeObjectFieldStart("automationDetails");
        AzurePipelineRun pipeline = options.azurePipeline();
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

    private static void writeTool(JsonGenerator json, AuditReport report, List<RuleDescriptor> rules) throws IOException {
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
    private void writeInvocation(JsonGenerator json, AuditReport report, String fallbackFile) throws IOException {
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

    private void writeResult(JsonGenerator json, ReviewedFinding f, int ruleIndex, String fallbackFile) throws IOException {
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
    private void writeFixedResult(JsonGenerator json, FixedFinding f, int ruleIndex, String fallbackFile) throws IOException {
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
    private void writeSuppression(JsonGenerator json, Waiver w) throws IOException {
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

    /**
     * After the results: the estate, the gate's verdict and scope, and what the waivers and the
     * baseline changed (as in the JSON summary); with --sarif-max-results, the limit and how many
     * results of each level it left out.
     */
    private void writeRunProperties(JsonGenerator json, AuditReport report, List<Entry> entries, List<Entry> kept)
            throws IOException {
        json.writeObjectFieldStart("properties");
        json.writeStringField("estate", report.result().estate().getName());
        json.writeStringField("failOn", report.failOnLabel());
        json.writeBooleanField("passed", report.passed());
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

    private void writeLocation(JsonGenerator json, Subject subject, String fallbackFile) throws IOException {
        json.writeStartObject();
        writePhysicalLocation(json, subject.position(), fallbackFile);
        writeLogicalLocations(json, subject);
        json.writeEndObject();
    }

    /** The file and line of a position, or line 1 of the fallback file when the position is unknown. */
    private void writePhysicalLocation(JsonGenerator json, SourcePosition position, String fallbackFile) throws IOException {
        json.writeObjectFieldStart("physicalLocation");
        writeArtifactLocation(json, position == null ? fallbackFile : position.file());
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

    /**
     * A file inside the root as a URI relative to {@code %SRCROOT%}, one outside it as an absolute
     * {@code file:} URI with no base: the same file gives the same location whether it was named by
     * a relative or an absolute path.
     */
    private void writeArtifactLocation(JsonGenerator json, String file) throws IOException {
        json.writeObjectFieldStart("artifactLocation");
        Path path = absolute(file);
        if (path != null && path.startsWith(options.root())) {
            json.writeStringField("uri", relativeUri(options.root().relativize(path)));
            json.writeStringField("uriBaseId", SRCROOT);
        } else if (path != null) {
            json.writeStringField("uri", path.toUri().toASCIIString());
        } else {
            json.writeStringField("uri", encode(file.replace('\\', '/')));
        }
        json.writeEndObject();
    }

    /** The file as an absolute, normalised path against the working directory; null if it is no path on this system. */
    private static Path absolute(String file) {
        try {
            return Path.of(file).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The root as a file: URI ending with '/', as originalUriBaseIds requires of a base. */
    static String rootUri(Path root) {
        String uri = root.toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /** A relative path as a URI reference: its names joined by '/', each percent-encoded. */
    static String relativeUri(Path relative) {
        List<String> names = new ArrayList<>();
        relative.forEach(name -> names.add(encode(name.toString())));
        return String.join("/", names);
    }

    /**
     * Percent-encodes all but RFC 3986's unreserved characters, its sub-delimiters, '@' and '/', as
     * UTF-8: a ':' is encoded too, so a relative reference never reads as a scheme.
     */
    static String encode(String text) {
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=@/".indexOf(c) >= 0)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
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
