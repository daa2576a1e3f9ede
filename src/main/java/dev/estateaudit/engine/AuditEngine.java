package dev.estateaudit.engine;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;

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
        List<Finding> findings = new ArrayList<>();
        List<NotEvaluated> notEvaluated = new ArrayList<>();
        for (RuleBase base : ruleBases) {
            FindingSink sink = new FindingSink(base::describe);
            KieSession session = base.kieBase().newKieSession();
            try {
                session.setGlobal(FindingSink.GLOBAL, sink);
                EstateFacts.insert(estate, base.onlyMatchable(session::insert));
                session.fireAllRules();
            } finally {
                session.dispose();
            }
            findings.addAll(sink.findings());
            notEvaluated.addAll(sink.notEvaluated());
        }
        Comparator<Subject> bySubject = subjectOrder(estate);
        findings.sort(Comparator.comparing(Finding::severity)
                .thenComparing(Finding::subject, bySubject)
                .thenComparing(Finding::ruleId)
                .thenComparing(Finding::message));
        notEvaluated.sort(Comparator.comparing(NotEvaluated::subject, bySubject)
                .thenComparing(NotEvaluated::ruleId)
                .thenComparing(n -> String.join(",", n.missing())));
        return new AuditResult(estate, rules(), List.copyOf(dedupe(findings)), List.copyOf(notEvaluated));
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
