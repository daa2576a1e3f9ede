package dev.estateaudit.engine;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.facts.EstateFacts;
import dev.estateaudit.findings.AuditResult;
import dev.estateaudit.findings.Finding;
import dev.estateaudit.findings.FindingOrder;
import dev.estateaudit.findings.JudgedAgainst;
import dev.estateaudit.findings.NotEvaluated;
import dev.estateaudit.findings.RuleDescriptor;
import dev.estateaudit.knowledge.PlatformKnowledge;
import dev.estateaudit.util.BackgroundBuild;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the audit rule bases (the built-in ones and the user's folders) over an estate's facts and
 * collects what they found. It knows nothing of waivers, baselines or reports.
 */
public final class AuditEngine {

    private final List<RuleBase> ruleBases;
    /** The catalogue, or null for the built-in one, read when first needed (it may still be in its background build). */
    private final PlatformKnowledge knowledge;
    /** The day dated rules judge as of; null: today in UTC, when the audit runs. */
    private final LocalDate asOf;

    public AuditEngine(List<RuleBase> ruleBases) {
        this(ruleBases, null);
    }

    public AuditEngine(List<RuleBase> ruleBases, PlatformKnowledge knowledge) {
        this(ruleBases, knowledge, null);
    }

    private AuditEngine(List<RuleBase> ruleBases, PlatformKnowledge knowledge, LocalDate asOf) {
        this.ruleBases = List.copyOf(ruleBases);
        this.knowledge = knowledge;
        this.asOf = asOf;
        Map<String, String> seen = new HashMap<>();
        RuleBase.builtin(RulePhase.WAIVERS).rules().forEach(r -> seen.put(r.id(), "built-in"));
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

    /**
     * Starts the background build of what every audit with the built-in rules needs (see
     * {@link BackgroundBuild}): the audit phase's rule base and the platform catalogue, each on a
     * thread of its own. The CLI calls it first thing, before it parses the command line.
     */
    public static void buildInBackground() {
        RuleBase.buildInBackground(RulePhase.AUDIT);
        BackgroundBuild.start("catalogue", PlatformKnowledge::builtin);
    }

    /** The same engine, judging against {@code catalogue} (--knowledge) instead of the built-in platform catalogue. */
    public AuditEngine withKnowledge(PlatformKnowledge catalogue) {
        return new AuditEngine(ruleBases, catalogue, asOf);
    }

    /** The same engine, judging support ends and other dates as of {@code day} (--as-of) instead of today. */
    public AuditEngine judgedAsOf(LocalDate day) {
        return new AuditEngine(ruleBases, knowledge, day);
    }

    /** The day dated rules judge as of: the one given, else today in UTC. */
    public LocalDate asOf() {
        return asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
    }

    public PlatformKnowledge knowledge() {
        return knowledge != null ? knowledge : PlatformKnowledge.builtin();
    }

    /**
     * Every rule a run can report, in id order: the audit rules of every base and the built-in
     * rules of the waiver phase (whose findings are about waivers, decided after the audit).
     */
    public List<RuleDescriptor> rules() {
        return Stream.concat(auditRules().stream(), RuleBase.builtin(RulePhase.WAIVERS).rules().stream())
                .sorted(Comparator.comparing(RuleDescriptor::id)).toList();
    }

    private List<RuleDescriptor> auditRules() {
        return ruleBases.stream().flatMap(b -> b.rules().stream()).toList();
    }

    public AuditResult audit(Estate estate) {
        return audit(estate, RuleSelection.ALL);
    }

    /** Audits with a rule selection; selected-out rules never fire. */
    public AuditResult audit(Estate estate, RuleSelection selection) {
        List<Finding> findings = new ArrayList<>();
        List<NotEvaluated> notEvaluated = new ArrayList<>();
        PlatformKnowledge catalogue = knowledge();
        LocalDate day = asOf();
        for (RuleBase base : ruleBases) {
            RuleSession.Outcome outcome = RuleSession.of(base).selecting(selection)
                    .run(session -> EstateFacts.insert(estate, catalogue, day, session), fact -> false);
            findings.addAll(outcome.findings());
            notEvaluated.addAll(outcome.notEvaluated());
        }
        FindingOrder order = new FindingOrder(estate);
        List<RuleDescriptor> selectedRules = auditRules().stream().sorted(Comparator.comparing(RuleDescriptor::id)).filter(r -> selection.selects(r.id())).toList();
        return new AuditResult(estate, selectedRules, order.arrange(findings), order.arrangeNotEvaluated(notEvaluated),
                JudgedAgainst.of(day, catalogue));
    }
}
