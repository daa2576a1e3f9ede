package dev.estateaudit.findings;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.SourcePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one order of findings in every report: severity, then subject (estate-level first, then
 * environments in the file's order, then names), rule and message; duplicates dropped and every
 * fingerprint made unique. Findings that these keys leave equal are told apart by fingerprint,
 * evidence and position, everything else a report shows of them, so a report never depends on the
 * order in which rules fired: the same findings from one session or from two, in any order, give
 * the same report.
 */
public final class FindingOrder {

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private final Map<String, Integer> position = new HashMap<>();

    public FindingOrder(Estate estate) {
        List<EstateEnvironment> environments = estate.getEnvironments();
        for (int i = 0; i < environments.size(); i++) {
            position.put(environments.get(i).getName(), i);
        }
    }

    /** Estate-level first, then environments in the file's order. */
    private int place(Subject s) {
        return s.environment() == null ? -1 : position.getOrDefault(s.environment(), Integer.MAX_VALUE);
    }

    /** Sorted, with a rule's second report of the same subject and message dropped. */
    public <T> List<T> sortedUnique(List<T> items, Function<T, Finding> finding) {
        List<T> sorted = sorted(items, t -> {
            Finding f = finding.apply(t);
            return new SortKey<>(t, f.severity().ordinal(), place(f.subject()), f.subject(), f.ruleId(), f.message(), f);
        });
        List<T> unique = new ArrayList<>(sorted.size());
        Finding last = null;
        for (T item : sorted) {
            Finding f = finding.apply(item);
            if (last == null || !(last.ruleId().equals(f.ruleId()) && last.subject().sameNames(f.subject())
                    && last.message().equals(f.message()))) {
                unique.add(item);
                last = f;
            }
        }
        return unique;
    }

    /** Sorted and deduplicated findings whose fingerprints are all distinct. */
    public List<Finding> arrange(List<Finding> findings) {
        return distinctFingerprints(sortedUnique(findings, Function.identity()));
    }

    public List<NotEvaluated> arrangeNotEvaluated(List<NotEvaluated> notEvaluated) {
        return sorted(notEvaluated, n -> new SortKey<>(n, 0, place(n.subject()), n.subject(), n.ruleId(),
                String.join(",", n.missing()), null));
    }

    /**
     * A stable sort by keys made once per item: comparing items through their findings looked up
     * each subject's environment position in a map, twice for every one of n log n comparisons.
     */
    private static <T> List<T> sorted(List<T> items, Function<T, SortKey<T>> key) {
        @SuppressWarnings("unchecked")
        SortKey<T>[] keys = items.stream().map(key).toArray(SortKey[]::new);
        Arrays.parallelSort(keys); // stable like Arrays.sort, and on every core for a large report
        List<T> sorted = new ArrayList<>(keys.length);
        for (SortKey<T> k : keys) {
            sorted.add(k.item);
        }
        return sorted;
    }

    /**
     * Severity, then subject (its environment's place in the file, then its names), then rule and
     * the last named key (message or missing facts); then, for the rare items equal so far, what
     * is left of them ({@code finding}: null for a not-evaluated item).
     */
    private record SortKey<T>(T item, int severity, int place, Subject subject, String ruleId, String last, Finding finding)
            implements Comparable<SortKey<T>> {
        @Override
        public int compareTo(SortKey<T> o) {
            int c = Integer.compare(severity, o.severity);
            if (c == 0) {
                c = Integer.compare(place, o.place);
            }
            if (c == 0) {
                c = NULLS_FIRST.compare(subject.environment(), o.subject.environment());
            }
            if (c == 0) {
                c = NULLS_FIRST.compare(subject.zone(), o.subject.zone());
            }
            if (c == 0) {
                c = NULLS_FIRST.compare(subject.frontEnd(), o.subject.frontEnd());
            }
            if (c == 0) {
                c = NULLS_FIRST.compare(subject.module(), o.subject.module());
            }
            if (c == 0) {
                c = ruleId.compareTo(o.ruleId);
            }
            if (c == 0) {
                c = last.compareTo(o.last);
            }
            return c != 0 ? c : rest(o);
        }

        private int rest(SortKey<T> o) {
            int c = 0;
            if (finding != null && o.finding != null) {
                c = finding.fingerprint().compareTo(o.finding.fingerprint());
                if (c == 0) {
                    c = String.valueOf(finding.evidence()).compareTo(String.valueOf(o.finding.evidence()));
                }
            }
            return c != 0 ? c : POSITIONS.compare(subject.position(), o.subject.position());
        }
    }

    private static final Comparator<SourcePosition> POSITIONS = Comparator.nullsFirst(
            Comparator.comparing(SourcePosition::file, NULLS_FIRST).thenComparingInt(SourcePosition::line).thenComparingInt(SourcePosition::column));

    /**
     * A rule that reports one subject for two reasons without telling them apart ({@code .key(...)})
     * would give two findings one fingerprint; the later ones then take their message as key, so
     * every fingerprint in a report is unique.
     */
    private static List<Finding> distinctFingerprints(List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        List<Finding> result = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Finding unique = seen.add(f.fingerprint()) ? f
                    : f.withFingerprint(Fingerprint.of(f.ruleId(), f.subject(), f.fingerprint() + "\n" + f.message()));
            seen.add(unique.fingerprint());
            result.add(unique);
        }
        return result;
    }
}
