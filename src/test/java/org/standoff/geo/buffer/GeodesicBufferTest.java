package org.standoff.geo.buffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.standoff.geo.Geodesic;
import org.standoff.geo.LengthUnit;
import org.standoff.geo.ReferenceData;
import org.standoff.geo.distance.PreparedGeodesicGeometry;

/**
 * Buffers are checked by sampling every boundary segment densely, straight in lon/lat as it is
 * drawn, and measuring each sample's exact geodesic distance to the source feature.
 */
class GeodesicBufferTest {

    static final double MILE = LengthUnit.MILE.toMetres(1);
    static final String WARREN =
            "POLYGON((-104.905 41.118,-104.87 41.112,-104.83 41.115,-104.79 41.122,-104.768 41.135,"
                    + "-104.7525 41.149,-104.755 41.165,-104.78 41.178,-104.82 41.18,-104.86 41.176,-104.895 41.168,-104.915 41.15,"
                    + "-104.918 41.13,-104.905 41.118))";
    static final GeometryFactory FACTORY = new GeometryFactory();

    /** The worst |distance - nearest expected radius| over dense samples of the buffer's boundary, in metres. */
    static double worstBoundaryError(Geometry buffer, Geometry source, double... radii) {
        PreparedGeodesicGeometry prepared = PreparedGeodesicGeometry.of(source);
        double worst = 0;
        int samples = 0;
        for (int i = 0; i < buffer.getNumGeometries(); i++) {
            Polygon p = (Polygon) buffer.getGeometryN(i);
            for (int r = 0; r <= p.getNumInteriorRing(); r++) {
                LineString ring = r == 0 ? p.getExteriorRing() : p.getInteriorRingN(r - 1);
                Coordinate[] c = ring.getCoordinates();
                for (int k = 1; k < c.length; k++) {
                    if (Math.abs(Math.abs(c[k - 1].x) - 180) < 1e-9 && Math.abs(c[k - 1].x - c[k].x) < 1e-9) {
                        continue; // the seam of a buffer split at the antimeridian is no boundary
                    }
                    for (int s = 0; s < 8; s++) {
                        double t = s / 8.0;
                        double lon = c[k - 1].x + t * (c[k].x - c[k - 1].x);
                        double lat = c[k - 1].y + t * (c[k].y - c[k - 1].y);
                        double d = prepared.nearest(lon, lat).orElseThrow().distanceMetres();
                        double err = Double.POSITIVE_INFINITY;
                        for (double radius : radii) {
                            err = Math.min(err, Math.abs(d - radius));
                        }
                        worst = Math.max(worst, err);
                        samples++;
                    }
                }
            }
        }
        assertTrue(samples > 0);
        return worst;
    }

    static void assertBoundaryWithinTolerance(Geometry buffer, Geometry source, double radius) {
        double tol = BufferParameters.of(radius).toleranceMetres(radius);
        double worst = worstBoundaryError(buffer, source, radius);
        assertTrue(worst <= tol, "worst boundary error " + worst + " m > " + tol + " m at r = " + radius);
    }

    @Test
    void circlesAreWithinToleranceOfTheRadiusFromOneMileToOneHundredMiles() {
        for (double miles : new double[] {1, 10, 100}) {
            Geometry circle = GeodesicBuffer.circle(-104.82, 41.14, miles * MILE);
            assertBoundaryWithinTolerance(circle, FACTORY.createPoint(new Coordinate(-104.82, 41.14)), miles * MILE);
        }
    }

    @Test
    void hundredMileCircleNearAlaskasNorthCoastIsWithinTolerance() {
        double r = 161_000;
        Geometry circle = GeodesicBuffer.circle(-150, 70, r);
        assertBoundaryWithinTolerance(circle, FACTORY.createPoint(new Coordinate(-150, 70)), r);
    }

    @Test
    void circleAcrossTheAntimeridianIsSplitIntoTwoPartsWithinTolerance() {
        double r = 100 * MILE;
        Geometry circle = GeodesicBuffer.circle(179.8, 52, r);
        assertEquals(2, circle.getNumGeometries());
        assertTrue(circle.getEnvelopeInternal().getMinX() >= -180
                && circle.getEnvelopeInternal().getMaxX() <= 180);
        assertBoundaryWithinTolerance(circle, FACTORY.createPoint(new Coordinate(179.8, 52)), r);
    }

    @Test
    void polygonBuffersMeasureFromTheBoundaryAtOneTenAndHundredMiles() {
        Geometry warren = ReferenceData.wkt(WARREN);
        for (double miles : new double[] {1, 10, 100}) {
            Geometry buffer = GeodesicBuffer.buffer(warren, miles * MILE);
            assertTrue(buffer.contains(warren));
            assertEquals(0, buffer.getNumGeometries() == 1 ? ((Polygon) buffer).getNumInteriorRing() : -1);
            assertBoundaryWithinTolerance(buffer, warren, miles * MILE);
        }
    }

    @Test
    void polygonBufferAcrossTheAntimeridianAtSeventyNorth() {
        Geometry polygon = ReferenceData.wkt("POLYGON((179.5 70, -179.2 70.1, -179.4 70.6, 179.6 70.5, 179.5 70))");
        Geometry buffer = GeodesicBuffer.buffer(polygon, 161_000);
        assertTrue(buffer.getNumGeometries() >= 2);
        assertBoundaryWithinTolerance(buffer, polygon, 161_000);
    }

