package dev.estateaudit.facts;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.EstateModule;
import dev.estateaudit.estate.FrontEnd;
import dev.estateaudit.estate.LifeTime;
import dev.estateaudit.estate.Role;
import dev.estateaudit.estate.Zone;
import dev.estateaudit.knowledge.PlatformKnowledge;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns an estate into the flat facts rules match, in one pass: the estate, the day it is judged
 * as of ({@link AsOf}), LifeTime, licences,
 * upgrade, each environment, zone, front end and module, each module reference, the staging
 * steps between consecutive environments and each environment's place in the planned upgrade order;
 * then the platform catalogue's facts, whether the target lies within the catalogue
 * ({@link TargetInKnowledge} or {@link TargetOutsideKnowledge}), each environment's normalised
 * infrastructure (see {@link EnvironmentInfrastructure}) and runtimes ({@link EnvironmentRuntime}).
 * Facts that are policy (which modules carry debug code, say) are inferred by internal DRL rules
 * beside their citations, not made here.
 */
public final class EstateFacts {

    private EstateFacts() {
    }

    public static void insert(Estate estate, PlatformKnowledge knowledge, LocalDate asOf, Consumer<Object> session) {
        session.accept(estate);
        session.accept(new AsOf(asOf));
        if (estate.getLifetime() != null) {
            session.accept(estate.getLifetime());
        }
        if (estate.getLicenses() != null) {
            session.accept(estate.getLicenses());
        }
        if (estate.getUpgrade() != null) {
            session.accept(estate.getUpgrade());
            List<String> order = estate.getUpgrade().getOrder() == null ? List.of() : estate.getUpgrade().getOrder();
            for (int i = 0; i < order.size(); i++) {
                session.accept(new UpgradePosition(order.get(i), i));
            }
        }
        boolean references = FactSink.keeps(session, ModuleReference.class);
        for (EstateEnvironment environment : estate.getEnvironments()) {
            session.accept(environment);
            for (Zone zone : environment.getZones()) {
                session.accept(zone);
                for (FrontEnd frontEnd : zone.getFrontEnds()) {
                    session.accept(frontEnd);
                }
            }
            for (EstateModule module : environment.getModules()) {
                session.accept(module);
                for (String target : references ? module.getReferences() : List.<String>of()) {
                    session.accept(new ModuleReference(environment.getName(), module.getName(), target, module,
                            environment.getModuleNames()));
                }
            }
        }
        stagingSteps(estate.getEnvironments()).forEach(session);
        knowledge.facts().forEach(session);
        targetKnowledge(estate, knowledge).ifPresent(session);
        for (EstateEnvironment environment : estate.getEnvironments()) {
            session.accept(EnvironmentInfrastructure.of(environment));
            EnvironmentRuntime.of(environment).forEach(session);
        }
    }

    /** Whether the catalogue can judge the upgrade's target, decided here once for every rule. */
    static Optional<Object> targetKnowledge(Estate estate, PlatformKnowledge knowledge) {
        if (estate.getUpgrade() == null || estate.getUpgrade().getTargetVersion() == null) {
            return Optional.empty();
        }
        var upgrade = estate.getUpgrade();
        var span = knowledge.horizon();
        return Optional.of(span.covers(upgrade.getTargetVersion())
                ? new TargetInKnowledge(upgrade, upgrade.getTargetVersion())
                : new TargetOutsideKnowledge(upgrade, upgrade.getTargetVersion(), span.since(), span.horizon()));
    }

    /** Consecutive environments by Order, personal ones left out; ties keep the file's order. */
    static List<StagingStep> stagingSteps(List<EstateEnvironment> environments) {
        List<EstateEnvironment> staged = environments.stream()
                .filter(e -> e.getOrder() != null && e.getRole() != Role.PERSONAL)
                .sorted(Comparator.comparingInt(EstateEnvironment::getOrder))
                .toList();
        return java.util.stream.IntStream.range(1, staged.size())
                .mapToObj(i -> new StagingStep(staged.get(i - 1).getName(), staged.get(i).getName()))
                .toList();
    }
}
