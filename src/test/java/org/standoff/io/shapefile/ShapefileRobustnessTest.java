package org.standoff.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.standoff.geo.crs.PrjCrs;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.FieldType;

/** Missing and inconsistent sidecars, projections, truncation and hostile lengths. */
class ShapefileRobustnessTest {

    @TempDir
    Path dir;

    private static final List<Field> ID = List.of(Field.of("ID", FieldType.INTEGER));

    private Path points(String name, int n, double x0, double y0, String prj) throws ShapefileException {
        List<Feature> fs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            fs.add(new Feature(
                    i + 1, TestFiles.GF.createPoint(new Coordinate(x0 + i, y0 + i)), new Object[] {(long) i + 1}));
        }
        Path shp = dir.resolve(name + ".shp");
        ShapefileWriter.write(shp, ShapeType.POINT, ID, fs, java.nio.charset.StandardCharsets.UTF_8, prj);
        return shp;
    }

    private Path square(String name) throws Exception {
        Path shp = dir.resolve(name + ".shp");
        ShapefileWriter.write(
                shp, ShapeType.POLYGON, ID, List.of(new Feature(1, TestFiles.square(0, 0, 1), new Object[] {1L})));
        return shp;
    }

    private static String fail(Path shp) {
        return assertThrows(ShapefileException.class, () -> ShapefileReader.read(shp))
                .getMessage();
    }

    @Test
    void readsByScanningWhenShxIsMissing() throws Exception {
        Path shp = points("a", 5, 1, 1, PrjCrs.WGS84_ESRI_WKT);
        Files.delete(dir.resolve("a.shx"));
        assertEquals(5, ShapefileReader.read(shp).features().size());
    }

    @Test
    void fallsBackToScanningWhenShxIsInconsistent() throws Exception {
        Path shp = points("b", 5, 1, 1, PrjCrs.WGS84_ESRI_WKT);
        TestFiles.patch(dir.resolve("b.shx"), 100 + 8 * 2, TestFiles.intBE(60)); // wrong offset of record 3
        ShapefileData data = ShapefileReader.read(shp);
        assertEquals(5, data.features().size());
        assertEquals(3.0, ((Point) data.features().get(2).geometry()).getX());
        assertTrue(
                data.warnings().stream().anyMatch(w -> w.contains("b.shx")),
                data.warnings().toString());

        TestFiles.truncate(dir.resolve("b.shx"), 103);
        assertEquals(5, ShapefileReader.read(shp).features().size());
    }

    @Test
    void warnsAndScansWhenTheShxListsFewerRecordsThanTheShp() throws Exception {
        Path shp = points("s", 5, 1, 1, PrjCrs.WGS84_ESRI_WKT);
        TestFiles.truncate(dir.resolve("s.shx"), 100 + 8 * 3);
        ShapefileData data = ShapefileReader.read(shp);
        assertEquals(5, data.features().size());
        assertTrue(
                data.warnings()
                        .contains(
                                "s.shx: lists 3 records but the .shp continues after the last one; scanning the .shp instead"),
                data.warnings().toString());
    }

    @Test
    void assumesWgs84WithoutPrjWhenCoordinatesAreLonLat() throws Exception {
        ShapefileData data = ShapefileReader.read(points("c", 3, -105, 39, null));
        assertEquals("WGS 84", data.crsName());
        assertTrue(data.warnings().stream().anyMatch(w -> w.contains("no .prj")));
    }

    @Test
    void failsClearlyWithoutPrjWhenCoordinatesAreProjected() throws Exception {
        Path shp = points("d", 3, 480000, 4400000, null);
        String message = fail(shp);
        assertTrue(message.startsWith("d.shp: no .prj file"), message);
        ShapefileException e = org.junit.jupiter.api.Assertions.assertThrows(
                ShapefileException.class, () -> ShapefileReader.read(shp));
        assertTrue(e.isMissingCrs(), "the caller can ask the user for a coordinate system");
        assertTrue(message.contains("add the .prj"), message);
    }

    @Test
    void usesAnExplicitCrsWhenThePrjIsMissing() throws Exception {
        Path shp = points("e", 1, 480000, 4400000, null);
        ShapefileData data = ShapefileReader.read(
                shp,
                ShapefileReadOptions.defaults().withCrs(PrjCrs.parse(org.standoff.geo.crs.PrjCrsTestValues.UTM13N)),
                ProgressListener.NONE);
        Point p = (Point) data.features().get(0).geometry();
        assertEquals(-105.2334522492, p.getX(), 1e-7);
        assertEquals(39.7496727694, p.getY(), 1e-7);
    }

    @Test
    void reprojectsProjectedShapefilesToWgs84() throws Exception {
        // UTM 13N point; reference from PROJ cs2cs (see PrjCrsTest).
        ShapefileData data =
                ShapefileReader.read(points("f", 1, 480000, 4400000, org.standoff.geo.crs.PrjCrsTestValues.UTM13N));
        Point p = (Point) data.features().get(0).geometry();
        assertEquals(-105.2334522492, p.getX(), 1e-7);
        assertEquals(39.7496727694, p.getY(), 1e-7);
        assertEquals("NAD_1983_UTM_Zone_13N", data.crsName());
        assertEquals(-105.2334522492, data.bbox().getMinX(), 1e-7);
    }

    @Test
    void failsClearlyOnAnUnknownProjection() throws Exception {
        Path shp = points(
                "g", 1, 1, 1, org.standoff.geo.crs.PrjCrsTestValues.UTM13N.replace("Transverse_Mercator", "Nonsense"));
        String message = fail(shp);
        assertTrue(message.startsWith("g.prj: cannot understand the projection"), message);
    }

    /**
     * A cut .shp keeps the records before the cut, as GDAL does (issue #18: mapshaper's
     * geo_lines.shp, 7 records with the last cut, read 6 in GDAL and none in Standoff), with or
     * without its .shx; a file cut in its first record or its header is still refused.
     */
    @Test
    void readsTheRecordsBeforeACutAndNamesTheCutRecord() throws Exception {
        Path shp = points("h", 3, 1, 1, PrjCrs.WGS84_ESRI_WKT);
        TestFiles.truncate(shp, Files.size(shp) - 5);
        ShapefileData withShx = ShapefileReader.read(shp);
        assertEquals(2, withShx.features().size());
        assertTrue(
                withShx.warnings().stream().anyMatch(w -> w.startsWith("h.shp: record 3: truncated record")),
                withShx.warnings().toString());
        Files.delete(dir.resolve("h.shx"));
        ShapefileData scanned = ShapefileReader.read(shp);
        assertEquals(2, scanned.features().size());
        assertTrue(
                scanned.warnings().stream().anyMatch(w -> w.startsWith("h.shp: record 3: truncated record")),
                scanned.warnings().toString());
        TestFiles.truncate(shp, 100 + 8 + 10);
        assertTrue(fail(shp).startsWith("h.shp: record 1: truncated record"), "nothing readable: refused");
        TestFiles.truncate(shp, 50);
        assertTrue(fail(shp).contains("truncated header"));
    }

    @Test
    void treatsA2GbRecordLengthAsAnErrorNotAnAllocation() throws Exception {
        Path shp = points("i", 2, 1, 1, PrjCrs.WGS84_ESRI_WKT);
        Files.delete(dir.resolve("i.shx"));
        TestFiles.patch(shp, 104, TestFiles.intBE(Integer.MAX_VALUE));
        String message = fail(shp);
        assertTrue(message.startsWith("i.shp: record 1: truncated record: content length 4294967294"), message);
    }

    @Test
    void rejectsNegativeCountsAndPartCountsBeyondTheRecord() throws Exception {
        Path shp = square("j");
        TestFiles.patch(shp, 108 + 36, TestFiles.intLE(-1));
        assertTrue(fail(shp).contains("record 1: negative count"), fail(shp));
        TestFiles.patch(shp, 108 + 36, TestFiles.intLE(100_000_000));
        assertTrue(fail(shp).contains("record 1: content length mismatch"), fail(shp));
        TestFiles.patch(shp, 108 + 36, TestFiles.intLE(1));
        TestFiles.patch(shp, 108 + 40, TestFiles.intLE(Integer.MAX_VALUE));
        assertTrue(fail(shp).contains("content length mismatch"), fail(shp));
    }

    @Test
    void closesAnUnclosedThreePointRingAsGdalDoes() throws Exception {
        double[] triangle = {0, 0, 0, 1, 1, 0};
        Path shp = TestFiles.writeRaw(dir, "k", ShapeType.POLYGON, List.of(TestFiles.polygonRecord(triangle)));
        ShapefileData data = ShapefileReader.read(shp);
        assertEquals(0.5, data.features().get(0).geometry().getArea(), 1e-12);
        assertTrue(
                data.warnings().stream().anyMatch(w -> w.contains("unclosed ring closed")),
                data.warnings().toString());
    }

    @Test
    void dropsRingsThatEncloseNothingAndSkipsARecordLeftWithNone() throws Exception {
        double[] square = {0, 0, 0, 1, 1, 1, 1, 0, 0, 0};
        double[] line = {5, 5, 6, 6};
        double[] backAndForth = {7, 7, 8, 8, 7, 7};
        Path shp = TestFiles.writeRaw(
                dir,
                "k2",
                ShapeType.POLYGON,
                List.of(TestFiles.polygonRecord(square, line), TestFiles.polygonRecord(backAndForth)));
        ShapefileData data = ShapefileReader.read(shp);
        assertEquals(1, data.features().size());
        assertEquals(1.0, data.features().get(0).geometry().getArea(), 1e-12);
        assertTrue(
                data.warnings().contains("k2.shp: record 1: ring 2 with 2 points encloses nothing; dropped"),
                data.warnings().toString());
        assertTrue(
                data.warnings().contains("k2.shp: record 2: no ring with at least 3 distinct points; skipped"),
                data.warnings().toString());
    }

    @Test
    void rejectsBadShapeTypes() throws Exception {
        Path shp = square("l");
        TestFiles.patch(shp, 108, TestFiles.intLE(77));
        assertEquals("l.shp: record 1: bad shape type 77", fail(shp));
        TestFiles.patch(shp, 108, TestFiles.intLE(1));
        assertTrue(fail(shp).contains("shape type Point in a Polygon file"));
        TestFiles.patch(shp, 32, TestFiles.intLE(2));
        assertEquals("l.shp: bad shape type 2 in header", fail(shp));
        TestFiles.patch(shp, 0, TestFiles.intBE(1234));
        assertTrue(fail(shp).contains("not a shapefile"));
    }

    @Test
    void releasesAllFilesAfterReadingAndAfterFailing() throws Exception {
        Path ok = square("m");
        ShapefileReader.read(ok);
        assertTrue(openFilesUnder(dir).isEmpty(), openFilesUnder(dir).toString());
        Path bad = square("n");
        TestFiles.patch(bad, 108, TestFiles.intLE(77));
        fail(bad);
        assertTrue(openFilesUnder(dir).isEmpty(), openFilesUnder(dir).toString());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
    }

    /** Files under {@code dir} this process holds open, from /proc on Linux (empty elsewhere). */
    static List<Path> openFilesUnder(Path dir) throws IOException {
        Path fds = Path.of("/proc/self/fd");
        List<Path> open = new ArrayList<>();
        if (!Files.isDirectory(fds)) {
            return open;
        }
        try (Stream<Path> s = Files.list(fds)) {
            for (Path fd : s.toList()) {
                try {
                    Path target = Files.readSymbolicLink(fd);
                    if (target.startsWith(dir.toRealPath())) {
                        open.add(target);
                    }
                } catch (IOException e) {
                    // The descriptor closed between listing and reading: not open any more.
                }
            }
        }
        return open;
    }
}
