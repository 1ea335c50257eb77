package org.standoff.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.standoff.geo.crs.PrjCrs;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.FieldType;

/**
 * Invalid outlines are repaired on load and listed; a feature whose coordinates are not on the
 * Earth is skipped and listed; neither fails the layer (DESIGN.md decision 12, issue #18).
 */
class ShapefileRepairTest {

    @TempDir
    Path dir;

    private static final List<Field> NAME = List.of(Field.of("NAME", FieldType.STRING));

    private static Geometry wkt(String text) throws Exception {
        return new WKTReader(TestFiles.GF).read(text);
    }

    private Path write(ShapeType type, String prj, Object[]... idNameWkt) throws Exception {
        Path shp = dir.resolve("t.shp");
        List<Feature> features = new java.util.ArrayList<>();
        for (Object[] f : idNameWkt) {
            features.add(new Feature((Long) f[0], wkt((String) f[2]), new Object[] {f[1]}));
        }
        ShapefileWriter.write(shp, type, NAME, features, StandardCharsets.UTF_8, prj);
        return shp;
    }

    @Test
    void repairsABowTieIntoTwoTrianglesKeepingTheOriginalAndListingIt() throws Exception {
        ShapefileData data = ShapefileReader.read(write(
                ShapeType.POLYGON,
                PrjCrs.WGS84_ESRI_WKT,
                new Object[] {1L, "Fort Good", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"},
                new Object[] {2L, "Bow Tie Range", "POLYGON ((10 10, 12 12, 12 10, 10 12, 10 10))"}));
        assertEquals(2, data.features().size(), "one bad outline never fails the layer");
        Feature bowTie = data.features().get(1);
        assertTrue(bowTie.geometry().isValid());
        assertEquals(2, bowTie.geometry().getNumGeometries());
        assertEquals(2.0, bowTie.geometry().getArea(), 1e-9);
        assertTrue(bowTie.original().isPresent());
        assertFalse(bowTie.original().get().isValid());
        assertTrue(data.features().get(0).original().isEmpty());
        assertTrue(
                data.warnings()
                        .contains("t.shp: record 2 (Bow Tie Range): invalid outline (self-intersection at 11.000000, "
                                + "11.000000); repaired"),
                data.warnings().toString());
    }

    @Test
    void repairsSelfOverlappingPartsIntoTheirUnion() throws Exception {
        // Two outer rings of one record that overlap: JTS reads them as an invalid MultiPolygon,
        // on which a point in the overlap would be "outside" by the even-odd rule.
        ShapefileData data = ShapefileReader.read(write(ShapeType.POLYGON, PrjCrs.WGS84_ESRI_WKT, new Object[] {
            7L, "Overlap Depot", "MULTIPOLYGON (((0 0, 2 0, 2 2, 0 2, 0 0)), ((1 1, 3 1, 3 3, 1 3, 1 1)))"
        }));
        Geometry g = data.features().get(0).geometry();
        assertTrue(g.isValid());
        assertEquals(1, g.getNumGeometries(), g.toText());
        assertEquals(7.0, g.getArea(), 1e-9);
        assertTrue(g.covers(TestFiles.GF.createPoint(new Coordinate(1.5, 1.5))));
        assertTrue(
                data.warnings().stream()
                        .anyMatch(w -> w.startsWith("t.shp: record 1 (Overlap Depot): invalid outline (")
                                && w.endsWith("); repaired")),
                data.warnings().toString());
    }

    @Test
    void skipsAFeatureOffTheEarthAndReadsTheRest() throws Exception {
        ShapefileData data = ShapefileReader.read(write(
                ShapeType.POINT,
                PrjCrs.WGS84_ESRI_WKT,
                new Object[] {1L, "Here", "POINT (10 20)"},
                new Object[] {2L, "Nowhere", "POINT (200 20)"},
                new Object[] {3L, "There", "POINT (-10 -20)"}));
        assertEquals(List.of(1L, 3L), data.features().stream().map(Feature::id).toList());
        assertTrue(
                data.warnings()
                        .contains("t.shp: record 2 (Nowhere): point 1 is not a longitude/latitude (200.000000, "
                                + "20.000000); skipped"),
                data.warnings().toString());
    }

    /** mapshaper's invalid_coordinates.shp has -Double.MAX_VALUE: said in a dozen characters, not three hundred. */
    @Test
    void saysAnAbsurdCoordinateShortly() throws Exception {
        ShapefileData data = ShapefileReader.read(
                write(ShapeType.POINT, PrjCrs.WGS84_ESRI_WKT, new Object[] {1L, "Here", "POINT (10 20)"}, new Object[] {
                    2L, "Huge", "POINT (-1.7976931348623157e308 20)"
                }));
        assertTrue(
                data.warnings()
                        .contains("t.shp: record 2 (Huge): point 1 is not a longitude/latitude (-1.797693e+308, "
                                + "20.000000); skipped"),
                data.warnings().toString());
    }

    @Test
    void skipsAFeatureWhoseCoordinatesAreNotNumbers() throws Exception {
        Path shp =
                write(ShapeType.POINT, PrjCrs.WGS84_ESRI_WKT, new Object[] {1L, "Here", "POINT (10 20)"}, new Object[] {
                    2L, "Broken", "POINT (11 21)"
                });
        // The second record's x: header 100, record 1 is 8 + 20 bytes, then 8 + type 4 bytes.
        TestFiles.patch(
                shp,
                100 + 28 + 12,
                ByteBuffer.allocate(8)
                        .order(ByteOrder.LITTLE_ENDIAN)
                        .putDouble(Double.NaN)
                        .array());
        ShapefileData data = ShapefileReader.read(shp);
        assertEquals(1, data.features().size());
        assertTrue(
                data.warnings().contains("t.shp: record 2 (Broken): a coordinate is not a number; skipped"),
                data.warnings().toString());
    }

    @Test
    void withoutPrjToleratesLongitudesRoundedPast180() throws Exception {
        ShapefileData data = ShapefileReader.read(
                write(ShapeType.POINT, null, new Object[] {1L, "Date line", "POINT (180.00003 -16.5)"}));
        assertEquals(
                180.0, ((org.locationtech.jts.geom.Point) data.features().get(0).geometry()).getX());
    }

    @Test
    void withoutPrjRefusalSaysWhatItSaw() throws Exception {
        Path shp = write(ShapeType.POINT, null, new Object[] {1L, "Far", "POINT (181 45)"});
        ShapefileException e = assertThrows(ShapefileException.class, () -> ShapefileReader.read(shp));
        assertTrue(
                e.getMessage().contains("x 181.000000 to 181.000000, y 45.0000000 to 45.0000000")
                        && e.getMessage().contains("x goes beyond ±180"),
                e.getMessage());
        assertTrue(e.isMissingCrs());
    }

    @Test
    void acceptsAnEmptyShapefileWithoutPrjWhateverItsBox() throws Exception {
        Path shp = write(ShapeType.POLYGON, null);
        byte[] huge = ByteBuffer.allocate(8)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putDouble(-Double.MAX_VALUE)
                .array();
        TestFiles.patch(shp, 36, huge);
        ShapefileData data = ShapefileReader.read(shp);
        assertTrue(data.features().isEmpty());
        assertTrue(
                data.warnings().stream().anyMatch(w -> w.contains("no .prj and no records")),
                data.warnings().toString());
    }
}
