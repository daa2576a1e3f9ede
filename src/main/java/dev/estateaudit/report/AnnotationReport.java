package dev.estateaudit.report;

import dev.estateaudit.review.ReviewedFinding;
import dev.estateaudit.review.Waiver;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;

/**
 * Findings as a CI service's log commands: one line per finding, in report order, each pointing at
 * the estate file and line of its subject. The service turns each line into an annotation where a
 * reviewer sees it. Waived findings keep their level and say they are waived, as the text report
 * does; fixed findings of a baseline and subjects a rule could not evaluate are no findings and
 * get no line. The lines state no verdict: the exit code is the gate.
 */
abstract class AnnotationReport implements ReportRenderer {

    private final AnnotationPlace.Naming naming;
    private final Map<Character, String> dataEscapes;
    private final Map<Character, String> propertyEscapes;

    /**
     * @param dataEscapes     what each character the service treats specially becomes in a message
     * @param propertyEscapes the same for a property value (the message's escapes and more)
     */
    AnnotationReport(AnnotationPlace.Naming naming, Map<Character, String> dataEscapes, Map<Character, String> propertyEscapes) {
        this.naming = naming;
        this.dataEscapes = dataEscapes;
        this.propertyEscapes = propertyEscapes;
    }

    @Override
    public final void render(AuditReport report, Writer out) throws IOException {
        String fallbackFile = AnnotationPlace.fallbackFile(report);
        for (ReviewedFinding f : report.result().findings()) {
            Optional<String> line = line(f, AnnotationPlace.of(f.subject().position(), fallbackFile, naming));
            if (line.isPresent()) {
                out.write(line.get());
                out.write('\n');
            }
        }
    }

    /** The finding's command line, without its line end; empty when the service has no level for it. */
    abstract Optional<String> line(ReviewedFinding f, AnnotationPlace place);

    /** The rule's title, marked " (waived)" or " (new)" as in the text report. */
    static String title(ReviewedFinding f) {
        return f.rule().title() + FindingLifeText.tag(f);
    }

    /** What the annotation says: the finding's message, how to fix it, and the waiver that accepts it, one per line. */
    static String body(ReviewedFinding f) {
        StringBuilder sb = new StringBuilder(f.message());
        sb.append("\nFix: ").append(f.rule().remediation());
        Waiver w = f.waiver();
        if (w != null) {
            sb.append("\nWaived ").append(FindingLifeText.acceptance(w)).append(": ").append(w.getJustification());
        }
        return sb.toString();
    }

    /** A message as the service reads it back. */
    final String data(String text) {
        return escape(text, dataEscapes);
    }

    /** A property value as the service reads it back. */
    final String property(String text) {
        return escape(text, propertyEscapes);
    }

    /** Replaces each character that is a key of {@code escapes} by its value, in one pass (so no escape is escaped again). */
    private static String escape(String text, Map<Character, String> escapes) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = escapes.get(c);
            if (replacement != null) {
                sb.append(replacement);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
