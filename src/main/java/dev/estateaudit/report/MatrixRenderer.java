package dev.estateaudit.report;

import dev.estateaudit.readiness.ReadinessMatrix;
import java.io.IOException;
import java.io.Writer;

/** Writes a readiness matrix in one format. */
public interface MatrixRenderer {
    void render(ReadinessMatrix matrix, Writer out) throws IOException;
}
