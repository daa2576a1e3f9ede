package dev.estateaudit.util;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" for mistyped names: the candidates closest by edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    public static Optional<String> nearest(String input, Collection<String> candidates) {
        return nearest(input, candidates, 1).stream().findFirst();
    }

    /** Up to {@code limit} candidates within a distance that still looks like a typo, nearest first. */
    public static List<String> nearest(String input, Collection<String> candidates, int limit) {
        String needle = input.toLowerCase(Locale.ROOT);
        int threshold = Math.max(2, needle.length() / 3);
        return candidates.stream()
                .filter(c -> distance(needle, c.toLowerCase(Locale.ROOT)) <= threshold
                        || c.toLowerCase(Locale.ROOT).contains(needle) && !needle.isEmpty())
                .sorted(Comparator.<String>comparingInt(c -> distance(needle, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(limit)
                .toList();
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
