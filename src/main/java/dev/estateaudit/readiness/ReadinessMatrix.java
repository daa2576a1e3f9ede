package dev.estateaudit.readiness;

import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.Version;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.findings.JudgedAgainst;
import dev.estateaudit.knowledge.KnowledgeHorizon;
import dev.estateaudit.review.AuditOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer to "can this estate move to version X?" for several X at once: the estate audited
 * once per candidate target, each ready, blocked with what blocks it, or unknown when the
 * platform catalogue does not describe it. Renderers (text, JSON,
 * Markdown) read only this record.
 */
public record ReadinessMatrix(String estate, List<String> files, String failOn, KnowledgeHorizon knowledge,
                              List<TargetReadiness> targets, JudgedAgainst judgedAgainst) {

    public ReadinessMatrix {
        files = List.copyOf(files);
        targets = List.copyOf(targets);
    }

    public static ReadinessMatrix audit(Estate estate, List<Version> targets, AuditEngine engine, Severity failOn) {
        return audit(estate, targets, engine, AuditOptions.DEFAULT, failOn);
    }

    /**
     * One parsed estate, audited per target through a copy planned for that target: no target's
     * audit sees another's, and the estate is never read twice. A waived finding blocks no target.
     */
    public static ReadinessMatrix audit(Estate estate, List<Version> targets, AuditEngine engine,
            AuditOptions options, Severity failOn) {
        List<TargetReadiness> columns = new ArrayList<>();
        KnowledgeHorizon span = engine.knowledge().horizon();
        for (Version target : targets) {
            columns.add(TargetReadiness.of(target.toString(), options.review(engine, estate.withTargetVersion(target)), failOn,
                    span.covers(target)));
        }
        return new ReadinessMatrix(estate.getName(), estate.getFiles(), failOn == null ? "never" : failOn.label(), span,
                columns, JudgedAgainst.of(engine.asOf(), engine.knowledge()));
    }

    public boolean allReady() {
        return targets.stream().allMatch(TargetReadiness::ready);
    }

    /**
     * The gate: every target ready. An unknown target fails it like a blocked one, unless the gate
     * is off ({@code --fail-on never}); it is still never reported as ready.
     */
    public boolean gatePasses() {
        return "never".equals(failOn) || allReady();
    }
}
