package dev.estateaudit.engine;

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

    static KieBase kieBase(List<String> modelClassNames, ClassLoader loader) {
        List<Model> models = new ArrayList<>();
        for (String name : modelClassNames) {
            try {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("cannot instantiate rule model " + name + ": " + e, e);
            }
        }
        KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration(null, loader);
        return KieBaseBuilder.createKieBaseFromModel(models, configuration);
    }
}
