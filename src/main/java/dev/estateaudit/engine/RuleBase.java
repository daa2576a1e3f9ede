package dev.estateaudit.engine;

import dev.estateaudit.facts.FactSink;
import dev.estateaudit.findings.RuleDescriptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.drools.model.Model;
import org.drools.model.Rule;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;

/**
 * A compiled set of rules (the built-in ones, or one user folder) and the catalogue of what they
 * check, read from the rules' metadata.
 */
public final class RuleBase {

    private static final Map<RulePhase, RuleBase> BUILTIN = new EnumMap<>(RulePhase.class);

    /** The model classes, to make fresh models for a narrowed base: Drools rewrites a forall's patterns as it builds one. */
    private final List<String> modelClassNames;
    private final List<Model> models;
    private final ClassLoader loader;
    private final String origin;
    private final boolean catalogued;
    private RuleLimits limits = RuleLimits.NONE;
    private final Map<String, RuleDescriptor> rulesById;
    private final Map<String, RuleDescriptor> byRuleName;
    private KieBase kieBase;
    private boolean warmed;
    private final LastSelection<RuleBase> selected = new LastSelection<>();
    private final LastSelection<List<RuleBase>> shards = new LastSelection<>();
    private final MatchableFacts matchable = new MatchableFacts(this::kieBase);

    /**
     * The catalogue comes from the models' rule metadata, so listing or explaining rules, or
     * choosing some, builds no KieBase; {@link #kieBase()} builds it on first use.
     */
    private RuleBase(List<String> modelClassNames, List<Model> models, ClassLoader loader, String origin, boolean catalogued) {
        this.modelClassNames = modelClassNames;
        this.models = models;
        this.loader = loader;
        this.origin = origin;
        this.catalogued = catalogued;
        Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
        Map<String, String> companions = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        for (Model model : models) {
            rules.addAll(model.getRules());
        }
        rules.sort(Comparator.comparing(Rule::getName));
        Map<String, RuleDescriptor> names = new HashMap<>();
        for (Rule rule : rules) {
            Map<String, String> metadata = RuleMetadata.of(rule);
            if (!catalogued || metadata.containsKey(RuleDescriptor.INTERNAL)) {
                continue;
            }
            String companionOf = companionOf(metadata);
            if (companionOf != null) {
                companions.put(rule.getName(), companionOf);
                continue;
            }
            RuleDescriptor descriptor = RuleMetadata.describe(rule, metadata, origin);
            if (byId.putIfAbsent(descriptor.id(), descriptor) != null) {
                throw new RuleCompilationException(List.of(origin + ": two rules have @id(\"" + descriptor.id() + "\")"));
            }
            names.put(rule.getName(), descriptor);
        }
        companions.forEach((name, id) -> names.put(name, byIdOrFail(byId, id, name)));
        this.rulesById = byId;
        this.byRuleName = names;
    }

    /** The id a companion rule reports for ({@code @notEvaluatedFor} or {@code @partOf}), or null for a main rule. */
    private static String companionOf(Map<String, String> metadata) {
        String id = metadata.get(RuleDescriptor.NOT_EVALUATED_FOR);
        return id != null ? id : metadata.get(RuleDescriptor.PART_OF);
    }

    private RuleDescriptor byIdOrFail(Map<String, RuleDescriptor> byId, String id, String ruleName) {
        RuleDescriptor d = byId.get(id);
        if (d == null) {
            throw new RuleCompilationException(List.of(origin + ": rule '" + ruleName
                    + "' reports for \"" + id + "\" (@notEvaluatedFor or @partOf), but no rule has that @id"));
        }
        return d;
    }

    /** The built-in audit rules (the phase that finds problems in an estate). */
    public static RuleBase builtin() {
        return builtin(RulePhase.AUDIT);
    }

    /** The rules shipped in the jar for one phase, compiled at build time; loaded once per process. */
    public static RuleBase builtin(RulePhase phase) {
        synchronized (BUILTIN) {
            ClassLoader loader = RuleBase.class.getClassLoader();
            return BUILTIN.computeIfAbsent(phase, p -> of(ExecutableModels.builtinModelNames(p), loader, "built-in", p.catalogued()));
        }
    }

    /** Compiles user rule folders at run time; a DRL error is a {@link RuleCompilationException}. */
    public static RuleBase compile(List<Path> folders) {
        return compile(folders, RuleCache.none());
    }

    /** Like {@link #compile(List)}, but reuses what an earlier run compiled from the same files. */
    public static RuleBase compile(List<Path> folders, RuleCache cache) {
        List<RuleSource> sources = new ArrayList<>();
        for (Path folder : folders) {
            sources.addAll(RuleSource.scan(folder));
        }
        if (sources.isEmpty()) {
            throw new RuleCompilationException(List.of(folders + ": no .drl files found"));
        }
        String origin = String.join(", ", folders.stream().map(Path::toString).toList());
        return cache.load(sources, origin, () -> {
            ReleaseId release = KieServices.Factory.get().newReleaseId("dev.estateaudit.user", "rules",
                    Integer.toHexString(sources.hashCode()));
            return new RuleCompiler().compile(release, sources);
        }).limitedTo(RuleLimits.DEFAULT);
    }

