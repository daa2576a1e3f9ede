package dev.estateaudit.report;

import dev.estateaudit.readiness.ReadinessMatrix;
import dev.estateaudit.readiness.TargetReadiness;
import dev.estateaudit.review.ReviewedFinding;
import dev.estateaudit.util.ToolVersion;
import java.io.IOException;
import java.io.Writer;

/** The readiness matrix as a table for a terminal, then each blocked target's blocking findings. */
final class TextMatrix implements MatrixRenderer {

    @Override
    public void render(ReadinessMatrix matrix, Writer raw) throws IOException {
        // no colour here: every control character in the output came from input and is shown escaped
        Writer out = new dev.estateaudit.util.EscapingWriter(raw);
        StringBuilder text = new StringBuilder();
        text.append(ToolVersion.NAME).append(" ").append(ToolVersion.get()).append(": ").append(matrix.estate())
                .append(": readiness by target version (fail on ").append(matrix.failOn()).append(")\n");
        text.append("Estate: ").append(String.join(", ", matrix.files())).append("\n\n");
        int width = Math.max("TARGET".length(), matrix.targets().stream().mapToInt(t -> t.target().length()).max().orElse(0));
        text.append(pad("TARGET", width)).append("  VERDICT  ERRORS  WARNINGS  INFO  NOT EVALUATED\n");
        for (TargetReadiness t : matrix.targets()) {
            text.append(pad(t.target(), width)).append("  ").append(pad(t.verdict(), 7)).append("  ")
                    .append(pad(String.valueOf(t.errors()), 6)).append("  ").append(pad(String.valueOf(t.warnings()), 8))
                    .append("  ").append(pad(String.valueOf(t.info()), 4)).append("  ").append(t.notEvaluated()).append("\n");
        }
        for (TargetReadiness t : matrix.targets()) {
            if (t.ready()) {
                continue;
            }
            text.append("\n").append(t.target()).append(" is blocked by:\n");
            for (ReviewedFinding f : t.blocking()) {
                text.append("  [").append(f.ruleId()).append("] ").append(f.subject().label()).append(": ").append(f.message()).append("\n");
            }
        }
        long ready = matrix.targets().stream().filter(TargetReadiness::ready).count();
        text.append("\nSummary: ").append(ready).append(" of ").append(matrix.targets().size()).append(" targets ready\n");
        out.write(text.toString());
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
