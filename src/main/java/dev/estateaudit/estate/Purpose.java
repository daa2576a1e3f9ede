package dev.estateaudit.estate;

/**
 * An OutSystems 11 environment's Purpose, set in Service Center (Administration > Environment
 * Configuration): what the environment is for, which decides how modules are published there.
 * Source: OutSystems documentation, "Configure your OutSystems environment", section "Purpose"
 * (https://success.outsystems.com/Documentation/11/Setting_Up_OutSystems/Configure_your_OutSystems_environment;
 * docs-product src/setup-maintain/setup/environment-config.md).
 * Management is the Purpose of LifeTime's own environment; it is kept here only so that an estate
 * file stating it gets an explanation rather than "unknown value".
 */
public enum Purpose implements EnumLabels.Labeled {
    DEVELOPMENT, NON_PRODUCTION, PRODUCTION, MANAGEMENT;

    /** Management is never accepted on an application environment, so it is not offered. */
    @Override
    public boolean offered() {
        return this != MANAGEMENT;
    }

    /** As OutSystems writes it: Development, Non-Production, Production, Management. */
    public String displayName() {
        return switch (this) {
            case DEVELOPMENT -> "Development";
            case NON_PRODUCTION -> "Non-Production";
            case PRODUCTION -> "Production";
            case MANAGEMENT -> "Management";
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