    /**
     * Loads a compiled kjar; the executable model is used as is, nothing is compiled again. Its
     * classes get their own class loader, and the KieBase is built from the model classes directly.
     * An archive that is not a readable executable-model kjar is an {@link IllegalArgumentException}.
     * Unbounded until {@link #limitedTo}: only the rule cache calls it, for {@link #compile}, which bounds it.
     */
    static RuleBase load(byte[] kjar, String origin) {
        CompiledRules compiled = CompiledRules.read(kjar);
        ClassLoader loader = compiled.newClassLoader(RuleBase.class.getClassLoader());
        RuleBase base = of(compiled.modelClassNames(), loader, origin, true);
        base.kieBase(); // an unusable kjar fails here, where the rule cache can still compile afresh
        return base;
    }

    /**
     * Passes on only the facts some rule of this base can match: a user folder with one rule about
     * modules need not hold a million module references in its session. Types are looked up once.
     */
    public FactSink onlyMatchable(Consumer<Object> session) {
        return matchable.filter(session);
    }

    /**
     * Bounds the sessions of this base (user rules; the built-in bases stay unbounded). Set once,
     * right after compiling, before any session runs. Never {@link RuleLimits#NONE}: an unbounded
     * base's sessions go without locks and without a timeout (see {@link RuleSession}).
     */
    public RuleBase limitedTo(RuleLimits limits) {
        if (limits == RuleLimits.NONE) {
            throw new IllegalArgumentException("user rules are always bounded");
        }
        synchronized (BUILTIN) {
            if (BUILTIN.containsValue(this)) {
                throw new IllegalStateException("the built-in rules are not bounded");
            }
        }
        this.limits = limits;
        return this;
    }

    RuleLimits limits() {
        return limits;
    }

    /**
     * Starts building, on a background thread, the base {@link #selecting} gives for
     * {@code selection}, so that a session run on it later finds it built (or waits for it).
     */
    public void prepare(RuleSelection selection) {
        selected.prepare(selection, "rules", () -> selecting(selection).warm());
    }

    /**
     * Starts building, on a background thread, the bases {@link #shards} gives for
     * {@code selection} (and not the whole one, which would only be built to go unused).
     */
    public void prepareShards(RuleSelection selection) {
        shards.prepare(selection, "shards", () -> shards(selection));
    }

    /**
     * The selected rules cut in two bases where they can be, for two sessions side by side (see
     * {@link RuleShards}), their KieBases built; this selection's base alone when it cannot be cut.
     */
    public List<RuleBase> shards(RuleSelection selection) {
        return shards.get(selection, wanted -> {
            List<RuleBase> parts = RuleShards.of(selecting(wanted));
            parts.forEach(RuleBase::kieBase); // here, so that a background preparation leaves them built
            return parts;
        });
    }

    /**
     * Builds the KieBase and opens and closes one empty session, which loads the classes every
     * session needs. The session is never fired: a user rule without conditions would run in it.
     */
    private synchronized void warm() {
        if (!warmed) {
            RuleSession.newSession(kieBase(), limits).dispose();
            warmed = true;
        }
    }

    public synchronized KieBase kieBase() {
        if (kieBase == null) {
            kieBase = ExecutableModels.kieBase(models, loader);
        }
        return kieBase;
    }

    /**
     * A base of the selected rules only (with their not-evaluated companions and every internal
     * rule): a deselected rule then has no network, so its joins are never built; an agenda filter
     * would only stop it firing. This base itself when the selection keeps every rule.
     */
    public RuleBase selecting(RuleSelection selection) {
        if (selection == RuleSelection.ALL || byRuleName.values().stream().allMatch(r -> selection.selects(r.id()))) {
            return this;
        }
        return selected.get(selection, this::narrowedTo);
    }

    private RuleBase narrowedTo(RuleSelection selection) {
        return keeping(rule -> {
            RuleDescriptor d = byRuleName.get(rule.getName());
            return d == null || selection.selects(d.id());
        });
    }

    private static RuleBase of(List<String> modelClassNames, ClassLoader loader, String origin, boolean catalogued) {
        return new RuleBase(modelClassNames, ExecutableModels.instantiate(modelClassNames, loader), loader, origin, catalogued);
    }

    /**
     * A base of the rules {@code keep} accepts, with this base's bounds, built from fresh model
     * objects: one KieBase built from another's would judge a one-pattern forall the other way.
     */
    RuleBase keeping(Predicate<Rule> keep) {
        Set<String> own = new HashSet<>();
        models.forEach(m -> m.getRules().forEach(r -> own.add(r.getName()))); // fresh models hold every rule of the classes
        List<Model> fresh = ExecutableModels.keeping(ExecutableModels.instantiate(modelClassNames, loader),
                rule -> own.contains(rule.getName()) && keep.test(rule));
        RuleBase kept = new RuleBase(modelClassNames, fresh, loader, origin, catalogued);
        kept.limits = limits; // a user base keeps its bounds when narrowed
        return kept;
    }

    public String origin() {
        return origin;
    }

    /** The rules of this base by id, in id order. */
    public List<RuleDescriptor> rules() {
        return rulesById.values().stream().sorted(Comparator.comparing(RuleDescriptor::id)).toList();
    }

    /** The id a fired rule answers to (a companion's main rule's id); null for an internal rule. */
    public String idOf(org.kie.api.definition.rule.Rule rule) {
        return idOf(rule.getName());
    }

    String idOf(String ruleName) {
        RuleDescriptor d = byRuleName.get(ruleName);
        return d == null ? null : d.id();
    }

    List<Model> models() {
        return models;
    }

    public RuleDescriptor describe(org.kie.api.definition.rule.Rule rule) {
        RuleDescriptor d = byRuleName.get(rule.getName());
        if (d == null) {
            throw new IllegalStateException("rule '" + rule.getName() + "' fired but has no @id metadata");
        }
        return d;
    }
}
