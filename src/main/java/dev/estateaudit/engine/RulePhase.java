package dev.estateaudit.engine;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The built-in rules come in three rule bases, one per phase of a run, each a folder of
 * {@code rules/}: the audit proper (every other folder), the review of its findings against
 * waivers ({@code rules/waivers}), and the upgrade plan ({@code rules/plan}). Each phase is compiled
 * at build time into its own rule base, so no phase's rules can fire in another's session.
 */
public enum RulePhase {
    AUDIT(null, true),
    WAIVERS("waivers", true),
    PLAN("plan", false);

    private final String folder;
    private final boolean listed;

    RulePhase(String folder, boolean listed) {
        this.folder = folder;
        this.listed = listed;
    }

    /**
     * Whether its rules report findings, each with {@code @id} metadata, and so are in the rule list
     * ({@code rules}, {@code explain}, reports); the plan's rules add plan steps instead.
     */
    public boolean listed() {
        return listed;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The phase a built-in rule file belongs to, by its first folder under {@code rules/}. */
    static RulePhase of(Path rulesRoot, Path file) {
        Path relative = rulesRoot.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        String top = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        for (RulePhase phase : values()) {
            if (top.equals(phase.folder)) {
                return phase;
            }
        }
        return AUDIT;
    }

    /** Where the build writes the list of this phase's model classes. */
    String modelsResource() {
        return "/dev/estateaudit/engine/builtin-" + label() + ".models";
    }
}
