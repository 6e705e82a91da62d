package org.educa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked over the compiled classes: config → view → business → model; inside business the
 * features → business.cache → business.events; no package cycle. An import that goes the other way fails here.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.educa");
    }

    @Test
    void layersPointDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("config").definedBy("org.educa.config..")
                .layer("view").definedBy("org.educa.view..")
                .layer("business").definedBy("org.educa.business..")
                .layer("model").definedBy("org.educa.model..")
                .whereLayer("config").mayNotBeAccessedByAnyLayer()
                .whereLayer("view").mayOnlyBeAccessedByLayers("config")
                .whereLayer("business").mayOnlyBeAccessedByLayers("config", "view")
                .whereLayer("model").mayOnlyBeAccessedByLayers("config", "view", "business")
                .check(classes);
    }

    @Test
    void theCacheFloorKnowsNoFeature() {
        noClasses().that().resideInAnyPackage("org.educa.business.cache..", "org.educa.business.events..")
                .should().dependOnClassesThat().resideInAnyPackage("org.educa.business.account..",
                        "org.educa.business.admin..", "org.educa.business.authoring..", "org.educa.business.catalog..",
                        "org.educa.business.learning..", "org.educa.business.media..", "org.educa.business.monitor..")
                .check(classes);
        noClasses().that().resideInAPackage("org.educa.business.events..")
                .should().dependOnClassesThat().resideInAPackage("org.educa.business.cache..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.educa.(**)").should().beFreeOfCycles().check(classes);
    }
}
