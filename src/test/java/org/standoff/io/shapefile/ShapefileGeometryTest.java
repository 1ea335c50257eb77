package org.standoff.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.FieldType;

class ShapefileGeometryTest {

    @TempDir
    Path dir;

    private static final List<Field> ID = List.of(Field.of("ID", FieldType.INTEGER));

    private static Feature feature(long id, Geometry g) {
        return new Feature(id, g, new Object[] {id});
    }

    private Geometry sampleFor(ShapeType type) {
        Coordinate a = new Coordinate(1, 2, 10);
        Coordinate b = new Coordinate(3, 4, 20);
        Coordinate c = new Coordinate(5, 2, 30);
        switch (type.base()) {
            case POINT:
                return TestFiles.GF.createPoint(a);
            case MULTIPOINT:
                return TestFiles.GF.createMultiPointFromCoords(new Coordinate[] {a, b});
            case POLYLINE:
                return TestFiles.GF.createLineString(new Coordinate[] {a, b, c});
            default:
                return TestFiles.GF.createPolygon(new Coordinate[] {a, b, c, a});
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = ShapeType.class,
            names = {"NULL", "MULTIPATCH"},
            mode = EnumSource.Mode.EXCLUDE)
    void readsEveryWritableShapeTypeKeepingZWherePresent(ShapeType type) throws Exception {
        Path shp = dir.resolve("t.shp");
        Geometry g = sampleFor(type);
        ShapefileWriter.write(shp, type, ID, List.of(feature(1, g)));
        ShapefileData data = ShapefileReader.read(shp);
        assertEquals(type, data.shapeType());
        Geometry read = data.features().get(0).geometry();
        assertTrue(
                read.equalsExact(
                                g.getGeometryType().equals("LineString")
                                                || g instanceof Point
                                                || g instanceof MultiPoint
                                        ? g
                                        : read)
                        || read.equalsTopo(g),
                type + ": " + read);
        assertTrue(read.equalsTopo(g));
        double z = read.getCoordinates()[0].getZ();
        if (type.hasZ()) {
            assertEquals(10, z, 0.0);
        } else {
            assertTrue(Double.isNaN(z), "no z for " + type);
        }
    }

    @Test
    void readsPointsWithAttributesAndRecordNumbersAsIds() throws Exception {
        Path shp = dir.resolve("p.shp");
        List<Field> fields = List.of(Field.of("NAME", FieldType.STRING), Field.of("KV", FieldType.DOUBLE));
        ShapefileWriter.write(
                shp,
                ShapeType.POINT,
                fields,
                List.of(
                        new Feature(
                                1, TestFiles.GF.createPoint(new Coordinate(-105, 40)), new Object[] {"Alpha", 115.0}),
                        new Feature(
                                2, TestFiles.GF.createPoint(new Coordinate(-104, 39)), new Object[] {"Beta", null})));
        ShapefileData data = ShapefileReader.read(shp);
        assertEquals(2, data.features().size());
        assertEquals(2, data.features().get(1).id());
        assertEquals("Alpha", data.features().get(0).value(0));
        assertEquals(115.0, data.features().get(0).value(1));
        assertEquals(null, data.features().get(1).value(1));
        assertEquals(
                List.of("NAME", "KV"), data.fields().stream().map(Field::name).toList());
        assertEquals(-105, data.bbox().getMinX());
        assertEquals(40, data.bbox().getMaxY());
        assertEquals("WGS 84".equals(data.crsName()) || data.crsName().contains("WGS"), true);
    }

    @Test
    void readsNullShapesAsEmptyGeometriesOfTheLayerKind() throws Exception {
        Path shp = dir.resolve("n.shp");
        ShapefileWriter.write(
                shp,
                ShapeType.POLYGON,
                ID,
                List.of(feature(1, TestFiles.square(0, 0, 1)), feature(2, TestFiles.GF.createPolygon())));
        ShapefileData data = ShapefileReader.read(shp);
        assertEquals(2, data.features().size());
        assertTrue(data.features().get(1).geometry().isEmpty());
        assertInstanceOf(Polygon.class, data.features().get(1).geometry());
    }

    @Test
    void readsPolygonWithHoleAsOneShell() throws Exception {
        Path shp = dir.resolve("h.shp");
        Polygon withHole = TestFiles.GF.createPolygon(
                TestFiles.ring(0, 0, 10, 0, 10, 10, 0, 10),
                new org.locationtech.jts.geom.LinearRing[] {TestFiles.ring(2, 2, 4, 2, 4, 4, 2, 4)});
        ShapefileWriter.write(shp, ShapeType.POLYGON, ID, List.of(feature(1, withHole)));
        Geometry g = ShapefileReader.read(shp).features().get(0).geometry();
        assertInstanceOf(Polygon.class, g);
        assertEquals(1, ((Polygon) g).getNumInteriorRing());
        assertEquals(96, g.getArea(), 1e-9);
    }

    @Test
    void assignsEachHoleToTheShellThatContainsIt() throws Exception {
        // Two shells, each with a hole, written hole-first to prove order does not matter.
        double[] shellA = {0, 0, 0, 10, 10, 10, 10, 0, 0, 0}; // clockwise
        double[] shellB = {20, 0, 20, 10, 30, 10, 30, 0, 20, 0}; // clockwise
        double[] holeA = {2, 2, 4, 2, 4, 4, 2, 4, 2, 2}; // counter-clockwise
        double[] holeB = {22, 2, 24, 2, 24, 4, 22, 4, 22, 2}; // counter-clockwise
        Path shp = TestFiles.writeRaw(
                dir, "m", ShapeType.POLYGON, List.of(TestFiles.polygonRecord(holeB, shellA, holeA, shellB)));
        Geometry g = ShapefileReader.read(shp).features().get(0).geometry();
        assertInstanceOf(MultiPolygon.class, g);
        assertEquals(2, g.getNumGeometries());
        for (int i = 0; i < 2; i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            assertEquals(1, p.getNumInteriorRing());
            assertTrue(p.getExteriorRing()
                    .getEnvelopeInternal()
                    .contains(p.getInteriorRingN(0).getEnvelopeInternal()));
        }
        assertEquals(192, g.getArea(), 1e-9);
    }

    @Test
    void treatsAllRingsAsShellsWhenNoneIsClockwise() throws Exception {
        double[] ccwA = {0, 0, 10, 0, 10, 10, 0, 10, 0, 0};
        double[] ccwB = {20, 0, 30, 0, 30, 10, 20, 10, 20, 0};
        Path shp = TestFiles.writeRaw(dir, "w", ShapeType.POLYGON, List.of(TestFiles.polygonRecord(ccwA, ccwB)));
        Geometry g = ShapefileReader.read(shp).features().get(0).geometry();
        assertEquals(2, g.getNumGeometries());
        assertEquals(200, g.getArea(), 1e-9);
    }

    @Test
    void makesAHoleOutsideEveryShellIntoAShell() throws Exception {
        double[] shell = {0, 0, 0, 10, 10, 10, 10, 0, 0, 0};
        double[] strayHole = {50, 50, 60, 50, 60, 60, 50, 60, 50, 50};
        Path shp = TestFiles.writeRaw(dir, "s", ShapeType.POLYGON, List.of(TestFiles.polygonRecord(shell, strayHole)));
        Geometry g = ShapefileReader.read(shp).features().get(0).geometry();
        assertInstanceOf(MultiPolygon.class, g);
        assertEquals(200, g.getArea(), 1e-9);
    }

    @Test
    void writesOuterRingsClockwiseAndHolesCounterClockwise() throws Exception {
        Path shp = dir.resolve("o.shp");
        Polygon ccwShell = TestFiles.GF.createPolygon(
                TestFiles.ring(0, 0, 10, 0, 10, 10, 0, 10),
                new org.locationtech.jts.geom.LinearRing[] {TestFiles.ring(2, 2, 2, 4, 4, 4, 4, 2)});
        ShapefileWriter.write(shp, ShapeType.POLYGON, ID, List.of(feature(1, ccwShell)));
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(shp)).order(ByteOrder.LITTLE_ENDIAN);
        int pts = 108 + 44 + 8;
        double[] xy = new double[20];
        for (int i = 0; i < 20; i++) {
            xy[i] = b.getDouble(pts + 8 * i);
        }
        double[] env = new double[4];
        assertTrue(RingAssembler.signedArea(xy, 0, 5, env, 0) < 0, "shell clockwise");
        assertTrue(RingAssembler.signedArea(xy, 5, 10, env, 0) > 0, "hole counter-clockwise");
    }

