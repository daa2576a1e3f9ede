package dev.estateaudit.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;
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
}
