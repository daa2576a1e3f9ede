package dev.estateaudit.estate;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * The names of the modules published in one environment, as a set a rule can test with
 * {@code contains} or {@code containsAll}: {@code broken-module-reference} asks it whether a
 * module's references are all there, where a {@code not EstateModule(...)} join would hold every
 * module of the estate in a join memory. A sorted array, made once per environment: a few bytes a
 * module.
 */
public final class ModuleNames extends AbstractSet<String> {

    private final String[] sorted;
    /**
     * The same names by hash, open addressing: a lookup is one hash (a String keeps its own) and
     * most often one comparison of texts, where a binary search compared texts seven times.
     */
    private final String[] slots;

    private ModuleNames(String[] sorted) {
        this.sorted = sorted;
        this.slots = new String[Integer.highestOneBit(Math.max(1, sorted.length) * 2) * 2];
        for (String name : sorted) {
            if (name != null && !contains(name)) {
                slots[slot(name)] = name;
            }
        }
    }

    static ModuleNames of(List<EstateModule> modules) {
        String[] names = new String[modules.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = modules.get(i).getName();
        }
        Arrays.sort(names);
        return new ModuleNames(names);
    }

    @Override
    public boolean contains(Object name) {
        return name instanceof String s && slots[slot(s)] != null;
    }

    /** Where {@code name} is, or the free slot where it would go. */
    private int slot(String name) {
        int mask = slots.length - 1;
        int h = name.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        for (String held = slots[slot]; held != null && held != name && !held.equals(name); held = slots[slot]) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.asList(sorted).iterator();
    }

    @Override
    public int size() {
        return sorted.length;
    }
}
