package dev.estateaudit.estate;

import java.util.ArrayList;
import java.util.List;

/**
 * A short list of names (the planned upgrade order) that remembers where each entry was written,
 * so a wrong entry is reported at its own line rather than at the list's.
 */
public final class PositionedNames extends ArrayList<String> {

    private final List<SourcePosition> positions = new ArrayList<>();

    /** Appends {@code name}, written at {@code at}. */
    public void add(String name, SourcePosition at) {
        add(name);
        positions.add(at);
    }

    /** Where entry {@code index} was written, or null when unknown (a list built in code). */
    public SourcePosition positionOf(int index) {
        return index < positions.size() ? positions.get(index) : null;
    }
}
