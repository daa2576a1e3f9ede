package dev.estateaudit.estate;

/** An environment's role in the staging pipeline. Personal environments are developers' own. */
public enum Role implements EnumLabels.Labeled {
    DEVELOPMENT, QUALITY, PREPRODUCTION, PRODUCTION, PERSONAL;

    /** Every role but production and personal: the environments that validate an upgrade first. */
    public boolean isNonProduction() {
        return this != PRODUCTION && this != PERSONAL;
    }

    @Override
    public String toString() {
        return label();
    }
}
