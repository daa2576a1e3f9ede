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
import dev.estateaudit.util.Prefetch;
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
    /** The catalogue, or null for the built-in one, read when first needed (it may still be loading in the background). */
    private final PlatformKnowledge knowledge;
    private final Parallelism parallelism;
    /** The day dated rules judge as of; null: today in UTC, when the audit runs. */
    private final LocalDate asOf;

    public AuditEngine(List<RuleBase> ruleBases) {
        this(ruleBases, null);
    }

    public AuditEngine(List<RuleBase> ruleBases, PlatformKnowledge knowledge) {
        this(ruleBases, knowledge, Parallelism.ofMachine());
    }

    private AuditEngine(List<RuleBase> ruleBases, PlatformKnowledge knowledge, Parallelism parallelism) {
        this(ruleBases, knowledge, parallelism, null);
    }

    private AuditEngine(List<RuleBase> ruleBases, PlatformKnowledge knowledge, Parallelism parallelism, LocalDate asOf) {
        this.ruleBases = List.copyOf(ruleBases);
        this.knowledge = knowledge;
        this.parallelism = parallelism;
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

    /** The same engine, using the cores as {@code parallelism} says. */
    public AuditEngine with(Parallelism parallelism) {
        return new AuditEngine(ruleBases, knowledge, parallelism, asOf);
    }

    /** The same engine, judging against {@code catalogue} (--knowledge) instead of the built-in platform catalogue. */
    public AuditEngine withKnowledge(PlatformKnowledge catalogue) {
        return new AuditEngine(ruleBases, catalogue, parallelism, asOf);
    }

    /** The same engine, judging support ends and other dates as of {@code day} (--as-of) instead of today. */
    public AuditEngine judgedAsOf(LocalDate day) {
        return new AuditEngine(ruleBases, knowledge, parallelism, day);
    }

    /** The day dated rules judge as of: the one given, else today in UTC. */
    public LocalDate asOf() {
        return asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
    }

    public PlatformKnowledge knowledge() {
        return knowledge != null ? knowledge : PlatformKnowledge.builtin();
    }

    /**
     * Starts building, on a background thread, the rule bases an audit with {@code selection}
     * runs, and reading the catalogue, while the caller reads the estate; {@link #audit} then
     * finds them built, or waits for them.
     */
    public AuditEngine prepare(RuleSelection selection) {
        return prepare(selection, 0);
    }

    /**
     * Like {@link #prepare(RuleSelection)}, told the size of the estate files about to be read:
     * for an estate large enough to be audited in two sessions, their rule bases are built in
     * the background instead (that of all the selected rules would only be built to go unused).
     */
    public AuditEngine prepare(RuleSelection selection, long estateBytes) {
        ruleBases.forEach(base -> prepare(base, selection, estateBytes, parallelism));
        if (knowledge == null) {
            Prefetch.start("catalogue", PlatformKnowledge::builtin);
        }
        return this;
    }

    /**
     * Starts building what an audit of {@code estateBytes} with the built-in rules and this
     * machine's cores will run, before any engine exists: the CLI calls it first, since compiling
     * user rule folders takes longer. The engine's own {@link #prepare} then finds it under way.
     */
    public static void prepareBuiltin(RuleSelection selection, long estateBytes) {
        prepare(RuleBase.builtin(), selection, estateBytes, Parallelism.ofMachine());
    }

    private static void prepare(RuleBase base, RuleSelection selection, long estateBytes, Parallelism parallelism) {
        if (parallelism.expectsSplit(estateBytes)) {
            base.prepareShards(selection);
        } else {
            base.prepare(selection);
        }
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
        boolean split = parallelism.splits(estate.getModuleCount());
        for (RuleBase base : ruleBases) {
            List<RuleBase> parts = split ? base.shards(selection) : List.of(base.selecting(selection));
            List<RuleSession.Outcome> outcomes = RuleShards.sideBySide(parts, shard ->
                    RuleSession.of(shard).run(session -> EstateFacts.insert(estate, catalogue, day, session), fact -> false));
            for (RuleSession.Outcome outcome : outcomes) {
                findings.addAll(outcome.findings());
                notEvaluated.addAll(outcome.notEvaluated());
            }
        }
        FindingOrder order = new FindingOrder(estate);
        List<RuleDescriptor> selectedRules = auditRules().stream().sorted(Comparator.comparing(RuleDescriptor::id)).filter(r -> selection.selects(r.id())).toList();
        return new AuditResult(estate, selectedRules, order.arrange(findings), order.arrangeNotEvaluated(notEvaluated),
                JudgedAgainst.of(day, catalogue));
    }
}
