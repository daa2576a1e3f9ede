package dev.estateaudit.engine;

import dev.estateaudit.facts.FactSink;
import dev.estateaudit.findings.RuleDescriptor;
import dev.estateaudit.util.BackgroundBuild;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.drools.model.Model;
import org.drools.model.Rule;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;

/**
 * A compiled set of rules (the built-in ones of a phase, or the user's folders), its KieBase, and
 * its rule list (what its rules check), read from their metadata. User rules carry the bounds
 * their sessions run within ({@link #limits()}); the built-in rules carry none.
 */
public final class RuleBase {

    private static final Map<RulePhase, RuleBase> BUILTIN = new EnumMap<>(RulePhase.class);

    private final List<Model> models;
    private final ClassLoader loader;
    private final String origin;
    private final Optional<RuleLimits> limits;
    private final Map<String, RuleDescriptor> rulesById;
    private final Map<String, RuleDescriptor> byRuleName;
    private KieBase kieBase;
    private final MatchableFacts matchable = new MatchableFacts(this::kieBase);

    /**
     * The rule list comes from the models' rule metadata, so listing or explaining rules builds no
     * KieBase; {@link #kieBase()} builds it on first use. A rule without {@code @id} must say what
     * it is instead: {@code @internal} (it infers facts, reports nothing), {@code @notEvaluatedFor}
     * or {@code @partOf} (it reports for the rule with that id).
     */
    private RuleBase(List<Model> models, ClassLoader loader, String origin, boolean listed, Optional<RuleLimits> limits) {
        this.models = models;
        this.loader = loader;
        this.origin = origin;
        this.limits = limits;
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
            if (!listed || metadata.containsKey(RuleDescriptor.INTERNAL)) {
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
            return BUILTIN.computeIfAbsent(phase, p -> {
                ClassLoader loader = RuleBase.class.getClassLoader();
                return new RuleBase(ExecutableModels.instantiate(ExecutableModels.builtinModelNames(p), loader), loader,
                        "built-in", p.listed(), Optional.empty());
            });
        }
    }

    /**
     * Starts the background build of a phase's built-in rule base (see {@link BackgroundBuild}):
     * its models, its KieBase, and one empty session opened and closed, which loads the classes
     * every session needs. A session run later finds the base built, or waits for it.
     */
    public static void buildInBackground(RulePhase phase) {
        BackgroundBuild.start("rules-" + phase.label(), () -> {
            KieBase built = builtin(phase).kieBase();
            built.newKieSession().dispose(); // never fired: only the classes a session needs are loaded
        });
    }

    /** Compiles user rule folders at run time, bounded by the default limits; a DRL error is a {@link RuleCompilationException}. */
    public static RuleBase compile(List<Path> folders) {
        return compile(folders, RuleCache.none(), RuleLimits.DEFAULT);
    }

    /**
     * Compiles user rule folders, or reuses what an earlier run compiled from the same files; their
     * sessions run within {@code limits}.
     */
    public static RuleBase compile(List<Path> folders, RuleCache cache, RuleLimits limits) {
        List<RuleSource> sources = new ArrayList<>();
        for (Path folder : folders) {
            sources.addAll(RuleSource.scan(folder));
        }
        if (sources.isEmpty()) {
            throw new RuleCompilationException(List.of(folders + ": no .drl files found"));
        }
        String origin = String.join(", ", folders.stream().map(Path::toString).toList());
        return cache.load(sources, () -> {
            ReleaseId release = KieServices.Factory.get().newReleaseId("dev.estateaudit.user", "rules",
                    Integer.toHexString(sources.hashCode()));
            return new RuleCompiler().compile(release, sources);
        }, kjar -> load(kjar, origin, limits));
    }

    /**
     * Loads a compiled kjar of user rules; the executable model is used as is, nothing is compiled
     * again. Its classes get their own class loader, and the KieBase is built from the model classes
     * directly, here, so that an unusable kjar fails where the rule cache can still compile afresh.
     * An archive that is not a readable executable-model kjar is an {@link IllegalArgumentException}.
     */
    static RuleBase load(byte[] kjar, String origin, RuleLimits limits) {
        CompiledRules compiled = CompiledRules.read(kjar);
        ClassLoader loader = compiled.newClassLoader(RuleBase.class.getClassLoader());
        RuleBase base = new RuleBase(ExecutableModels.instantiate(compiled.modelClassNames(), loader), loader, origin, true,
                Optional.of(limits));
        base.kieBase();
        return base;
    }

    /**
     * How far this base's sessions may run: the user's rules are bounded (firings, time), since a
     * rule of theirs may loop; the built-in rules are not, their cost being measured in benchmarks.
     */
    public Optional<RuleLimits> limits() {
        return limits;
    }

    /**
     * Passes on only the facts some rule of this base can match: a user folder with one rule about
     * modules need not hold a million module references in its session. Types are looked up once.
     */
    public FactSink onlyMatchable(Consumer<Object> session) {
        return matchable.filter(session);
    }

    public synchronized KieBase kieBase() {
        if (kieBase == null) {
            kieBase = ExecutableModels.kieBase(models, loader);
        }
        return kieBase;
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
        RuleDescriptor d = byRuleName.get(rule.getName());
        return d == null ? null : d.id();
    }

    public RuleDescriptor describe(org.kie.api.definition.rule.Rule rule) {
        RuleDescriptor d = byRuleName.get(rule.getName());
        if (d == null) {
            throw new IllegalStateException("rule '" + rule.getName() + "' fired but has no @id metadata");
        }
        return d;
    }
}
