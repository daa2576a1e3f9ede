package dev.estateaudit.report;

import dev.estateaudit.readiness.ReadinessMatrix;
import dev.estateaudit.readiness.TargetReadiness;
import dev.estateaudit.readiness.UnjudgedCheck;
import dev.estateaudit.readiness.Verdict;
import dev.estateaudit.review.ReviewedFinding;
import java.io.IOException;
import java.io.Writer;

/**
 * The readiness matrix as a Markdown table, then each blocked target's blocking findings and each
 * unknown target's checks that could not judge it.
 */
final class MarkdownMatrix implements MatrixRenderer {

    @Override
    public void render(ReadinessMatrix matrix, Writer out) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Readiness of ").append(Markdown.escape(matrix.estate())).append(" by target version\n\n");
        md.append("Fail on: ").append(matrix.failOn()).append("\n\n");
        md.append("Judged ").append(Markdown.escape(matrix.judgedAgainst().describe())).append("\n\n");
        md.append("| Target | Verdict | Errors | Warnings | Info | Not evaluated |\n|---|---|---|---|---|---|\n");
        for (TargetReadiness t : matrix.targets()) {
            md.append("| ").append(t.target()).append(" | ").append(t.ready() ? t.verdictText() : "**" + t.verdict().label() + "**")
                    .append(" | ").append(t.errors()).append(" | ").append(t.warnings()).append(" | ").append(t.info())
                    .append(" | ").append(t.notEvaluated()).append(" |\n");
        }
        for (TargetReadiness t : matrix.targets()) {
            if (t.verdict() == Verdict.BLOCKED) {
                md.append("\n## ").append(t.target()).append(" is blocked by\n\n");
                for (ReviewedFinding f : t.blocking()) {
                    md.append("- ").append(Markdown.code(f.ruleId())).append(" ").append(Markdown.escape(f.subject().label())).append(": ")
                            .append(Markdown.escape(f.message())).append("\n");
                }
            }
            if (!t.unjudged().isEmpty()) {
                md.append(t.verdict() == Verdict.BLOCKED ? "\nPast the platform catalogue (Platform Server "
                                : "\n## " + t.target() + " is unknown\n\nThe platform catalogue describes Platform Server ")
                        .append(matrix.knowledge().since()).append(" to ").append(matrix.knowledge().horizon())
                        .append(t.verdict() == Verdict.BLOCKED ? "), these checks could not judge it:\n\n" : "; these checks could not judge it:\n\n");
                for (UnjudgedCheck c : t.unjudged()) {
                    md.append("- ").append(Markdown.code(c.ruleId())).append(" (").append(c.subjects())
                            .append(c.subjects() == 1 ? " subject" : " subjects").append(")\n");
                }
            }
        }
        out.write(md.toString());
    }
}
