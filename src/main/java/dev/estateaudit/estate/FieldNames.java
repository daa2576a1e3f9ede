package dev.estateaudit.estate;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The field names of every mapping open while a file streams past, to tell a key written twice.
 * Jackson's own check makes a hash set for every mapping of more than two fields (a million
 * modules, a million sets); here a mapping's names sit in a reused array and are compared in
 * place, and only a mapping of many fields gets a set.
 */
final class FieldNames {

    /** Beyond this many fields a mapping's names go into a set: comparing each with all would be quadratic. */
    private static final int SCANNED = 16;

    private String[][] names = new String[16][SCANNED];
    /** Their hashes (a String keeps its own), compared before the texts. */
    private int[][] hashes = new int[16][SCANNED];
    private int[] counts = new int[16];
    private Set<?>[] sets = new Set<?>[16];

    /** A mapping opens at {@code depth}. */
    void open(int depth) {
        if (depth >= counts.length) {
            int size = Math.max(depth + 1, counts.length * 2);
            names = Arrays.copyOf(names, size);
            hashes = Arrays.copyOf(hashes, size);
            counts = Arrays.copyOf(counts, size);
            sets = Arrays.copyOf(sets, size);
        }
        if (names[depth] == null) {
            names[depth] = new String[SCANNED];
            hashes[depth] = new int[SCANNED];
        }
        counts[depth] = 0;
        sets[depth] = null;
    }

    /** Adds a field of the mapping open at {@code depth}; false when it was there already. */
    @SuppressWarnings("unchecked")
    boolean add(int depth, String name) {
        String[] seen = names[depth];
        int count = counts[depth];
        if (count < SCANNED) {
            int[] seenHashes = hashes[depth];
            int hash = name.hashCode();
            for (int i = 0; i < count; i++) {
                if (seenHashes[i] == hash && seen[i].equals(name)) {
                    return false;
                }
            }
            seen[count] = name;
            seenHashes[count] = hash;
            counts[depth] = count + 1;
            return true;
        }
        Set<String> set = (Set<String>) sets[depth];
        if (set == null) {
            set = new HashSet<>(Arrays.asList(seen));
            sets[depth] = set;
        }
        return set.add(name);
    }
}
