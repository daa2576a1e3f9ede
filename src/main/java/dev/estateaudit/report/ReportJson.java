package dev.estateaudit.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON output for the JSON-based reports other than the JSON contract itself: two-space indent,
 * {@code "key": value}, "\n" line ends on every platform.
 */
final class ReportJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Separators SEPARATORS = Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator("");

    private ReportJson() {
    }

    /** A pretty-printing generator that leaves the writer open for the caller. */
    static JsonGenerator generator(Writer out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        JsonGenerator json = FACTORY.createGenerator(out);
        json.setPrettyPrinter(new DefaultPrettyPrinter(SEPARATORS).withObjectIndenter(indenter).withArrayIndenter(indenter));
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return json;
    }
}