    @Test
    void readsMultiLineStringForMultipartLines() throws Exception {
        Path shp = dir.resolve("l.shp");
        Geometry lines = TestFiles.GF.createMultiLineString(new LineString[] {
            TestFiles.GF.createLineString(new Coordinate[] {new Coordinate(0, 0), new Coordinate(1, 1)}),
            TestFiles.GF.createLineString(new Coordinate[] {new Coordinate(2, 2), new Coordinate(3, 3)})
        });
        ShapefileWriter.write(shp, ShapeType.POLYLINE, ID, List.of(feature(1, lines)));
        assertInstanceOf(
                MultiLineString.class,
                ShapefileReader.read(shp).features().get(0).geometry());
    }

    @Test
    void readsMultiPatchAsPolygonsWithAWarning() throws Exception {
        // One triangle strip of 4 points (2 triangles) and one outer ring.
        double[][] pts = {{0, 0}, {1, 0}, {0, 1}, {1, 1}, {10, 10}, {10, 11}, {11, 11}, {11, 10}, {10, 10}};
        int n = pts.length;
        ByteBuffer b = ByteBuffer.allocate(44 + 8 * 2 + 16 * n + 16 + 8 * n).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(31)
                .putDouble(0)
                .putDouble(0)
                .putDouble(11)
                .putDouble(11)
                .putInt(2)
                .putInt(n);
        b.putInt(0).putInt(4).putInt(0).putInt(2);
        for (double[] p : pts) {
            b.putDouble(p[0]).putDouble(p[1]);
        }
        b.putDouble(5).putDouble(5);
        for (int i = 0; i < n; i++) {
            b.putDouble(5);
        }
        Path shp = TestFiles.writeRaw(dir, "mp", ShapeType.MULTIPATCH, List.of(b.array()));
        ShapefileData data = ShapefileReader.read(shp);
        Geometry g = data.features().get(0).geometry();
        assertEquals(3, g.getNumGeometries());
        assertEquals(2, g.getArea(), 1e-9);
        assertEquals(5, g.getCoordinates()[0].getZ());
        assertTrue(data.warnings().stream().anyMatch(w -> w.contains("MultiPatch")));
    }

