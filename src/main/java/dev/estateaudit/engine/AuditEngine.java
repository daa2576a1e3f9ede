package dev.estateaudit.engine;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;

/** Runs the rule bases over an estate's facts and collects what they found. */
public final class AuditEngine {

    private final List<RuleBase> ruleBases;

    public AuditEngine(List<RuleBase> ruleBases) {
        this.ruleBases = List.copyOf(ruleBases);
        Map<String, String> seen = new HashMap<>();
        for (RuleBase base : ruleBases) {
            for (RuleDescriptor rule : base.rules()) {
                String previous = seen.putIfAbsent(rule.id(), base.origin());
                if (previous != null) {
                    throw new RuleCompilationException(List.of(base.origin() + ": rule id '" + rule.id()
                            + "' is already defined by the " + previous + " rules; choose another @id"));
                }
            }
        }
    }

    public static AuditEngine builtinOnly() {
        return new AuditEngine(List.of(RuleBase.builtin()));
    }

    public List<RuleDescriptor> rules() {
        return ruleBases.stream().flatMap(b -> b.rules().stream()).sorted(Comparator.comparing(RuleDescriptor::id)).toList();
    }

    public AuditResult audit(Estate estate) {
        return audit(estate, AuditOptions.DEFAULT);
    }

    /** Audits with a rule selection and waivers; selected-out rules never fire. */
    public AuditResult audit(Estate estate, AuditOptions options) {
        List<Finding> findings = new ArrayList<>();
        List<NotEvaluated> notEvaluated = new ArrayList<>();
        for (RuleBase base : ruleBases) {
            FindingSink sink = new FindingSink(base::describe);
            KieSession session = base.kieBase().newKieSession();
            try {
                session.setGlobal(FindingSink.GLOBAL, sink);
                EstateFacts.insert(estate, base.onlyMatchable(session::insert));
                AgendaFilter selected = options.selection().filter(base::idOf);
                fire(session, base, match -> !WaiverReview.isWaiverRule(match.getRule()) && selected.accept(match));
            } finally {
                session.dispose();
            }
            findings.addAll(sink.findings());
            notEvaluated.addAll(sink.notEvaluated());
        }
        Comparator<Subject> bySubject = subjectOrder(estate);
        List<RuleDescriptor> selectedRules = rules().stream().filter(r -> options.selection().selects(r.id())).toList();
        List<Finding> unique = dedupe(sorted(findings, bySubject));
        if (!options.waivers().isEmpty()) {
            unique = dedupe(sorted(WaiverReview.review(RuleBase.builtin(), unique, options.waivers(), options.selection(),
                    selectedRules), bySubject));
        }
        notEvaluated.sort(Comparator.comparing(NotEvaluated::subject, bySubject)
                .thenComparing(NotEvaluated::ruleId)
                .thenComparing(n -> String.join(",", n.missing())));
        return new AuditResult(estate, selectedRules, List.copyOf(distinctFingerprints(unique)), List.copyOf(notEvaluated));
    }

    static void fire(KieSession session, RuleBase base, AgendaFilter filter) {
        try {
            session.fireAllRules(filter);
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new RuleCompilationException(List.of(base.origin() + ": rule '" + e.getRule().getName()
                    + "' failed while running: " + cause));
        }
    }

    private static List<Finding> sorted(List<Finding> findings, Comparator<Subject> bySubject) {
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(Comparator.comparing(Finding::severity)
                .thenComparing(Finding::subject, bySubject)
                .thenComparing(Finding::ruleId)
                .thenComparing(Finding::message));
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

    /** Estate-level first, then environments in the file's order, then names. */
    private static Comparator<Subject> subjectOrder(Estate estate) {
        Map<String, Integer> position = new HashMap<>();
        List<EstateEnvironment> environments = estate.getEnvironments();
        for (int i = 0; i < environments.size(); i++) {
            position.put(environments.get(i).getName(), i);
        }
        return Comparator.<Subject>comparingInt(s -> s.environment() == null ? -1 : position.getOrDefault(s.environment(), Integer.MAX_VALUE))
                .thenComparing(Subject::environment, Subject.NULLS_FIRST)
                .thenComparing(Subject::zone, Subject.NULLS_FIRST)
                .thenComparing(Subject::frontEnd, Subject.NULLS_FIRST)
                .thenComparing(Subject::module, Subject.NULLS_FIRST);
    }

    /** A rule that matches the same subject twice (two paths to one conclusion) reports it once. */
    private static List<Finding> dedupe(List<Finding> sorted) {
        List<Finding> unique = new ArrayList<>();
        for (Finding f : sorted) {
            Finding last = unique.isEmpty() ? null : unique.get(unique.size() - 1);
            if (last == null || !(last.ruleId().equals(f.ruleId()) && last.subject().sameNames(f.subject())
                    && last.message().equals(f.message()))) {
                unique.add(f);
            }
        }
        return unique;
    }
}
