package dev.estateaudit.estate;

/** How the environment's Platform Server is upgraded. */
public enum UpgradeStrategy implements EnumLabels.Labeled {
    DOWNTIME, ZERO_DOWNTIME;

    @Override
    public String toString() {
        return label();
    }
}
