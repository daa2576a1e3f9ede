package dev.estateaudit.estate;

/** Where the environment runs: OutSystems Cloud, or the customer's own servers. */
public enum Hosting implements EnumLabels.Labeled {
    CLOUD, ON_PREMISES;

    @Override
    public String toString() {
        return label();
    }
}
