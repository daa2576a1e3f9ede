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

    private ModuleNames(String[] sorted) {
        this.sorted = sorted;
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
        return name instanceof String s && Arrays.binarySearch(sorted, s) >= 0;
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
