package org.standoff.geo.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks .prj parsing and conversion to WGS84 against reference values computed once with
 * PROJ 9.1.1 {@code cs2cs -f %.10f SOURCE EPSG:4269} (target NAD83 geographic, so that no datum
 * shift is involved; the EPSG transformation SIS then applies, "NAD83 to WGS 84 (1)", has zero
 * parameters) and {@code EPSG:4326} for Web Mercator. Tolerance 1e-7 degrees (about 1 cm).
 * The full corpus against GDAL is {@link PrjCorpusTest}.
 */
class PrjCrsTest {

    static final String UTM13N_ESRI =
            "PROJCS[\"NAD_1983_UTM_Zone_13N\",GEOGCS[\"GCS_North_American_1983\",DATUM[\"D_North_American_1983\",SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",-105.0],PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
    static final String UTM13N_OGC =
            "PROJCS[\"NAD83 / UTM zone 13N\",GEOGCS[\"NAD83\",DATUM[\"North_American_Datum_1983\",SPHEROID[\"GRS 1980\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"7019\"]],AUTHORITY[\"EPSG\",\"6269\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4269\"]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",-105],PARAMETER[\"scale_factor\",0.9996],PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"26913\"]]";
    /** As ArcGIS writes it, with the ESRI unit name "Foot_US". */
    static final String COLORADO_CENTRAL_FTUS_ESRI =
            "PROJCS[\"NAD_1983_StatePlane_Colorado_Central_FIPS_0502_Feet\",GEOGCS[\"GCS_North_American_1983\",DATUM[\"D_North_American_1983\",SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Lambert_Conformal_Conic\"],PARAMETER[\"False_Easting\",3000000.000316083],PARAMETER[\"False_Northing\",1000000.000316083],PARAMETER[\"Central_Meridian\",-105.5],PARAMETER[\"Standard_Parallel_1\",38.45],PARAMETER[\"Standard_Parallel_2\",39.75],PARAMETER[\"Latitude_Of_Origin\",37.83333333333334],UNIT[\"Foot_US\",0.3048006096012192]]";

    static final String WEB_MERCATOR_ESRI =
            "PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Mercator_Auxiliary_Sphere\"],PARAMETER[\"False_Easting\",0.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",0.0],PARAMETER[\"Standard_Parallel_1\",0.0],PARAMETER[\"Auxiliary_Sphere_Type\",0.0],UNIT[\"Meter\",1.0]]";
    static final String NAD83_ESRI =
            "GEOGCS[\"GCS_North_American_1983\",DATUM[\"D_North_American_1983\",SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
    static final String ALBERS_USA_ESRI =
            "PROJCS[\"USA_Contiguous_Albers_Equal_Area_Conic\",GEOGCS[\"GCS_North_American_1983\",DATUM[\"D_North_American_1983\",SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Albers\"],PARAMETER[\"False_Easting\",0.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",-96.0],PARAMETER[\"Standard_Parallel_1\",29.5],PARAMETER[\"Standard_Parallel_2\",45.5],PARAMETER[\"Latitude_Of_Origin\",37.5],UNIT[\"Meter\",1.0]]";

    private static final double TOLERANCE = 1e-7;

    private static void assertConverts(String wkt, double[] xy, double[] expectedLonLat) throws CrsException {
        double[] p = xy.clone();
        PrjCrs.parse(wkt).toWgs84().transformInPlace(p, 0, p.length / 2);
        for (int i = 0; i < p.length; i++) {
            assertEquals(expectedLonLat[i], p[i], TOLERANCE, "ordinate " + i);
        }
    }

    @Test
    void convertsEsriUtmZone13ToLonLat() throws CrsException {
        // cs2cs EPSG:26913 EPSG:4269: 40.6508565166 -105.0000000000, 39.7496727694 -105.2334522492
        assertConverts(UTM13N_ESRI, new double[] {500000, 4500000, 480000, 4400000}, new double[] {
            -105.0, 40.6508565166, -105.2334522492, 39.7496727694
        });
    }

    @Test
    void convertsOgcUtmZone13WithTheSameResultAndKeepsItsName() throws CrsException {
        assertConverts(UTM13N_OGC, new double[] {480000, 4400000}, new double[] {-105.2334522492, 39.7496727694});
        assertEquals("NAD83 / UTM zone 13N", PrjCrs.parse(UTM13N_OGC).name());
    }

    @Test
    void convertsEsriStatePlaneInUsSurveyFeet() throws CrsException {
        // cs2cs EPSG:2232 EPSG:4269: 39.7553052266 -105.5, 39.6168346441 -104.9675458058
        assertConverts(COLORADO_CENTRAL_FTUS_ESRI, new double[] {3000000, 1700000, 3150000, 1650000}, new double[] {
            -105.5, 39.7553052266, -104.9675458058, 39.6168346441
        });
    }

    @Test
    void convertsEsriWebMercatorAuxiliarySphereAsSpherical() throws CrsException {
        // cs2cs EPSG:3857 EPSG:4326: 37.4356072027 -98.8146812531, 47.3537047024 8.9831528412
        assertConverts(WEB_MERCATOR_ESRI, new double[] {-11000000, 4500000, 1000000, 6000000}, new double[] {
            -98.8146812531, 37.4356072027, 8.9831528412, 47.3537047024
        });
    }

    @Test
    void convertsAlbersUsaContiguous() throws CrsException {
        // cs2cs ESRI:102003 EPSG:4269: 37.5 -96, 41.3942070683 -83.9163041561
        assertConverts(ALBERS_USA_ESRI, new double[] {0, 0, 1000000, 500000}, new double[] {
            -96.0, 37.5, -83.9163041561, 41.3942070683
        });
    }

    @Test
    void nad83GeographicIsLongitudeFirstAndUnchanged() throws CrsException {
        PrjCrs crs = PrjCrs.parse(NAD83_ESRI);
        assertTrue(crs.isGeographic());
        assertEquals("GCS_North_American_1983", crs.name());
        assertConverts(NAD83_ESRI, new double[] {-105, 40}, new double[] {-105, 40});
    }

    @Test
    void wgs84IsTheIdentity() throws CrsException {
        assertTrue(PrjCrs.wgs84().toWgs84().isIdentity());
        assertTrue(PrjCrs.parse(PrjCrs.WGS84_ESRI_WKT).isGeographic());
        assertFalse(PrjCrs.parse(UTM13N_ESRI).isGeographic());
    }

    @Test
    void anUnknownDatumWithoutTowgs84IsReportedNotSilentlyShiftedByNothing() throws CrsException {
        PrjCrs crs = PrjCrs.parse("GEOGCS[\"GCS_Foo\",DATUM[\"D_Foo\",SPHEROID[\"Clarke_1880\",6378249.145,293.465]],"
                + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]");
        DatumOperation op = crs.toWgs84().operation();
        assertFalse(op.known());
        assertEquals("no datum transformation known: D_Foo treated as WGS 84", op.describe());
        assertEquals(List.of("datum \"D_Foo\" is not in the EPSG dataset"), crs.notes());
    }

    /**
     * Found comparing inspect with GDAL (issue #18, mapshaper's invalid_coordinates.prj): a datum
     * named with its code, which GDAL identifies as EPSG:4326, was "no datum transformation known".
     */
    @Test
    void aDatumNamedWithItsEpsgCodeIsThatDatum() throws CrsException {
        PrjCrs crs = PrjCrs.parse(
                "GEOGCS[\"WGS 84\",DATUM[\"World Geodetic System 1984 [EPSG ID 6326]\",SPHEROID[\"WGS 84 [EPSG ID 7030]\","
                        + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Decimal_Degree\",0.01745329251994328]]");
        DatumOperation op = crs.toWgs84().operation();
        assertTrue(op.known(), op.describe());
        assertEquals(0, op.accuracyMetres());
        assertEquals(List.of(), crs.notes());
    }

    @Test
    void anUnknownDatumWithTowgs84UsesIt() throws CrsException {
        PrjCrs crs = PrjCrs.parse(
                "GEOGCS[\"Foo\",DATUM[\"Foo_datum\",SPHEROID[\"Bessel 1841\",6377397.155,299.1528128],"
                        + "TOWGS84[674.374,15.056,405.346,0,0,0,0]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]");
        assertTrue(crs.toWgs84().operation().known());
        assertTrue(
                crs.notes().get(0).endsWith("the .prj's TOWGS84 parameters are used"),
                crs.notes().toString());
    }

    @Test
    void identifiesEsriGeographicCrssByTheirEpsgCode() throws Exception {
        // As gdalsrsinfo -e does (prj/operations.txt).
        assertEquals(
                "EPSG:4267",
                PrjCrs.parse(PrjCorpusTest.prj("4267-esri.prj")).epsgCode().orElseThrow());
        assertEquals(
                "EPSG:4152",
                PrjCrs.parse(PrjCorpusTest.prj("4152-esri.prj")).epsgCode().orElseThrow());
        assertEquals("EPSG:4326", PrjCrs.parse(PrjCrs.WGS84_ESRI_WKT).epsgCode().orElseThrow());
        assertEquals(
                "EPSG:2056",
                PrjCrs.parse(PrjCorpusTest.prj("2056-esri.prj")).epsgCode().orElseThrow());
    }

    @Test
    void unknownProjectionMethodFailsWithItsName() {
        String wkt = UTM13N_ESRI.replace("Transverse_Mercator", "Foo_Bar_Projection");
        CrsException e = assertThrows(CrsException.class, () -> PrjCrs.parse(wkt));
        assertTrue(e.getMessage().contains("Foo_Bar_Projection"), e.getMessage());
    }

    @Test
    void garbageAndEmptyTextFailClearly() {
        assertThrows(CrsException.class, () -> PrjCrs.parse("this is not WKT"));
        assertThrows(CrsException.class, () -> PrjCrs.parse("   "));
        assertThrows(CrsException.class, () -> PrjCrs.parse("PROJCS[\"x\",GEOGCS["));
    }
}
