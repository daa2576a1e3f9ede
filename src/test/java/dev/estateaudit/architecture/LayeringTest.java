package dev.estateaudit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The package map of docs/architecture.md, frozen: dependencies run one way,
 * cli → app → (report, review, plan, readiness, verify, importer, config) → engine → (findings,
 * facts) → knowledge → estate → util (findings needing only estate), and no two packages, nor two
 * classes of engine, depend on each other.
 */
class LayeringTest {

    /** The main classes, imported once for every architecture test of the run (an import takes seconds). */
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.estateaudit");

    @Test
    void noPackageCycles() {
        slices().matching("dev.estateaudit.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /**
     * No two classes of engine/ depend on each other, directly or round a longer loop (a nested
     * class counts as its outer class): each engine class can be read, and changed, knowing only
     * the ones it uses.
     */
    @Test
    void noEngineClassesDependOnEachOther() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                if (!javaClass.getPackageName().equals("dev.estateaudit.engine")) {
                    return SliceIdentifier.ignore();
                }
                String name = javaClass.getName().substring("dev.estateaudit.engine.".length());
                int nested = name.indexOf('$');
                return SliceIdentifier.of(nested < 0 ? name : name.substring(0, nested));
            }

            @Override
            public String getDescription() {
                return "the classes of dev.estateaudit.engine";
            }
        }).should().beFreeOfCycles().check(CLASSES);
    }

    /** The model is the rule author's API: it reads the same whichever way an estate was read, or built in code. */
    @Test
    void theEstateModelKnowsNothingOfItsReader() {
        noClasses().that().resideInAPackage("dev.estateaudit.estate")
                .should().dependOnClassesThat().resideInAPackage("dev.estateaudit.estate.read..")
                .check(CLASSES);
    }

    /** The input limits and the linear-time YAML reader guard any reader, not only the estate's. */
    @Test
    void theReadersGuardsStandBeneathTheReader() {
        noClasses().that().resideInAPackage("dev.estateaudit.estate.read.guard..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.estateaudit.estate", "dev.estateaudit.estate.read")
                .check(CLASSES);
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("entry").definedBy("dev.estateaudit")
                .layer("cli").definedBy("dev.estateaudit.cli..")
                .layer("app").definedBy("dev.estateaudit.app..")
                .layer("features").definedBy("dev.estateaudit.report..", "dev.estateaudit.review..", "dev.estateaudit.plan..",
                        "dev.estateaudit.readiness..", "dev.estateaudit.verify..", "dev.estateaudit.importer..",
                        "dev.estateaudit.config..")
                .layer("engine").definedBy("dev.estateaudit.engine..")
                .layer("findings").definedBy("dev.estateaudit.findings..")
                .layer("facts").definedBy("dev.estateaudit.facts..")
                .layer("knowledge").definedBy("dev.estateaudit.knowledge..")
                .layer("estate").definedBy("dev.estateaudit.estate..")
                .layer("util").definedBy("dev.estateaudit.util..")
                .whereLayer("entry").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("entry")
                .whereLayer("app").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("features").mayOnlyBeAccessedByLayers("cli", "app", "features")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("cli", "app", "features")
                .whereLayer("findings").mayOnlyBeAccessedByLayers("cli", "app", "features", "engine")
                .whereLayer("facts").mayOnlyBeAccessedByLayers("cli", "app", "features", "engine")
                .whereLayer("knowledge").mayOnlyBeAccessedByLayers("cli", "app", "features", "engine", "findings", "facts")
                .whereLayer("estate").mayOnlyBeAccessedByLayers("cli", "app", "features", "engine", "findings", "facts", "knowledge")
                .check(CLASSES);
    }

    @Test
    void theEngineAndFindingsKnowNothingOfReviewReportsOrCommands() {
        noClasses().that().resideInAnyPackage("dev.estateaudit.engine..", "dev.estateaudit.findings..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.estateaudit.review..", "dev.estateaudit.report..",
                        "dev.estateaudit.cli..", "dev.estateaudit.app..")
                .check(CLASSES);
    }

    @Test
    void theEstateModelImportsNothingOfOursButUtil() {
        noClasses().that().resideInAPackage("dev.estateaudit.estate..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.estateaudit.cli..", "dev.estateaudit.app..",
                        "dev.estateaudit.report..", "dev.estateaudit.review..", "dev.estateaudit.plan..",
                        "dev.estateaudit.readiness..", "dev.estateaudit.verify..", "dev.estateaudit.importer..",
                        "dev.estateaudit.config..", "dev.estateaudit.engine..", "dev.estateaudit.findings..",
                        "dev.estateaudit.facts..", "dev.estateaudit.knowledge..")
                .check(CLASSES);
    }
}
