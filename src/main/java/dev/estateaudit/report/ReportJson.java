package dev.estateaudit.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.estateaudit.findings.JudgedAgainst;
import dev.estateaudit.util.ToolVersion;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The one JSON style of every JSON output (report, SARIF, plan, readiness matrix): two-space
 * indent, {@code "key": value}, "\n" line ends on every platform.
 */
public final class ReportJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Separators SEPARATORS = Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator("");

    private ReportJson() {
    }

    /** A pretty-printing generator that leaves the writer open for the caller. */
    public static JsonGenerator generator(Writer out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        JsonGenerator json = FACTORY.createGenerator(out);
        json.setPrettyPrinter(new DefaultPrettyPrinter(SEPARATORS).withObjectIndenter(indenter).withArrayIndenter(indenter));
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return json;
    }

    /** The opening every estate-audit JSON document shares: its schema version and the tool. */
    public static void writeHeader(JsonGenerator json, int schemaVersion) throws IOException {
        json.writeNumberField("schemaVersion", schemaVersion);
        json.writeObjectFieldStart("tool");
        json.writeStringField("name", ToolVersion.NAME);
        json.writeStringField("version", ToolVersion.get());
        json.writeEndObject();
    }

    /** What a document writes after the opening fields. */
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    /**
     * A document of the plan or the readiness matrix: one object opening with the header and the
     * estate's name and files, then {@code body}, then a line end.
     */
    public static void writeDocument(Writer out, int schemaVersion, String estate, List<String> files, Body body)
            throws IOException {
        try (JsonGenerator json = generator(out)) {
            json.writeStartObject();
            writeHeader(json, schemaVersion);
            json.writeStringField("estate", estate);
            writeStrings(json, "files", files);
            body.write(json);
            json.writeEndObject();
        }
        out.write('\n');
    }

    /** What the document was judged against: {@code "asOf": "2026-12-07", "knowledge": {"source", "from", "horizon"}}. */
    public static void writeJudgedAgainst(JsonGenerator json, JudgedAgainst judged) throws IOException {
        json.writeStringField("asOf", judged.asOf().toString());
        json.writeObjectFieldStart("knowledge");
        json.writeStringField("source", judged.catalogue());
        json.writeStringField("from", judged.from().toString());
        json.writeStringField("horizon", judged.horizon().toString());
        json.writeEndObject();
    }

    public static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
