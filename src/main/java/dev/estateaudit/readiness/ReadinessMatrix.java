package dev.estateaudit.readiness;

import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.engine.AuditOptions;
import dev.estateaudit.engine.Severity;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The answer to "can this estate move to version X?" for several X at once: the estate audited
 * once per candidate target, each ready or blocked with what blocks it. Renderers (text, JSON,
 * Markdown) read only this record.
 */
public record ReadinessMatrix(String estate, List<String> files, String failOn, List<TargetReadiness> targets) {

    public ReadinessMatrix {
        files = List.copyOf(files);
        targets = List.copyOf(targets);
    }

    /**
     * Audits a fresh copy of the estate per target (the loader is called once per target), so no
     * target's audit sees another's.
     */
    public static ReadinessMatrix audit(Supplier<Estate> loader, List<Version> targets, AuditEngine engine, Severity failOn) {
        return audit(loader, targets, engine, AuditOptions.DEFAULT, failOn);
    }

    /** As above, with a rule selection and waivers (a waived finding blocks no target). */
    public static ReadinessMatrix audit(Supplier<Estate> loader, List<Version> targets, AuditEngine engine,
            AuditOptions options, Severity failOn) {
        List<TargetReadiness> columns = new ArrayList<>();
        Estate first = null;
        for (Version target : targets) {
            Estate estate = loader.get();
            first = first == null ? estate : first;
            TargetVersions.apply(estate, target);
            columns.add(TargetReadiness.of(target.toString(), engine.audit(estate, options), failOn));
        }
        return new ReadinessMatrix(first.getName(), first.getFiles(), failOn == null ? "never" : failOn.label(), columns);
    }

    public boolean allReady() {
        return targets.stream().allMatch(TargetReadiness::ready);
    }
}
