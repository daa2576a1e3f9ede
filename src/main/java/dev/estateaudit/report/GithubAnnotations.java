package dev.estateaudit.report;

import dev.estateaudit.review.ReviewedFinding;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --format github}: a GitHub Actions workflow command per finding,
 * {@code ::error file=PATH,line=N,col=N,title=TITLE::MESSAGE} ({@code ::warning} for a warning,
 * {@code ::notice} for an info finding), which the runner shows as an annotation on the file and line.
 *
 * <p>Syntax: GitHub's "Workflow commands for GitHub Actions" page
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands, sections on
 * setting a notice, warning and error message). Escaping: GitHub's page shows none, so it follows
 * what the runner decodes and GitHub's own toolkit writes, actions/toolkit packages/core/src/command.ts
 * (escapeData and escapeProperty; read at commit 4b9afa4c890de9d1a84c75bb617ee4d96207823a): in the
 * message a '%' becomes %25, a carriage return %0D and a line feed %0A; a property value also has
 * ':' as %3A and ',' as %2C, since those end a property.
 */
final class GithubAnnotations extends AnnotationReport {

    private static final Map<Character, String> DATA = Map.of('%', "%25", '\r', "%0D", '\n', "%0A");
    private static final Map<Character, String> PROPERTY = Map.of('%', "%25", '\r', "%0D", '\n', "%0A", ':', "%3A", ',', "%2C");

    GithubAnnotations() {
        super(AnnotationPlace.Naming.RELATIVE, DATA, PROPERTY);
    }

    @Override
    Optional<String> line(ReviewedFinding f, AnnotationPlace place) {
        String command = switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        return Optional.of("::" + command
                + " file=" + property(place.file())
                + ",line=" + place.line()
                + ",col=" + place.column()
                + ",title=" + property(f.ruleId() + ": " + title(f))
                + "::" + data(body(f)));
    }
}
