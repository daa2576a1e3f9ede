package dev.estateaudit.estate;

/** Where an object of the estate was written: file, 1-based line and column. */
public record SourcePosition(String file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
