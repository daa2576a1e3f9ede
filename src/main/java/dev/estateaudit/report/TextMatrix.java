package dev.estateaudit.report;

import dev.estateaudit.readiness.ReadinessMatrix;
import dev.estateaudit.readiness.TargetReadiness;
import dev.estateaudit.readiness.UnjudgedCheck;
import dev.estateaudit.readiness.Verdict;
import dev.estateaudit.review.ReviewedFinding;
import dev.estateaudit.util.ToolVersion;
import java.io.IOException;
import java.io.Writer;

/**
 * The readiness matrix as a table for a terminal, then each blocked target's blocking findings and
 * each unknown target's checks that could not judge it.
 */
final class TextMatrix implements MatrixRenderer {

    @Override
    public void render(ReadinessMatrix matrix, Writer raw) throws IOException {
        // no colour here: every control character in the output came from input and is shown escaped
        Writer out = new dev.estateaudit.util.EscapingWriter(raw);
        StringBuilder text = new StringBuilder();
        text.append(ToolVersion.NAME).append(" ").append(ToolVersion.get()).append(": ").append(matrix.estate())
                .append(": readiness by target version (fail on ").append(matrix.failOn()).append(")\n");
        text.append("Estate: ").append(String.join(", ", matrix.files())).append("\n");
        text.append("Judged ").append(matrix.judgedAgainst().describe()).append("\n\n");
        int width = Math.max("TARGET".length(), matrix.targets().stream().mapToInt(t -> t.target().length()).max().orElse(0));
        int verdictWidth = Math.max(7, matrix.targets().stream().mapToInt(t -> t.verdictText().length()).max().orElse(0));
        text.append(pad("TARGET", width)).append("  ").append(pad("VERDICT", verdictWidth))
                .append("  ERRORS  WARNINGS  INFO  NOT EVALUATED\n");
        for (TargetReadiness t : matrix.targets()) {
            text.append(pad(t.target(), width)).append("  ").append(pad(t.verdictText(), verdictWidth)).append("  ")
                    .append(pad(String.valueOf(t.errors()), 6)).append("  ").append(pad(String.valueOf(t.warnings()), 8))
                    .append("  ").append(pad(String.valueOf(t.info()), 4)).append("  ").append(t.notEvaluated()).append("\n");
        }
        for (TargetReadiness t : matrix.targets()) {
            if (t.verdict() == Verdict.BLOCKED) {
                text.append("\n").append(t.target()).append(" is blocked by:\n");
                for (ReviewedFinding f : t.blocking()) {
                    text.append("  [").append(f.ruleId()).append("] ").append(f.subject().label()).append(": ")
                            .append(f.message()).append("\n");
                }
            }
            if (!t.unjudged().isEmpty()) {
                text.append(t.verdict() == Verdict.BLOCKED ? "and, past the platform catalogue (" : "\n" + t.target() + " is unknown: the platform catalogue describes Platform Server ")
                        .append(matrix.knowledge().since()).append(" to ").append(matrix.knowledge().horizon())
                        .append(t.verdict() == Verdict.BLOCKED ? "), these checks could not judge it:\n" : ", so these checks could not judge it:\n");
                for (UnjudgedCheck c : t.unjudged()) {
                    text.append("  [").append(c.ruleId()).append("] ").append(c.subjects())
                            .append(c.subjects() == 1 ? " subject" : " subjects").append("\n");
                }
            }
        }
        long ready = matrix.targets().stream().filter(TargetReadiness::ready).count();
        long unknown = matrix.targets().stream().filter(t -> t.verdict() == Verdict.UNKNOWN).count();
        text.append("\nSummary: ").append(ready).append(" of ").append(matrix.targets().size()).append(" targets ready")
                .append(unknown == 0 ? "" : ", " + unknown + " unknown").append("\n");
        out.write(text.toString());
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
