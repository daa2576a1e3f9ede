package dev.estateaudit.knowledge;

import dev.estateaudit.estate.EnumLabels;

/** The two OutSystems products whose releases the catalogue lists: each has its own version numbers. */
public enum ReleasedProduct implements EnumLabels.Labeled {
    PLATFORM_SERVER("PlatformServer", "Platform Server"),
    LIFETIME("LifeTime", "LifeTime");

    private final String label;
    private final String displayName;

    ReleasedProduct(String label, String displayName) {
        this.label = label;
        this.displayName = displayName;
    }

    @Override
    public String label() {
        return label;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public String toString() {
        return label;
    }
}
