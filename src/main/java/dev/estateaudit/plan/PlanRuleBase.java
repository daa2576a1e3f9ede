package dev.estateaudit.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.ReleaseId;

/** The plan rules compiled into the jar at build time (rules/plan), loaded once per process. */
final class PlanRuleBase {

    static final ReleaseId RELEASE = KieServices.Factory.get().newReleaseId("dev.estateaudit", "plan-rules", "1");
    private static final String RESOURCE = "/dev/estateaudit/plan/plan-rules.kjar";

    private static volatile KieBase kieBase;

    private PlanRuleBase() {
    }

    static KieBase get() {
        KieBase result = kieBase;
        if (result == null) {
            synchronized (PlanRuleBase.class) {
                result = kieBase;
                if (result == null) {
                    kieBase = result = load();
                }
            }
        }
        return result;
    }

    private static KieBase load() {
        try (InputStream in = PlanRuleBase.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the plan rules are missing from the jar (" + RESOURCE + "); rebuild with mvn package");
            }
            KieServices services = KieServices.Factory.get();
            KieModule module = services.getRepository().addKieModule(services.getResources().newByteArrayResource(in.readAllBytes()));
            return services.newKieContainer(module.getReleaseId()).getKieBase();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
