package dev.estateaudit.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;

/**
 * Builds a KieBase straight from executable-model classes already on a class loader: no
 * KieContainer, no kie repository, no kmodule.xml. The defaults of {@link KieBaseBuilder} match the
 * default kbase that {@link RuleCompiler} writes (cloud mode, identity equality).
 */
final class ExecutableModels {

    private ExecutableModels() {
    }

    /** One instance of each model class (a DRL package's rules); building the rules themselves is cheap. */
    static List<Model> instantiate(List<String> modelClassNames, ClassLoader loader) {
        List<Model> models = new ArrayList<>();
        for (String name : modelClassNames) {
            try {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("cannot instantiate rule model " + name + ": " + e, e);
            }
        }
        return models;
    }

    /** The model classes of one phase's built-in rules, as the build listed them in the jar. */
    static List<String> builtinModelNames(RulePhase phase) {
        try (InputStream in = ExecutableModels.class.getResourceAsStream(phase.modelsResource())) {
            if (in == null) {
                throw new IllegalStateException("the built-in rules are missing from the jar (" + phase.modelsResource()
                        + "); rebuild with mvn package");
            }
            return CompiledRules.parseModelList(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KieBase kieBase(List<Model> models, ClassLoader loader) {
        KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration(null, loader);
        return KieBaseBuilder.createKieBaseFromModel(models, configuration);
    }

    /**
     * The same packages with only the rules {@code keep} accepts: a KieBase built from them has no
     * network, and so no memory, for the others. Globals, types and queries stay as they were.
     */
    static List<Model> keeping(List<Model> models, Predicate<Rule> keep) {
        return models.stream().<Model>map(m -> new Subset(m, m.getRules().stream().filter(keep).toList())).toList();
    }

    private record Subset(Model model, List<Rule> rules) implements Model {
        @Override
        public String getName() {
            return model.getName();
        }

        @Override
        public String getPackageName() {
            return model.getPackageName();
        }

        @Override
        public List<Global> getGlobals() {
            return model.getGlobals();
        }

        @Override
        public List<Rule> getRules() {
            return rules;
        }

        @Override
        public List<Query> getQueries() {
            return model.getQueries();
        }

        @Override
        public List<TypeMetaData> getTypeMetaDatas() {
            return model.getTypeMetaDatas();
        }

        @Override
        public List<EntryPoint> getEntryPoints() {
            return model.getEntryPoints();
        }
    }
}
