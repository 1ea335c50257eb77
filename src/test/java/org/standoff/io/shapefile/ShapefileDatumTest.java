package org.standoff.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.FieldType;
import org.standoff.model.LayerSource;

/**
 * Shapefiles in other datums reach WGS 84 through the EPSG transformation for their area, and
 * say which one and how accurate it is. Reference points are GDAL 3.6.2's (the corpus in
 * {@code org/standoff/geo/crs/prj/}, see its README).
 */
class ShapefileDatumTest {

    @TempDir
    Path dir;

    private static final List<Field> ID = List.of(Field.of("ID", FieldType.INTEGER));

    static String prj(String name) throws IOException {
        try (InputStream in = ShapefileDatumTest.class.getResourceAsStream("/org/standoff/geo/crs/prj/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** A one-point shapefile whose coordinates are written as given, in the CRS of {@code prjText}. */
    private Path pointFile(double x, double y, String prjText) throws ShapefileException {
        Path shp = dir.resolve("p.shp");
        ShapefileWriter.write(
                shp,
                ShapeType.POINT,
                ID,
                List.of(new Feature(1, TestFiles.GF.createPoint(new Coordinate(x, y)), new Object[] {1L})),
                StandardCharsets.UTF_8,
                prjText);
        return shp;
    }

    private static double metresBetween(Point p, double lon, double lat) {
        double dx = (p.getX() - lon) * Math.cos(Math.toRadians(lat));
        return Math.hypot(dx, p.getY() - lat) * 111_320;
    }

    @Test
    void readsNad27Utm18NThroughNad27ToWgs84ForConus() throws Exception {
        // points.csv: 26718-esri.prj,457286.62,4427665.55 -> GDAL -75.5000000277,39.9999999913
        ShapefileData data = ShapefileReader.read(pointFile(457286.62, 4427665.55, prj("26718-esri.prj")));
        Point p = (Point) data.features().get(0).geometry();
        assertTrue(metresBetween(p, -75.5000000277, 39.9999999913) < 1, p.toString());
        assertEquals("NAD27 to WGS 84 (4)", data.datumOperation().name());
        assertEquals("EPSG:1173", data.datumOperation().code());
        assertEquals(10, data.datumOperation().accuracyMetres());
        assertEquals("EPSG:26718", data.sourceCrs().epsgCode().orElseThrow());
    }

    @Test
    void readsTheGdal2WebMercatorSpellingAsEpsg3857() throws Exception {
        // points.csv: legacy-3857-gdal2-esri.prj,261845.71,6250564.35 -> GDAL 2.3522000337,48.8566000027
        ShapefileData data = ShapefileReader.read(pointFile(261845.71, 6250564.35, prj("legacy-3857-gdal2-esri.prj")));
        Point p = (Point) data.features().get(0).geometry();
        assertTrue(metresBetween(p, 2.3522000337, 48.8566000027) < 1, p.toString());
        assertTrue(
                data.warnings().stream().anyMatch(w -> w.contains("read as EPSG:3857")),
                data.warnings().toString());
    }

    @Test
    void warnsWhenNoDatumTransformationIsKnown() throws Exception {
        String foo = "GEOGCS[\"GCS_Foo\",DATUM[\"D_Foo\",SPHEROID[\"Clarke_1880\",6378249.145,293.465]],"
                + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
        ShapefileData data = ShapefileReader.read(pointFile(10, 20, foo));
        assertFalse(data.datumOperation().known());
        assertTrue(
                data.warnings().stream()
                        .anyMatch(w -> w.contains("no datum transformation known: D_Foo treated as WGS 84")),
                data.warnings().toString());
    }

    @Test
    void theLayerSourceRecordsTheOperationAndItsAccuracy() throws Exception {
        LayerSource source = ShapefileLayers.load(
                        pointFile(457286.62, 4427665.55, prj("26718-esri.prj")),
                        ShapefileReadOptions.defaults(),
                        ProgressListener.NONE)
                .layer()
                .source()
                .orElseThrow();
        assertEquals("NAD_1927_UTM_Zone_18N", source.crsName());
        assertEquals("NAD27 to WGS 84 (4) (EPSG:1173), accuracy 10 m", source.datumOperation());
        assertEquals(10.0, source.datumAccuracyMetres());
    }
}
