package dev.estateaudit.report;

import dev.estateaudit.plan.UpgradePlan;
import java.io.IOException;
import java.io.Writer;

/** Writes an upgrade plan in one format. */
public interface PlanRenderer {
    void render(UpgradePlan plan, Writer out) throws IOException;
}
