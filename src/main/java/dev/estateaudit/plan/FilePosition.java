package dev.estateaudit.plan;

/** An environment's place in the estate file, the last resort for ordering. */
public record FilePosition(String environment, int index) {
    public String getEnvironment() { return environment; }
    public int getIndex() { return index; }
}
