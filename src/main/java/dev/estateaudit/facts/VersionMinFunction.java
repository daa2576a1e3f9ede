package dev.estateaudit.facts;

/** DRL accumulate function {@code minVersion}: the lowest of the versions matched. */
public final class VersionMinFunction extends VersionExtremeFunction {
    public VersionMinFunction() {
        super(-1);
    }
}