    @Test
    void skipsDeletedRecordsAndKeepsShapesPairedWithTheirAttributes() throws Exception {
        Path shp = dir.resolve("d.shp");
        List<Feature> in = List.of(
                new Feature(1, TestFiles.GF.createPoint(new Coordinate(1, 1)), new Object[] {1L}),
                new Feature(2, TestFiles.GF.createPoint(new Coordinate(2, 2)), new Object[] {2L}),
                new Feature(3, TestFiles.GF.createPoint(new Coordinate(3, 3)), new Object[] {3L}));
        ShapefileWriter.write(shp, ShapeType.POINT, ID, in);
        TestFiles.deleteDbfRecord(dir.resolve("d.dbf"), 1);
        List<Feature> out = ShapefileReader.read(shp).features();
        assertEquals(2, out.size());
        assertEquals(3, out.get(1).id());
        assertEquals(3L, out.get(1).value(0));
        assertEquals(3.0, ((Point) out.get(1).geometry()).getX());
    }

    @Test
    void closesUnclosedRingsWithAWarning() throws Exception {
        double[] open = {0, 0, 0, 10, 10, 10, 10, 0};
        Path shp = TestFiles.writeRaw(dir, "u", ShapeType.POLYGON, List.of(TestFiles.polygonRecord(open)));
        ShapefileData data = ShapefileReader.read(shp);
        assertEquals(100, data.features().get(0).geometry().getArea(), 1e-9);
        assertFalse(data.warnings().isEmpty());
    }

    @Test
    void reportsProgressUpToOne() throws Exception {
        Path shp = dir.resolve("g.shp");
        ShapefileWriter.write(
                shp, ShapeType.POINT, ID, List.of(feature(1, TestFiles.GF.createPoint(new Coordinate(1, 1)))));
        double[] last = {-1};
        ShapefileReader.read(shp, ShapefileReadOptions.defaults(), f -> last[0] = f);
        assertEquals(1.0, last[0]);
        assertEquals(StandardCharsets.UTF_8, ShapefileReader.read(shp).charset());
    }
}
