package dev.estateaudit.plan;

/** The four phases an OutSystems upgrade goes through (OutSystems documentation, "Upgrade OutSystems platform"). */
public enum PlanPhase {
    ANALYSIS("Analysis and preparation"),
    PLANNING("Planning"),
    EXECUTION("Execution"),
    TESTING("Testing");

    private final String title;

    PlanPhase(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
