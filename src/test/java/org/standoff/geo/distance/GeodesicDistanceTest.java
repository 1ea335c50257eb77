package org.standoff.geo.distance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.standoff.geo.Geodesic;
import org.standoff.geo.GeodesicTest;
import org.standoff.geo.ReferenceData;
import org.standoff.geo.Wgs84;

/**
 * GeodesicDistance against independent references: PostGIS ST_Distance(geography) (spheroid)
 * and a brute-force GeographicLib GeodSolve subdivision of every edge.
 *
 * <p>PostGIS finds the nearest point of an edge on a sphere (great circle) and only then measures
 * on the spheroid, whereas Standoff's edges are ellipsoidal geodesics. The two edges part by
 * about f·L²/(8R): 0.47 m for an 84 km edge, 200 m for a 2000 km one, under a millimetre for the
 * few-kilometre edges of real boundaries. So PostGIS is the reference (0.1 m or 0.001 %) where
 * every edge is shorter than {@value #POSTGIS_COMPARABLE_EDGE_M} m, and GeodSolve (1 mm) everywhere.
 */
class GeodesicDistanceTest {

    static final double POSTGIS_COMPARABLE_EDGE_M = 35_000;
    static final double GEODSOLVE_TOLERANCE_M = 1e-3;

    @Test
    void handPickedCasesMatchBruteForceGeodSolveWithinAMillimetre() throws IOException {
        for (String[] r : ReferenceData.rows(getClass(), "geodsolve-brute-force.csv")) {
            double actual = GeodesicDistance.pointToGeometry(
                    Double.parseDouble(r[1]), Double.parseDouble(r[2]), ReferenceData.wkt(r[3]));
            assertEquals(Double.parseDouble(r[4]), actual, GEODSOLVE_TOLERANCE_M, r[0]);
        }
    }

    @Test
    void handPickedCasesWithShortEdgesMatchPostgisGeography() throws IOException {
        int compared = 0;
        for (String[] r : ReferenceData.rows(getClass(), "postgis-cases.csv")) {
            Geometry g = ReferenceData.wkt(r[3]);
            if (longestEdge(g) <= POSTGIS_COMPARABLE_EDGE_M) {
                double expected = Double.parseDouble(r[4]);
                double actual = GeodesicDistance.pointToGeometry(Double.parseDouble(r[1]), Double.parseDouble(r[2]), g);
                assertEquals(expected, actual, ReferenceData.designTolerance(expected), r[0]);
                compared++;
            }
        }
        assertTrue(compared >= 5, "compared " + compared);
    }

    @Test
    void longEdgesDifferFromPostgisOnlyByTheSphericalArcBulge() throws IOException {
        // Documents the one known disagreement: within f·L²/(8R) of PostGIS, times 2 for margin.
        for (String[] r : ReferenceData.rows(getClass(), "postgis-cases.csv")) {
            Geometry g = ReferenceData.wkt(r[3]);
            double bulge = 2 * Wgs84.F * Math.pow(longestEdge(g), 2) / (8 * Wgs84.MIN_RADIUS);
            double actual = GeodesicDistance.pointToGeometry(Double.parseDouble(r[1]), Double.parseDouble(r[2]), g);
            assertEquals(Double.parseDouble(r[4]), actual, Math.max(0.1, bulge), r[0]);
        }
    }

    @Test
    void twoHundredRandomUsSitesMatchPostgisGeography() throws IOException {
        List<String[]> rows = ReferenceData.rows(getClass(), "postgis-random.csv");
        assertEquals(200, rows.size());
        double worst = 0;
        for (String[] r : rows) {
            double expected = Double.parseDouble(r[4]);
            double actual = GeodesicDistance.pointToGeometry(
                    Double.parseDouble(r[1]), Double.parseDouble(r[2]), ReferenceData.wkt(r[3]));
            assertEquals(expected, actual, ReferenceData.designTolerance(expected), "pair " + r[0]);
            worst = Math.max(worst, Math.abs(expected - actual));
        }
        System.out.printf("random PostGIS pairs: worst difference %.6f m%n", worst);
    }

    @Test
    void pointToPointMatchesGeodSolveInverse() throws IOException {
        // geodesic-inverse.txt: lat1 lon1 lat2 lon2 from GeodSolve -i, see GeodesicTest.
        for (double[] r : GeodesicTest.rows("geodesic-inverse.txt")) {
            Geometry point = ReferenceData.wkt("POINT(" + r[2] + " " + r[3] + ")");
            assertEquals(r[6], GeodesicDistance.pointToGeometry(r[0], r[1], point), 1e-4);
        }
    }

