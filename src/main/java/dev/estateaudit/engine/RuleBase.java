package dev.estateaudit.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A compiled set of rules (the built-in ones, or one user folder) and the catalogue of what they
 * check, read from the rules' metadata.
 */
public final class RuleBase {

    public static final ReleaseId BUILTIN_RELEASE =
            KieServices.Factory.get().newReleaseId("dev.estateaudit", "builtin-rules", "1");
    static final String BUILTIN_RESOURCE = "/dev/estateaudit/engine/builtin-rules.kjar";

    private static volatile RuleBase builtin;

    private final KieBase kieBase;
    private final String origin;
    private final Map<String, RuleDescriptor> rulesById;
    private final Map<String, RuleDescriptor> byRuleName;

    private RuleBase(KieBase kieBase, String origin) {
        this.kieBase = kieBase;
        this.origin = origin;
        Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
        Map<String, String> companions = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            rules.addAll(pkg.getRules());
        }
        rules.sort(Comparator.comparing(Rule::getName));
        Map<String, RuleDescriptor> names = new HashMap<>();
        for (Rule rule : rules) {
            Map<String, String> metadata = RuleMetadata.of(rule);
            if (metadata.containsKey(RuleDescriptor.INTERNAL)) {
                continue;
            }
            String companionOf = companionOf(metadata);
            if (companionOf != null) {
                companions.put(rule.getName(), companionOf);
                continue;
            }
            RuleDescriptor descriptor = RuleDescriptor.of(rule, metadata, origin);
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

    /** The rules shipped in the jar, compiled at build time; loaded once per process. */
    public static RuleBase builtin() {
        RuleBase result = builtin;
        if (result == null) {
            synchronized (RuleBase.class) {
                result = builtin;
                if (result == null) {
                    builtin = result = load(readBuiltinKjar(), "built-in");
                }
            }
        }
        return result;
    }

    /** Compiles user rule folders at run time; a DRL error is a {@link RuleCompilationException}. */
    public static RuleBase compile(List<Path> folders) {
        List<RuleSource> sources = new ArrayList<>();
        for (Path folder : folders) {
            sources.addAll(RuleSource.scan(folder));
        }
        if (sources.isEmpty()) {
            throw new RuleCompilationException(List.of(folders + ": no .drl files found"));
        }
        ReleaseId release = KieServices.Factory.get().newReleaseId("dev.estateaudit.user", "rules",
                Integer.toHexString(sources.hashCode()));
        return load(new RuleCompiler().compile(release, sources), String.join(", ", folders.stream().map(Path::toString).toList()));
    }

    /** Loads a compiled kjar; the executable model is used as is, nothing is compiled again. */
    public static RuleBase load(byte[] kjar, String origin) {
        KieServices services = KieServices.Factory.get();
        KieModule module = services.getRepository().addKieModule(services.getResources().newByteArrayResource(kjar));
        KieBase kieBase = services.newKieContainer(module.getReleaseId()).getKieBase();
        return new RuleBase(kieBase, origin);
    }

    private static byte[] readBuiltinKjar() {
        try (InputStream in = RuleBase.class.getResourceAsStream(BUILTIN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in rules are missing from the jar (" + BUILTIN_RESOURCE
                        + "); rebuild with mvn package");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public KieBase kieBase() {
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
    String idOf(Rule rule) {
        RuleDescriptor d = byRuleName.get(rule.getName());
        return d == null ? null : d.id();
    }

    RuleDescriptor describe(Rule rule) {
        RuleDescriptor d = byRuleName.get(rule.getName());
        if (d == null) {
            throw new IllegalStateException("rule '" + rule.getName() + "' fired but has no @id metadata");
        }
        return d;
    }
}
