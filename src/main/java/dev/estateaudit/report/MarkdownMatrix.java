package dev.estateaudit.report;

import dev.estateaudit.readiness.ReadinessMatrix;
import dev.estateaudit.readiness.TargetReadiness;
import dev.estateaudit.review.ReviewedFinding;
import java.io.IOException;
import java.io.Writer;

/** The readiness matrix as a Markdown table, then each blocked target's blocking findings. */
final class MarkdownMatrix implements MatrixRenderer {

    @Override
    public void render(ReadinessMatrix matrix, Writer out) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Readiness of ").append(Markdown.escape(matrix.estate())).append(" by target version\n\n");
        md.append("Fail on: ").append(matrix.failOn()).append("\n\n");
        md.append("| Target | Verdict | Errors | Warnings | Info | Not evaluated |\n|---|---|---|---|---|---|\n");
        for (TargetReadiness t : matrix.targets()) {
            md.append("| ").append(t.target()).append(" | ").append(t.ready() ? "ready" : "**blocked**").append(" | ")
                    .append(t.errors()).append(" | ").append(t.warnings()).append(" | ").append(t.info()).append(" | ")
                    .append(t.notEvaluated()).append(" |\n");
        }
        for (TargetReadiness t : matrix.targets()) {
            if (t.ready()) {
                continue;
            }
            md.append("\n## ").append(t.target()).append(" is blocked by\n\n");
            for (ReviewedFinding f : t.blocking()) {
                md.append("- ").append(Markdown.code(f.ruleId())).append(" ").append(Markdown.escape(f.subject().label())).append(": ")
                        .append(Markdown.escape(f.message())).append("\n");
            }
        }
        out.write(md.toString());
    }
}
