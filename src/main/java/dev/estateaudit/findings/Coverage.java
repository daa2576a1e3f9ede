package dev.estateaudit.findings;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How much of the estate the run could judge: a check is a rule of the run, evaluated when it
 * decided for every subject it looked at; one that could not decide for some subject, because a
 * fact it reads is absent, is not. {@code missingMost} names the absent facts that left the most
 * checks undecided, so the reader knows what to fill in first.
 *
 * @param evaluated   the checks that decided for every subject
 * @param total       the checks of the run
 * @param missingMost at most {@link #MISSING_SHOWN} absent facts, the one that left the most checks undecided first
 */
public record Coverage(int evaluated, int total, List<MissingFact> missingMost) {

    /** How many absent facts the coverage line names. */
    public static final int MISSING_SHOWN = 3;

    /** A fact absent from the estate: how many checks could not decide without it, for how many subjects in all. */
    public record MissingFact(String fact, int checks, int subjects) {
    }

    public Coverage {
        missingMost = List.copyOf(missingMost);
    }

    public static Coverage of(List<RuleDescriptor> rules, List<NotEvaluated> notEvaluated) {
        Set<String> undecided = notEvaluated.stream().map(NotEvaluated::ruleId).collect(Collectors.toCollection(TreeSet::new));
        Map<String, Set<String>> checksByFact = new TreeMap<>();
        Map<String, Integer> subjectsByFact = new TreeMap<>();
        for (NotEvaluated n : notEvaluated) {
            for (String fact : n.missing()) {
                checksByFact.computeIfAbsent(fact, f -> new TreeSet<>()).add(n.ruleId());
                subjectsByFact.merge(fact, 1, Integer::sum);
            }
        }
        List<MissingFact> missing = checksByFact.entrySet().stream()
                .map(e -> new MissingFact(e.getKey(), e.getValue().size(), subjectsByFact.get(e.getKey())))
                .sorted(Comparator.comparingInt(MissingFact::checks).reversed()
                        .thenComparing(Comparator.comparingInt(MissingFact::subjects).reversed())
                        .thenComparing(MissingFact::fact))
                .limit(MISSING_SHOWN).toList();
        long total = rules.stream().map(RuleDescriptor::id).distinct().count();
        long decided = rules.stream().map(RuleDescriptor::id).distinct().filter(id -> !undecided.contains(id)).count();
        return new Coverage((int) decided, (int) total, missing);
    }

    /**
     * The same plain words in every report: "30 of 37 checks evaluated; missing most:
     * module.debugMode (2 checks, 18 subjects), environment.debugMode (2 checks, 4 subjects)".
     */
    public String describe() {
        String line = evaluated + " of " + plural(total, "check") + " evaluated";
        if (missingMost.isEmpty()) {
            return line;
        }
        return line + "; missing most: " + missingMost.stream()
                .map(m -> m.fact() + " (" + plural(m.checks(), "check") + ", " + plural(m.subjects(), "subject") + ")")
                .collect(Collectors.joining(", "));
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
