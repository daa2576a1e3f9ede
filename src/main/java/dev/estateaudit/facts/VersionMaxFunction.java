package dev.estateaudit.facts;

/** DRL accumulate function {@code maxVersion}: the highest of the versions matched. */
public final class VersionMaxFunction extends VersionExtremeFunction {
    public VersionMaxFunction() {
        super(1);
    }
}
