package org.standoff.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of STYLE.md, kept by the build: a broken layer fails here, not in review. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.standoff");
    }

    @Test
    void modelDependsOnNoOtherStandoffPackage() {
        noClasses().that().resideInAPackage("org.standoff.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.standoff.geo..", "org.standoff.io..", "org.standoff.analysis..",
                        "org.standoff.render..", "org.standoff.print..", "org.standoff.ui..", "org.standoff.cli..")
                .check(classes);
    }

    @Test
    void coreKnowsNothingOfJavaFx() {
        noClasses().that().resideInAnyPackage("org.standoff.model..", "org.standoff.geo..", "org.standoff.io..", "org.standoff.analysis..",
                        "org.standoff.render..", "org.standoff.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..")
                .check(classes);
    }

    @Test
    void lowerLayersNeverReachUp() {
        noClasses().that().resideInAnyPackage("org.standoff.geo..", "org.standoff.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.standoff.analysis..", "org.standoff.render..", "org.standoff.print..",
                        "org.standoff.ui..", "org.standoff.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("org.standoff.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("org.standoff.render..", "org.standoff.print..", "org.standoff.ui..", "org.standoff.cli..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAnyPackage("org.standoff.render..", "org.standoff.print..")
                .should().dependOnClassesThat().resideInAnyPackage("org.standoff.ui..", "org.standoff.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void cliAndUiNeverImportEachOther() {
        noClasses().that().resideInAPackage("org.standoff.cli..").should().dependOnClassesThat().resideInAPackage("org.standoff.ui..").check(classes);
        noClasses().that().resideInAPackage("org.standoff.ui..").should().dependOnClassesThat().resideInAPackage("org.standoff.cli..").check(classes);
    }
}
