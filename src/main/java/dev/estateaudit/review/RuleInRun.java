package dev.estateaudit.review;

/**
 * A rule that ran in this audit (selected by --only/--skip): a waiver of a rule that did not run
 * is not reported unused, since its findings could not appear.
 */
public final class RuleInRun {

    private final String id;

    public RuleInRun(String id) {
        this.id = id;
    }

    public String getId() { return id; }
}
