package org.standoff.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDAL's own reading of a site store: the GeoPackage must open in GDAL/QGIS without errors or
 * warnings. Skipped only when {@code ogrinfo} (Debian package gdal-bin) is not installed.
 */
class SiteStoreOgrinfoTest {

    @TempDir
    Path dir;

    /** The ogrinfo executable on the PATH, or null. */
    static Path ogrinfo() {
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(p, "ogrinfo");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Runs ogrinfo with {@code args}; returns {exit code, stdout, stderr}. */
    static String[] run(Path ogrinfo, Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ogrinfo.toString()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("ogr.out");
        Path err = dir.resolve("ogr.err");
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ogrinfo finished");
        return new String[] {
            Integer.toString(p.exitValue()),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8)
        };
    }

    @Test
    void gdalOpensTheSiteStoreAsAPointLayerWithoutWarnings() throws Exception {
        Path ogr = ogrinfo();
        assumeTrue(ogr != null, "ogrinfo not installed");
        Path file = dir.resolve("p.gpkg");
        try (SiteFile store = SiteFile.open(file)) {
            store.insertAll(List.of(SiteStoreTest.fullSite(), SiteStoreTest.oddSite(), SiteStoreTest.fullSite()));
        }
        String[] r = run(ogr, dir, "-ro", "-al", "-so", file.toString());
        assertEquals("0", r[0], r[2]);
        assertEquals("", r[2].strip(), "no errors or warnings");
        assertTrue(r[1].contains("Layer name: standoff_sites"), r[1]);
        assertTrue(r[1].contains("Geometry: Point"), r[1]);
        assertTrue(r[1].contains("Feature Count: 3"), r[1]);
        assertTrue(r[1].contains("capacity_mw: Real"), r[1]);
        assertTrue(r[1].contains("created_at: DateTime"), r[1]);
        // Full read of every feature, and GDAL's own GeoPackage validity check via SQL.
        String[] all = run(ogr, dir, "-ro", "-al", file.toString());
        assertEquals("", all[2].strip(), "no errors or warnings reading features");
        assertTrue(all[1].contains("POINT (-97.0012345678 30.6543210987)"), all[1]);
        // GDAL's own messages ("Warning 1: …", "ERROR 1: …"), not a column such as standoff_layers.reader_warnings
        assertFalse(all[1].contains("Warning 1:") || all[1].contains("ERROR 1:"), all[1]);
    }
}
