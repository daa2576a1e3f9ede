package dev.estateaudit.estate;

/** The environment's running mode, set in Service Center (Administration > Environment Configuration). */
public enum RunningMode implements EnumLabels.Labeled {
    DEVELOPMENT, PRODUCTION;

    @Override
    public String toString() {
        return label();
    }
}
