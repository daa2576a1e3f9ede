package dev.estateaudit.estate;

/** The licence type an environment is registered with. */
public enum LicenseType implements EnumLabels.Labeled {
    DEVELOPMENT, PRODUCTION;

    @Override
    public String toString() {
        return label();
    }
}
