package dev.estateaudit.findings;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import java.util.ArrayList;
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
 * fingerprint made unique.
 */
public final class FindingOrder {

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private final Comparator<Subject> bySubject;

    public FindingOrder(Estate estate) {
        Map<String, Integer> position = new HashMap<>();
        List<EstateEnvironment> environments = estate.getEnvironments();
        for (int i = 0; i < environments.size(); i++) {
            position.put(environments.get(i).getName(), i);
        }
        bySubject = Comparator.<Subject>comparingInt(s -> s.environment() == null ? -1
                        : position.getOrDefault(s.environment(), Integer.MAX_VALUE))
                .thenComparing(Subject::environment, NULLS_FIRST)
                .thenComparing(Subject::zone, NULLS_FIRST)
                .thenComparing(Subject::frontEnd, NULLS_FIRST)
                .thenComparing(Subject::module, NULLS_FIRST);
    }

    public Comparator<Subject> bySubject() {
        return bySubject;
    }

    /** Sorted, with a rule's second report of the same subject and message dropped. */
    public <T> List<T> sortedUnique(List<T> items, Function<T, Finding> finding) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing((T t) -> finding.apply(t).severity())
                .thenComparing(t -> finding.apply(t).subject(), bySubject)
                .thenComparing(t -> finding.apply(t).ruleId())
                .thenComparing(t -> finding.apply(t).message()));
        List<T> unique = new ArrayList<>(copy.size());
        Finding last = null;
        for (T item : copy) {
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
        List<NotEvaluated> copy = new ArrayList<>(notEvaluated);
        copy.sort(Comparator.comparing(NotEvaluated::subject, bySubject)
                .thenComparing(NotEvaluated::ruleId)
                .thenComparing(n -> String.join(",", n.missing())));
        return copy;
    }

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
