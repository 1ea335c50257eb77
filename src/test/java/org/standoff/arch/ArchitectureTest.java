package org.standoff.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of STYLE.md and DESIGN.md, kept by the build: a broken layer fails here, not in
 * review. Layers, lowest first: model, geo (a base below the rooms {@code geo.distance}, then
 * {@code geo.buffer}, and {@code geo.crs}), io (a small shared base {@code io} below the three
 * format rooms {@code io.shapefile}, {@code io.csv}, {@code io.store}, which never use each
 * other, and the team registry {@code io.registry}, which uses only {@code io.store}), analysis, export and render, print, sample, then ui and cli, which never use each
 * other. No package cycles anywhere, the UI's sub-packages included.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.standoff");
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture()
                .consideringOnlyDependenciesInAnyPackage("org.standoff..")
                // the build's version text is read by both front ends
                .ignoreDependency(
                        com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(org.standoff.Version.class))
                .layer("Model")
                .definedBy("org.standoff.model..")
                .layer("Geo")
                .definedBy("org.standoff.geo..")
                .layer("IoBase")
                .definedBy("org.standoff.io")
                .layer("IoFormats")
                .definedBy(
                        "org.standoff.io.shapefile..",
                        "org.standoff.io.csv..",
                        "org.standoff.io.store..",
                        "org.standoff.io.registry..")
                .layer("Analysis")
                .definedBy("org.standoff.analysis..")
                .layer("Export")
                .definedBy("org.standoff.export..")
                .layer("Render")
                .definedBy("org.standoff.render..")
                .layer("Print")
                .definedBy("org.standoff.print..")
                .layer("Sample")
                .definedBy("org.standoff.sample..")
                .layer("Ui")
                .definedBy("org.standoff.ui..")
                .layer("Cli")
                .definedBy("org.standoff.cli..")
                .layer("Main")
                .definedBy("org.standoff")
                .whereLayer("Main")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Cli")
                .mayOnlyBeAccessedByLayers("Main")
                .whereLayer("Ui")
                .mayOnlyBeAccessedByLayers("Main")
                .whereLayer("Sample")
                .mayOnlyBeAccessedByLayers("Ui", "Cli", "Main")
                .whereLayer("Print")
                .mayOnlyBeAccessedByLayers("Sample", "Ui", "Cli", "Main")
                .whereLayer("Render")
                .mayOnlyBeAccessedByLayers("Print", "Sample", "Ui", "Cli", "Main")
                .whereLayer("Export")
                .mayOnlyBeAccessedByLayers("Ui", "Cli", "Main")
                .whereLayer("Analysis")
                .mayOnlyBeAccessedByLayers("Export", "Render", "Print", "Sample", "Ui", "Cli", "Main")
                .whereLayer("IoFormats")
                .mayOnlyBeAccessedByLayers(
                        "IoFormats", "Analysis", "Export", "Render", "Print", "Sample", "Ui", "Cli", "Main")
                .whereLayer("IoBase")
                .mayOnlyBeAccessedByLayers(
                        "IoFormats", "Analysis", "Export", "Render", "Print", "Sample", "Ui", "Cli", "Main")
                .whereLayer("Geo")
                .mayOnlyBeAccessedByLayers(
                        "IoBase", "IoFormats", "Analysis", "Export", "Render", "Print", "Sample", "Ui", "Cli", "Main")
                .check(classes);
    }

    @Test
    void theThreeFileFormatRoomsNeverUseEachOther() {
        String[] rooms = {"org.standoff.io.shapefile..", "org.standoff.io.csv..", "org.standoff.io.store.."};
        for (String room : rooms) {
            for (String other : rooms) {
                if (!room.equals(other)) {
                    noClasses()
                            .that()
                            .resideInAPackage(room)
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage(other)
                            .because("each file format is read and written in its own room (STYLE.md)")
                            .check(classes);
                }
            }
        }
    }

    /**
     * The team registry (issue #21) is a fourth io room beside the three file formats. It reads
     * and edits the project file only through {@code io.store}'s public API (ProjectFile.update,
     * SiteStore.attach), since the project file is the registry's offline copy; it never uses the
     * shapefile or CSV rooms, and no file-format room knows the registry exists.
     */
    @Test
    void theRegistryUsesOnlyTheStoreRoomAndNoRoomUsesTheRegistry() {
        noClasses()
                .that()
                .resideInAPackage("org.standoff.io.registry..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.standoff.io.shapefile..", "org.standoff.io.csv..")
                .because("the registry syncs the project file, which is io.store's")
                .check(classes);
        noClasses()
                .that()
                .resideInAnyPackage("org.standoff.io.shapefile..", "org.standoff.io.csv..", "org.standoff.io.store..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.standoff.io.registry..")
                .because("Standoff works fully without a registry; the file formats never depend on it")
                .check(classes);
    }

    @Test
    void modelDependsOnNoOtherStandoffPackage() {
        noClasses()
                .that()
                .resideInAPackage("org.standoff.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.standoff.geo..",
                        "org.standoff.io..",
                        "org.standoff.analysis..",
                        "org.standoff.export..",
                        "org.standoff.render..",
                        "org.standoff.print..",
                        "org.standoff.sample..",
                        "org.standoff.ui..",
                        "org.standoff.cli..")
                .check(classes);
    }

    @Test
    void coreKnowsNothingOfJavaFx() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.standoff.model..",
                        "org.standoff.geo..",
                        "org.standoff.io..",
                        "org.standoff.analysis..",
                        "org.standoff.export..",
                        "org.standoff.render..",
                        "org.standoff.print..",
                        "org.standoff.sample..",
                        "org.standoff.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "com.gluonhq..")
                .check(classes);
    }

    @Test
    void analysisComputesAndNeverWritesFiles() {
        noClasses()
                .that()
                .resideInAPackage("org.standoff.analysis..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.nio.file.Files")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.FileWriter")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.FileOutputStream")
                .because("writing results is the export room's job")
                .check(classes);
    }

    @Test
    void geoRoomsDependOnlyDownwards() {
        noClasses()
                .that()
                .resideInAPackage("org.standoff.geo")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.standoff.geo.distance..", "org.standoff.geo.buffer..", "org.standoff.geo.crs..")
                .because("the geo base (ellipsoid, solver, units, text forms) sits below its rooms")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.standoff.geo.distance..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.standoff.geo.buffer..", "org.standoff.geo.crs..")
                .because("exact distances never depend on the drawn buffers")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.standoff.geo.buffer..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.standoff.geo.crs..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.standoff.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("org.standoff.ui.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("org.standoff.io.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("org.standoff.geo.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theUiRootAssemblesTheViewsAndNoViewReachesBackIntoIt() {
        noClasses()
                .that()
                .resideInAnyPackage("org.standoff.ui.(*)..")
                .and()
                .resideOutsideOfPackage("org.standoff.ui")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.standoff.ui")
                .because("the main window depends on the views; a view depending on it would be a cycle")
                .check(classes);
    }

    @Test
    void cliAndUiNeverImportEachOther() {
        noClasses()
                .that()
                .resideInAPackage("org.standoff.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.standoff.ui..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.standoff.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.standoff.cli..")
                .check(classes);
    }
}
