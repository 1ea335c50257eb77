package org.standoff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.standoff.io.shapefile.ShapeType;
import org.standoff.io.shapefile.ShapefileWriter;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.FieldType;

class InspectCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return StandoffCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path sample() throws Exception {
        GeometryFactory gf = new GeometryFactory();
        Path shp = dir.resolve("subs.shp");
        ShapefileWriter.write(
                shp,
                ShapeType.POINT,
                List.of(Field.of("NAME", FieldType.STRING), Field.of("KV", FieldType.INTEGER)),
                List.of(
                        new Feature(1, gf.createPoint(new Coordinate(-105.5, 39.25)), new Object[] {
                            "A \"quoted\" name", 115L
                        }),
                        new Feature(2, gf.createPoint(new Coordinate(-104, 40)), new Object[] {"B", 230L})));
        return shp;
    }

    @Test
    void printsJsonSummaryAndExitsZero() throws Exception {
        int code = run("inspect", sample().toString());
        assertEquals(0, code, err.toString());
        String json = out.toString();
        assertTrue(json.contains("\"features\": 2"), json);
        assertTrue(json.contains("\"geometryType\": \"Point\""), json);
        assertTrue(json.contains("\"bbox\": [-105.5, 39.25, -104.0, 40.0]"), json);
        assertTrue(json.contains("\"crs\": \"GCS_WGS_1984\""), json);
        assertTrue(json.contains("\"encoding\": \"UTF-8\""), json);
        assertTrue(json.contains("{\"name\": \"NAME\", \"type\": \"STRING\"}"), json);
        assertTrue(json.contains("{\"name\": \"KV\", \"type\": \"INTEGER\"}"), json);
    }

    @Test
    void printsTheReadersMessageAndExitsOneOnABrokenFile() throws Exception {
        Path shp = sample();
        Files.write(shp, new byte[] {1, 2, 3});
        int code = run("inspect", shp.toString());
        assertEquals(1, code);
        assertEquals(
                "standoff: subs.shp: truncated header: 3 bytes, 100 needed",
                err.toString().strip());
        assertEquals("", out.toString());
    }

    @Test
    void printsTheDatumOperationAndItsAccuracy() throws Exception {
        Path shp = dir.resolve("nad27.shp");
        ShapefileWriter.write(
                shp,
                ShapeType.POINT,
                List.of(Field.of("ID", FieldType.INTEGER)),
                List.of(new Feature(
                        1, new GeometryFactory().createPoint(new Coordinate(457286.62, 4427665.55)), new Object[] {1L
                        })),
                java.nio.charset.StandardCharsets.UTF_8,
                NAD27_UTM18N_ESRI);
        assertEquals(0, run("inspect", shp.toString()), err.toString());
        String json = out.toString();
        assertTrue(json.contains("\"crsCode\": \"EPSG:26718\""), json);
        assertTrue(
                json.contains("\"datumOperation\": {\"name\": \"NAD27 to WGS 84 (4)\", \"code\": \"EPSG:1173\", "
                        + "\"accuracyMetres\": 10.0, \"known\": true}"),
                json);
        // 10 m is coarser than the one-mile rule allows without a word: warned in the JSON and on stderr
        assertTrue(
                json.contains(
                        "\"warnings\": [\n    \"datum transformation NAD27 to WGS 84 (4) (EPSG:1173), accuracy 10 m: "
                                + "a site within 10 m of a rule's radius may lie on either side of it\""),
                json);
        assertTrue(
                err.toString().startsWith("standoff: warning: nad27.shp: datum transformation NAD27 to WGS 84 (4)"),
                err.toString());
    }

    @Test
    void aFineDatumTransformationPassesWithoutAWarning() throws Exception {
        // NAD83 to WGS 84 (1), 4 m: finer than LayerSource.COARSE_DATUM_METRES
        Path shp = dir.resolve("nad83.shp");
        ShapefileWriter.write(
                shp,
                ShapeType.POINT,
                List.of(Field.of("ID", FieldType.INTEGER)),
                List.of(new Feature(1, new GeometryFactory().createPoint(new Coordinate(-77, 39)), new Object[] {1L})),
                java.nio.charset.StandardCharsets.UTF_8,
                corpusPrj("4269-esri.prj"));
        assertEquals(0, run("inspect", shp.toString()), err.toString());
        assertTrue(out.toString().contains("\"accuracyMetres\": 4.0"), out.toString());
        assertTrue(out.toString().contains("\"warnings\": []"), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void warnsVisiblyWhenNoDatumTransformationIsKnown() throws Exception {
        Path shp = dir.resolve("foo.shp");
        ShapefileWriter.write(
                shp,
                ShapeType.POINT,
                List.of(Field.of("ID", FieldType.INTEGER)),
                List.of(new Feature(1, new GeometryFactory().createPoint(new Coordinate(10, 20)), new Object[] {1L})),
                java.nio.charset.StandardCharsets.UTF_8,
                "GEOGCS[\"GCS_Foo\",DATUM[\"D_Foo\",SPHEROID[\"Clarke_1880\","
                        + "6378249.145,293.465]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]");
        assertEquals(0, run("inspect", shp.toString()), err.toString());
        assertTrue(out.toString().contains("\"known\": false"), out.toString());
        assertTrue(out.toString().contains("no datum transformation known: D_Foo treated as WGS 84"), out.toString());
        assertEquals(
                "standoff: warning: foo.shp: no datum transformation known: D_Foo treated as WGS 84: no stated accuracy; "
                        + "positions may be off by up to hundreds of metres, and distances from this layer by as much",
                err.toString().strip());
    }

    /** As GDAL 3.6 writes it (gdalsrsinfo -o wkt_esri EPSG:26718). */
    /** A .prj of the GDAL-made corpus in {@code org/standoff/geo/crs/prj/}. */
    static String corpusPrj(String name) throws java.io.IOException {
        try (java.io.InputStream in =
                InspectCommandTest.class.getResourceAsStream("/org/standoff/geo/crs/prj/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    static final String NAD27_UTM18N_ESRI = "PROJCS[\"NAD_1927_UTM_Zone_18N\",GEOGCS[\"GCS_North_American_1927\","
            + "DATUM[\"D_North_American_1927\",SPHEROID[\"Clarke_1866\",6378206.4,294.978698213898]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],"
            + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",-75.0],PARAMETER[\"Scale_Factor\",0.9996],"
            + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

    @Test
    void escapesJsonStrings() {
        assertEquals("\"a\\\"b\\\\c\\n\\u0001é\"", InspectCommand.quote("a\"b\\c\n\u0001é"));
    }
}
