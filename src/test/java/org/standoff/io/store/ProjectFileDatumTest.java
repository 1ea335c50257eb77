package org.standoff.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.model.Layer;
import org.standoff.model.LayerSource;
import org.standoff.model.Project;
import org.standoff.model.ProjectLayer;

/**
 * Issue #18: the datum transformation each layer was brought to WGS 84 with, its stated accuracy
 * and the reader's warnings are kept in the project file, so a reopened project shows them next
 * to distances as the freshly loaded one did; files saved before schema 3 read as "not recorded".
 */
class ProjectFileDatumTest {

    @TempDir
    Path dir;

    @Test
    void theOperationItsAccuracyAndTheReadersWarningsReadBack() throws Exception {
        Path file = dir.resolve("p.gpkg");
        LayerSource nad27 = new LayerSource(
                "/data/bases27.shp",
                ProjectFixtures.T0,
                "cd".repeat(32),
                "NAD_1927_UTM_Zone_18N",
                "NAD27 to WGS 84 (4) (EPSG:1173), accuracy 10 m",
                10.0,
                List.of("bases27.shp record 2 (Fort X): invalid outline; repaired"));
        Project p = withSource(nad27);
        ProjectFile.write(p, file);
        LayerSource back =
                ProjectFile.read(file).layers().get(0).data().source().orElseThrow();
        assertEquals(nad27, back);
        assertTrue(
                back.datumWarning().orElseThrow().contains("within 10 m of a rule's radius"),
                back.datumWarning().toString());
        // and again through a save into the existing file
        ProjectFile.write(ProjectFile.read(file), file);
        assertEquals(
                nad27, ProjectFile.read(file).layers().get(0).data().source().orElseThrow());
    }

    @Test
    void anUnknownTransformationIsKeptAsUnknownAndWarned() throws Exception {
        Path file = dir.resolve("p.gpkg");
        LayerSource foo = new LayerSource(
                "/data/foo.shp",
                null,
                null,
                "GCS_Foo",
                "no datum transformation known: D_Foo treated as WGS 84",
                null,
                List.of());
        ProjectFile.write(withSource(foo), file);
        LayerSource back =
                ProjectFile.read(file).layers().get(0).data().source().orElseThrow();
        assertNull(back.datumAccuracyMetres());
        assertEquals("unknown", back.datumAccuracyText());
        assertTrue(
                back.datumWarning().orElseThrow().startsWith("no datum transformation known: D_Foo"),
                back.datumWarning().toString());
    }

    @Test
    void aFileOfSchemaTwoReadsAsNotRecordedAndIsUpgradedBySaving() throws Exception {
        Path file = dir.resolve("old.gpkg");
        ProjectFile.write(
                withSource(new LayerSource(
                        "/data/b.shp", null, null, "WGS 84", "none (already WGS 84), accuracy 0 m", 0.0, List.of())),
                file);
        // make it the file a Standoff of schema 2 wrote: no datum columns
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.executeUpdate("ALTER TABLE standoff_layers DROP COLUMN reader_warnings");
            s.executeUpdate("ALTER TABLE standoff_layers DROP COLUMN datum_accuracy_m");
            s.executeUpdate("ALTER TABLE standoff_layers DROP COLUMN datum_operation");
            s.executeUpdate("UPDATE standoff_meta SET value = '2' WHERE key = 'schema_version'");
        }
        OpenedProject opened = ProjectFile.open(file);
        assertTrue(opened.needsUpgrade());
        LayerSource back = opened.project().layers().get(0).data().source().orElseThrow();
        assertFalse(back.datumRecorded());
        assertTrue(back.datumWarning().isEmpty());
        assertTrue(opened.warnings().isEmpty(), opened.warnings().toString());
        ProjectFile.write(opened.project(), file);
        OpenedProject upgraded = ProjectFile.open(file);
        assertFalse(upgraded.needsUpgrade());
        assertEquals(StandoffSchema.CURRENT_VERSION, upgraded.schemaVersion());
    }

    @Test
    void accuracyTextThatAnotherProgramWroteReadsAsUnknownWithAWarning() throws Exception {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(
                withSource(new LayerSource(
                        "/data/b.shp", null, null, "NAD27", "NAD27 to WGS 84 (4), accuracy 10 m", 10.0, List.of())),
                file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.executeUpdate(
                    "UPDATE standoff_layers SET datum_accuracy_m = 'ten', reader_warnings = '[1, {' WHERE panel_order = 0");
        }
        OpenedProject opened = ProjectFile.open(file);
        LayerSource back = opened.project().layers().get(0).data().source().orElseThrow();
        assertNull(back.datumAccuracyMetres());
        assertEquals(List.of(), back.readerWarnings());
        assertEquals(2, opened.warnings().size(), opened.warnings().toString());
        assertTrue(
                opened.warnings().get(0).contains("datum_accuracy_m \"ten\""),
                opened.warnings().toString());
    }

    private static Project withSource(LayerSource source) {
        Project base = ProjectFixtures.everything();
        ProjectLayer first = base.layers().get(0);
        Layer data = new Layer(
                first.data().name(), first.data().fields(), first.data().features(), source);
        List<ProjectLayer> layers = new java.util.ArrayList<>(base.layers());
        layers.set(0, new ProjectLayer(first.id(), data, first.role(), first.style(), first.visible()));
        return new Project(
                base.name(), layers, base.sites(), base.zones(), base.ruleSets(), base.view(), base.settings());
    }
}
