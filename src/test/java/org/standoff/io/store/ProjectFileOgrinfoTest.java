package org.standoff.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerStyle;
import org.standoff.model.Project;
import org.standoff.model.ProjectLayer;
import org.standoff.sample.SyntheticData;

/**
 * GDAL's own reading of a saved project: every layer is listed with its feature count and
 * extent, and neither the summary nor a full read of every feature prints an error or a
 * warning. Skipped only when {@code ogrinfo} (Debian package gdal-bin) is not on the PATH.
 */
class ProjectFileOgrinfoTest {

    @TempDir
    Path dir;

    @Test
    void gdalListsEveryLayerWithItsCountAndExtentWithoutErrorsOrWarnings() throws Exception {
        Path ogr = SiteStoreOgrinfoTest.ogrinfo();
        assumeTrue(ogr != null, "ogrinfo is not on the PATH");
        Project base = ProjectFixtures.everything();
        List<ProjectLayer> layers = new java.util.ArrayList<>(base.layers());
        layers.add(new ProjectLayer(
                "L-syn",
                SyntheticData.installations(40, 7),
                LayerRole.INSTALLATIONS,
                LayerStyle.defaultFor(LayerRole.INSTALLATIONS),
                true));
        Project p = new Project(
                base.name(), layers, base.sites(), base.zones(), base.ruleSets(), base.view(), base.settings());
        Path file = dir.resolve("project.gpkg");
        ProjectFile.write(p, file);

        String[] summary = SiteStoreOgrinfoTest.run(ogr, dir, "-ro", "-al", "-so", file.toString());
        assertEquals("0", summary[0], summary[2]);
        assertNoErrorsOrWarnings(summary[2]);
        String out = summary[1];
        List<String> tables = List.of(
                "layer_substations",
                "layer_mixed_every_type",
                "layer_installations",
                "layer_substations_2",
                "layer_synthetic_installations");
        for (int i = 0; i < tables.size(); i++) {
            String block = block(out, tables.get(i));
            var layer = p.layers().get(i).data();
            assertTrue(block.contains("Feature Count: " + layer.features().size()), block);
            Envelope e = layer.envelope();
            String extent = String.format(
                    Locale.ROOT, "Extent: (%f, %f) - (%f, %f)", e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
            assertTrue(block.contains(extent), extent + " in\n" + block);
        }
        assertTrue(block(out, "layer_installations").contains("Geometry: Polygon"), out);
        assertTrue(block(out, "layer_substations").contains("Geometry: Point"), out);
        assertTrue(block(out, "layer_mixed_every_type").contains("Geometry: Unknown (any)"), out);
        assertTrue(block(out, "layer_mixed_every_type").contains("SURVEYED: DateTime"), out);
        assertTrue(block(out, "layer_mixed_every_type").contains("OPENED: Date"), out);
        assertTrue(block(out, "layer_mixed_every_type").contains("ACTIVE: Integer(Boolean)"), out);
        assertTrue(block(out, "standoff_sites").contains("Feature Count: 2"), out);

        String[] all = SiteStoreOgrinfoTest.run(ogr, dir, "-ro", "-al", file.toString());
        assertEquals("0", all[0], all[2]);
        assertNoErrorsOrWarnings(all[2]);
        assertTrue(all[1].contains("POINT (-97.0012345678 30.6543210987)"), "sites are read");

        // The plain listing names every layer too.
        String[] list = SiteStoreOgrinfoTest.run(ogr, dir, "-ro", file.toString());
        assertNoErrorsOrWarnings(list[2]);
        for (String t : tables) {
            assertTrue(list[1].contains(t), t + " in\n" + list[1]);
        }
    }

    /**
     * GDAL's GeoPackage validator (gdal-bin's Python samples) with its extra checks and warnings
     * as errors. Skipped when the script or python3 is not installed.
     */
    @Test
    void gdalsGeoPackageValidatorFindsNothingWrong() throws Exception {
        Path script = Path.of("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py");
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(
                java.nio.file.Files.isRegularFile(script) && java.nio.file.Files.isExecutable(python),
                "validate_gpkg.py not installed");
        Path file = dir.resolve("project.gpkg");
        ProjectFile.write(ProjectFixtures.everything(), file);
        Process p = new ProcessBuilder(
                        python.toString(), script.toString(), "-k", "--extra", "--warning-as-error", file.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("validate.out").toFile())
                .start();
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), java.nio.file.Files.readString(dir.resolve("validate.out")));
    }

    /** The part of ogrinfo's output about one layer. */
    private static String block(String out, String table) {
        int start = out.indexOf("Layer name: " + table + "\n");
        assertTrue(start >= 0, table + " listed in\n" + out);
        int end = out.indexOf("Layer name: ", start + 1);
        return out.substring(start, end < 0 ? out.length() : end);
    }

    private static void assertNoErrorsOrWarnings(String stderr) {
        for (String line : stderr.split("\n")) {
            assertFalse(line.contains("ERROR") || line.contains("Warning"), "ogrinfo said: " + stderr);
        }
    }
}