    @Test
    void holesLargerThanTheBufferStayAndSmallerOnesFill() {
        Geometry withHole = ReferenceData.wkt(
                "POLYGON((-100 35,-99 35,-99 36,-100 36,-100 35),(-99.7 35.3,-99.3 35.3,-99.3 35.7,-99.7 35.7,-99.7 35.3))");
        Geometry small = GeodesicBuffer.buffer(withHole, 5_000);
        assertEquals(1, ((Polygon) small).getNumInteriorRing());
        assertBoundaryWithinTolerance(small, withHole, 5_000);
        Geometry large = GeodesicBuffer.buffer(withHole, 30_000);
        assertEquals(0, ((Polygon) large).getNumInteriorRing());
        assertBoundaryWithinTolerance(large, withHole, 30_000);
    }

    @Test
    void lineAndMultipointBuffersAreWithinTolerance() {
        Geometry line = ReferenceData.wkt("LINESTRING(-100 40, -99 40.5, -98 40.2, -98.1 39.5)");
        assertBoundaryWithinTolerance(GeodesicBuffer.buffer(line, 10 * MILE), line, 10 * MILE);
        Geometry points = ReferenceData.wkt("MULTIPOINT((-81 25),(-80.9 25.1),(-79 27))");
        assertBoundaryWithinTolerance(GeodesicBuffer.buffer(points, 10 * MILE), points, 10 * MILE);
    }

    @Test
    void ringsHaveTheirInnerBoundaryAtR1AndOuterAtR2() {
        Geometry warren = ReferenceData.wkt(WARREN);
        Geometry ring = GeodesicBuffer.ring(warren, 1 * MILE, 10 * MILE);
        assertEquals(1, ((Polygon) ring).getNumInteriorRing());
        assertTrue(worstBoundaryError(
                        ((Polygon) ring)
                                .getInteriorRingN(0)
                                .getFactory()
                                .createPolygon(
                                        ((Polygon) ring).getInteriorRingN(0).getCoordinates()),
                        warren,
                        MILE)
                <= 1.0);
        assertTrue(worstBoundaryError(
                        FACTORY.createPolygon(((Polygon) ring).getExteriorRing().getCoordinates()), warren, 10 * MILE)
                <= 1.6093);
        assertFalse(ring.intersects(warren));
        assertFalse(ring.contains(FACTORY.createPoint(new Coordinate(-104.74, 41.15)))); // ~0.7 mi east
        assertTrue(ring.contains(FACTORY.createPoint(new Coordinate(-104.70, 41.15)))); // ~2.8 mi east
    }

    @Test
    void dissolveMergesOverlappingBuffersIntoOne() {
        List<Geometry> two = List.of(
                ReferenceData.wkt(WARREN),
                ReferenceData.wkt("POLYGON((-104.6 41.1,-104.55 41.1,-104.55 41.15,-104.6 41.15,-104.6 41.1))"));
        BufferParameters fiveMiles = BufferParameters.of(5 * MILE);
        List<Geometry> separate = GeodesicBuffer.buffer(two, fiveMiles);
        assertEquals(2, separate.size());
        assertTrue(separate.get(0).intersects(separate.get(1)));
        List<Geometry> dissolved = GeodesicBuffer.buffer(two, fiveMiles.dissolved());
        assertEquals(1, dissolved.size());
        assertEquals(1, dissolved.get(0).getNumGeometries());
        assertEquals(
                separate.get(0).union(separate.get(1)).getArea(),
                dissolved.get(0).getArea(),
                1e-9);
    }

    @Test
    void jaggedStarPolygonsOfThousandsOfVerticesAreWithinTolerance() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int n : new int[] {300, 2000}) {
            Coordinate[] ring = new Coordinate[n + 1];
            for (int k = 0; k < n; k++) {
                double[] p = Geodesic.destination(-98, 38, 360.0 * (n - k) / n, 8000 * (1 - 0.6 * random.nextDouble()));
                ring[k] = new Coordinate(p[0], p[1]);
            }
            ring[n] = ring[0];
            Geometry star = FACTORY.createPolygon(ring);
            for (double miles : new double[] {1, 10, 100}) {
                assertBoundaryWithinTolerance(GeodesicBuffer.buffer(star, miles * MILE), star, miles * MILE);
            }
        }
    }

    @Test
    void buffersThatWouldContainAPoleAreRefusedWithAMessage() {
        BufferLimitException north =
                assertThrows(BufferLimitException.class, () -> GeodesicBuffer.circle(30, 89.5, 100_000));
        assertTrue(
                north.getMessage().contains("North Pole") && north.getMessage().contains("100.0 km"),
                north.getMessage());
        Geometry station = ReferenceData.wkt("POLYGON((0 -88.5, 60 -88.6, 120 -88.4, 0 -88.5))");
        BufferLimitException south =
                assertThrows(BufferLimitException.class, () -> GeodesicBuffer.buffer(station, 200_000));
        assertTrue(south.getMessage().contains("South Pole"), south.getMessage());
        // the 1-100 mi ring is refused too, since its outer buffer would contain the pole
        assertThrows(
                BufferLimitException.class,
                () -> GeodesicBuffer.ring(ReferenceData.wkt("POINT(-40 89)"), MILE, 100 * MILE));
    }

    @Test
    void buffersCloseToButClearOfAPoleAreDrawnWithinTolerance() {
        // 100 km around a point 5 degrees (about 558 km) from the pole
        Geometry circle = GeodesicBuffer.circle(30, 85, 100_000);
        assertBoundaryWithinTolerance(circle, FACTORY.createPoint(new Coordinate(30, 85)), 100_000);
        Geometry polygon = ReferenceData.wkt("POLYGON((-60 86, -50 86, -50 86.4, -60 86.4, -60 86))");
        assertBoundaryWithinTolerance(GeodesicBuffer.buffer(polygon, 50_000), polygon, 50_000);
    }

    @Test
    void emptyGeometryHasAnEmptyBuffer() {
        assertTrue(
                GeodesicBuffer.buffer(ReferenceData.wkt("POLYGON EMPTY"), 1000).isEmpty());
    }
}
