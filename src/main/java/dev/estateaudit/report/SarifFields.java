package dev.estateaudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.estateaudit.findings.Severity;
import java.io.IOException;

/** The two small shapes every part of the SARIF report repeats: a message object and a severity's level. */
final class SarifFields {

    private SarifFields() {
    }

    /** SARIF wants text inside an object ({@code "message": {"text": ...}}), never a bare string. */
    static void writeMessage(JsonGenerator json, String field, String text) throws IOException {
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
}