    @Test
    void nearestPointLiesOnTheFeatureAtTheReportedDistance() {
        Geometry line = ReferenceData.wkt("LINESTRING(-100 40, -99 40.5, -98 40.2)");
        NearestPoint n = GeodesicDistance.nearestPoint(-99.0, 40.9, line).orElseThrow();
        assertEquals(n.distanceMetres(), Geodesic.distance(-99.0, 40.9, n.lon(), n.lat()), 1e-6);
        assertEquals(0, GeodesicDistance.pointToGeometry(n.lon(), n.lat(), line), 1e-6);
    }

    @Test
    void pointInsidePolygonIsItsOwnNearestPointAtZero() {
        Geometry square = ReferenceData.wkt("POLYGON((-105 41, -104 41, -104 42, -105 42, -105 41))");
        assertEquals(
                new NearestPoint(0, -104.5, 41.5),
                GeodesicDistance.nearestPoint(-104.5, 41.5, square).orElseThrow());
    }

    @Test
    void pointOnGeodesicEdgeMidpointIsAtZeroButStraightLonLatMidpointIsOutside() {
        Geometry square = ReferenceData.wkt("POLYGON((-105 41, -104 41, -104 42, -105 42, -105 41))");
        // GeodSolve: the geodesic from 41N 105W to 41N 104W passes 41.001084378151383N at 104.5W.
        assertEquals(0, GeodesicDistance.pointToGeometry(-104.5, 41.001084378151383, square), 1e-6);
        assertEquals(0, GeodesicDistance.pointToGeometry(-104.5, 41.0011, square));
        assertEquals(120.424443, GeodesicDistance.pointToGeometry(-104.5, 41.0, square), 1e-3);
    }

    @Test
    void pointInHoleMeasuresToTheHoleRing() {
        Geometry withHole = ReferenceData.wkt(
                "POLYGON((-100 35,-99 35,-99 36,-100 36,-100 35),(-99.7 35.3,-99.3 35.3,-99.3 35.7,-99.7 35.7,-99.7 35.3))");
        Geometry hole = ReferenceData.wkt("LINESTRING(-99.7 35.3,-99.3 35.3,-99.3 35.7,-99.7 35.7,-99.7 35.3)");
        assertEquals(
                GeodesicDistance.pointToGeometry(-99.5, 35.5, hole),
                GeodesicDistance.pointToGeometry(-99.5, 35.5, withHole),
                1e-9);
    }

    @Test
    void emptyGeometryIsInfinitelyFarAndHasNoNearestPoint() {
        assertEquals(
                Double.POSITIVE_INFINITY, GeodesicDistance.pointToGeometry(0, 0, ReferenceData.wkt("POLYGON EMPTY")));
        assertTrue(GeodesicDistance.nearestPoint(0, 0, ReferenceData.wkt("GEOMETRYCOLLECTION EMPTY"))
                .isEmpty());
    }

    @Test
    void polygonRunningPastTheAntimeridianEqualsTheSameRingWrittenWrapped() {
        Geometry past = ReferenceData.wkt("POLYGON((179.5 60, 180.5 60, 180.5 60.3, 179.5 60.3, 179.5 60))");
        Geometry wrapped = ReferenceData.wkt("POLYGON((179.5 60, -179.5 60, -179.5 60.3, 179.5 60.3, 179.5 60))");
        for (double[] p : new double[][] {{-179.6, 60.4}, {179.9, 60.1}, {-179.9, 60.1}, {178, 59}}) {
            assertEquals(
                    GeodesicDistance.pointToGeometry(p[0], p[1], wrapped),
                    GeodesicDistance.pointToGeometry(p[0], p[1], past),
                    1e-6);
        }
        assertEquals(0, GeodesicDistance.pointToGeometry(-179.9, 60.1, past));
    }

    static double longestEdge(Geometry g) {
        double longest = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part != g) {
                longest = Math.max(longest, longestEdge(part));
                continue;
            }
            if (part instanceof org.locationtech.jts.geom.Polygon polygon) {
                longest = Math.max(longest, longestEdge(polygon.getExteriorRing()));
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    longest = Math.max(longest, longestEdge(polygon.getInteriorRingN(h)));
                }
            } else {
                Coordinate[] c = part.getCoordinates();
                for (int k = 1; k < c.length; k++) {
                    longest = Math.max(longest, Geodesic.distance(c[k - 1].x, c[k - 1].y, c[k].x, c[k].y));
                }
            }
        }
        return longest;
    }
}
