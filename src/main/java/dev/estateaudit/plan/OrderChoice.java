package dev.estateaudit.plan;

/**
 * Which order the plan follows, decided once by the ordering plan rules: the user's
 * {@code upgrade.order} as given, or the staging order when there is none or when the audit found
 * it puts production before every non-production environment ({@code overruledBy} is that finding's
 * message).
 */
public record OrderChoice(boolean kept, String overruledBy) {

    /** The audit rule that judges upgrade.order, and the evidence its upgrade.order shape carries. */
    public static final String ORDER_RULE = "production-upgraded-before-non-production";
    public static final String ORDER_EVIDENCE = "upgrade.order.position";

    public static OrderChoice keep() {
        return new OrderChoice(true, null);
    }

    public static OrderChoice overrule(String why) {
        return new OrderChoice(false, why);
    }

    public static OrderChoice none() {
        return new OrderChoice(false, null);
    }

    public boolean isKept() { return kept; }
    public String getOverruledBy() { return overruledBy; }
    public boolean isOverruled() { return overruledBy != null; }

    /** The slot group of an environment the staging order places: after upgrade.order's when that is kept. */
    public int groupOf(int roleGroup) {
        return kept ? roleGroup + 1 : roleGroup;
    }

    /** Why an environment the staging order places sits where it does. */
    public String basis(String staging) {
        if (kept) {
            return "not in upgrade.order: after its environments, by " + staging;
        }
        return overruledBy == null ? staging : staging + ", because upgrade.order was not kept (production before any non-production environment)";
    }
}
