package dev.estateaudit.app;

import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.findings.AuditResult;
import dev.estateaudit.findings.NotEvaluated;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The facts the rules need that an estate lacks, found by auditing it with the built-in rules and
 * reading what they could not decide: each fact with how many subjects lack it and how many checks
 * (a rule on one subject) it leaves not evaluated. After an import, this says what to add by hand.
 */
public record MissingFacts(List<Fact> facts, int checksNotEvaluated) {

    /** One missing fact, e.g. environment.purpose: lacking in 4 environments, leaving 6 checks undecided. */
    public record Fact(String name, int environments, int checks) {
    }

    public static MissingFacts of(Estate estate) {
        return of(AuditEngine.builtinOnly().audit(estate));
    }

    public static MissingFacts of(AuditResult audit) {
        Map<String, Set<String>> subjects = new TreeMap<>();
        Map<String, Integer> checks = new TreeMap<>();
        for (NotEvaluated n : audit.notEvaluated()) {
            for (String fact : n.missing()) {
                Set<String> environments = subjects.computeIfAbsent(fact, f -> new HashSet<>());
                if (n.subject().environment() != null) {
                    environments.add(n.subject().environment());
                }
                checks.merge(fact, 1, Integer::sum);
            }
        }
        List<Fact> facts = new ArrayList<>();
        subjects.forEach((fact, lacking) -> facts.add(new Fact(fact, lacking.size(), checks.get(fact))));
        return new MissingFacts(List.copyOf(facts), audit.notEvaluated().size());
    }

    public boolean isEmpty() {
        return facts.isEmpty();
    }

    /** The lines an import ends with; empty when nothing is missing. */
    public List<String> describe(String estateFile) {
        if (facts.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("missing facts (not in the source): they leave " + checksNotEvaluated + " checks not evaluated");
        for (Fact fact : facts) {
            lines.add("  " + fact.name() + ": " + fact.checks() + (fact.checks() == 1 ? " check" : " checks")
                    + " not evaluated" + (fact.environments() == 0 ? " (estate-wide)"
                    : ", in " + fact.environments() + (fact.environments() == 1 ? " environment" : " environments")));
        }
        lines.add("add them in an overlay and check both files: estate-audit init --from " + estateFile
                + " --output overlay.yaml writes one to fill in");
        return lines;
    }
}
