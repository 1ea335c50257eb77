package org.standoff.geo.distance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.standoff.geo.Geodesic;
import org.standoff.geo.Wgs84;

/** ElementQuery's bounds never exceed the exact distance, and its element distances are the feature's. */
class ElementQueryTest {

    @Test
    void geodesicBoundOfTheChordNeverExceedsTheGeodesicAndIsTightFarAway() {
        SplittableRandom r = new SplittableRandom(5);
        ElementQuery q = new ElementQuery();
        double[] a = new double[3];
        double[] b = new double[3];
        double worst = 0;
        for (int i = 0; i < 20_000; i++) {
            double lon1 = 360 * r.nextDouble() - 180;
            double lat1 = Math.toDegrees(Math.asin(2 * r.nextDouble() - 1));
            double lon2 = 360 * r.nextDouble() - 180;
            double lat2 = Math.toDegrees(Math.asin(2 * r.nextDouble() - 1));
            Wgs84.toEcef(lon1, lat1, a, 0);
            Wgs84.toEcef(lon2, lat2, b, 0);
            double chord = Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
            q.moveTo(lon1, lat1);
            double bound = q.geodesicBound(chord, b[2], b[2]);
            double s = Geodesic.distance(lon1, lat1, lon2, lat2);
            assertTrue(bound <= s, () -> lon1 + " " + lat1 + " " + lon2 + " " + lat2 + ": " + bound + " > " + s);
            assertTrue(bound >= chord);
            if (s > 2e6) {
                worst = Math.max(worst, (s - bound) / s);
            }
        }
        assertTrue(worst < 0.005, "within 0.5 % beyond 2,000 km: " + worst);
    }

    @Test
    void anEdgeIsNeverRuledOutByItsVerticesWhenItComesWithinTheLimit() {
        GeometryFactory gf = new GeometryFactory();
        SplittableRandom r = new SplittableRandom(7);
        ElementQuery q = new ElementQuery();
        for (int i = 0; i < 3000; i++) {
            double lon = -120 + 40 * r.nextDouble();
            double lat = 25 + 20 * r.nextDouble();
            double az = 360 * r.nextDouble();
            double[] b = Geodesic.destination(lon, lat, az, 20 + 2000 * r.nextDouble());
            PreparedGeodesicGeometry g = PreparedGeodesicGeometry.of(
                    gf.createLineString(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(b[0], b[1])}));
            double[] p =
                    Geodesic.destination(lon, lat, az + 60 + 60 * r.nextDouble(), 200_000 + 3_000_000 * r.nextDouble());
            q.moveTo(p[0], p[1]);
            double d = q.distance(g, 0, Double.POSITIVE_INFINITY);
            double lower = q.lowerBound(g, 0);
            assertTrue(q.edgeMayBeCloser(g, 0, lower, d), "the edge reaches its own distance");
            assertTrue(q.vertexDistance() >= d);
        }
    }

    @Test
    void elementDistancesOfAFeatureHaveItsDistanceAsTheirLeast() {
        GeometryFactory gf = new GeometryFactory();
        Coordinate[] ring = new Coordinate[41];
        for (int i = 0; i < 40; i++) {
            double t = 2 * Math.PI * i / 40;
            ring[i] = new Coordinate(-100 + 0.3 * Math.cos(t) * (1 + 0.3 * Math.sin(5 * t)), 40 + 0.2 * Math.sin(t));
        }
        ring[40] = ring[0];
        PreparedGeodesicGeometry g = PreparedGeodesicGeometry.of(gf.createPolygon(ring));
        SplittableRandom r = new SplittableRandom(6);
        ElementQuery q = new ElementQuery();
        for (int i = 0; i < 200; i++) {
            double lon = -103 + 6 * r.nextDouble();
            double lat = 37 + 6 * r.nextDouble();
            q.moveTo(lon, lat);
            double least = Double.POSITIVE_INFINITY;
            for (int k = 0; k < g.elementCount(); k++) {
                double d = q.distance(g, k, Double.POSITIVE_INFINITY);
                assertTrue(q.lowerBound(g, k) <= d);
                least = Math.min(least, d);
            }
            double expected = g.nearest(lon, lat).orElseThrow().distanceMetres();
            assertEquals(expected, q.inside(g) ? 0 : least, 0.0);
        }
    }
}
