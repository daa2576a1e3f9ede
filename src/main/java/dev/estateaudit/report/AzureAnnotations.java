package dev.estateaudit.report;

import dev.estateaudit.review.ReviewedFinding;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --format azure}: an Azure Pipelines logging command per finding,
 * {@code ##vso[task.logissue type=error;sourcepath=PATH;linenumber=N;columnnumber=N;code=RULE-ID]MESSAGE}
 * ({@code type=warning} for a warning), which the agent lists as an issue of the step and the run.
 * LogIssue knows only errors and warnings, so an info finding gets no line.
 *
 * <p>Syntax: Microsoft's "Logging commands" page for Azure Pipelines
 * (https://learn.microsoft.com/azure/devops/pipelines/scripts/logging-commands, LogIssue: its
 * properties type, sourcepath, linenumber, columnnumber and code, and file paths given absolute).
 * Escaping, which that page leaves out, follows Microsoft's task library,
 * azure-pipelines-task-lib node/taskcommand.ts (escapedata and escape; read at commit
 * a5e7ee0f29dbcfd3772a8882795777d60b0198bf), and the agent's CommandStringConvertor, which decodes
 * it: in the message a '%' becomes %AZP25 (not %25: the agent leaves a plain %25 alone), a carriage
 * return %0D and a line feed %0A; a property value also has ';' as %3B and ']' as %5D, the
 * characters that end a property and the property list.
 */
final class AzureAnnotations extends AnnotationReport {

    private static final Map<Character, String> DATA = Map.of('%', "%AZP25", '\r', "%0D", '\n', "%0A");
    private static final Map<Character, String> PROPERTY = Map.of('%', "%AZP25", '\r', "%0D", '\n', "%0A", ';', "%3B", ']', "%5D");

    AzureAnnotations() {
        super(AnnotationPlace.Naming.ABSOLUTE, DATA, PROPERTY);
    }

    @Override
    Optional<String> line(ReviewedFinding f, AnnotationPlace place) {
        String type = switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> null;
        };
        if (type == null) {
            return Optional.empty();
        }
        return Optional.of("##vso[task.logissue type=" + type
                + ";sourcepath=" + property(place.file())
                + ";linenumber=" + place.line()
                + ";columnnumber=" + place.column()
                + ";code=" + property(f.ruleId())
                + "]" + data(title(f) + ": " + body(f)));
    }
}
