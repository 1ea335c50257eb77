package org.standoff.geo.buffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.standoff.geo.Geodesic;
import org.standoff.geo.GeodesicTest;
import org.standoff.geo.Wgs84;

/**
 * GeodesicDirect, the buffer writer's own direct solver, against GeographicLib's GeodSolve
 * reference values (test-data/ok/geodesic-direct.txt) and against Apache SIS on random cases.
 */
class GeodesicDirectTest {

    /** Metres of one degree of latitude, near enough to turn position differences into metres. */
    private static final double METRES_PER_DEGREE = 111_320;

    @Test
    void endPointsMatchGeodSolveToTheMicrometre() throws IOException {
        List<double[]> rows = GeodesicTest.rows("geodesic-direct.txt");
        assertEquals(8, rows.size());
        GeodesicDirect solver = new GeodesicDirect();
        double[] out = new double[2];
        for (double[] r : rows) {
            solver.destination(r[0], r[1], r[2], r[3], out);
            assertEquals(r[4], out[1], 1e-11, () -> "latitude for " + Arrays.toString(r));
            // near the pole a longitude is worth little: compare it scaled by the cosine
            double cos = Math.max(Math.cos(Math.toRadians(r[4])), 1e-3);
            assertEquals(
                    0,
                    GeodesicTest.angleDifference(out[0], r[5]) * cos,
                    1e-11,
                    () -> "longitude for " + Arrays.toString(r));
            assertEquals(
                    0,
                    GeodesicTest.angleDifference(solver.endAzimuth(), r[6]) * cos,
                    1e-9,
                    () -> "azimuth for " + Arrays.toString(r));
        }
    }

    @Test
    void agreesWithSisEverywhereWithinAMicrometre() {
        SplittableRandom random = new SplittableRandom(7);
        GeodesicDirect solver = new GeodesicDirect();
        double[] ours = new double[2];
        double[] sis = new double[3];
        double worst = 0;
        for (int i = 0; i < 20_000; i++) {
            double lat = -89.5 + 179 * random.nextDouble();
            double lon = -180 + 360 * random.nextDouble();
            double azimuth = -360 + 720 * random.nextDouble();
            double metres = Math.pow(10, 7.2 * random.nextDouble());
            solver.destination(lon, lat, azimuth, metres, ours);
            Geodesic.direct(lon, lat, azimuth, metres, sis);
            double dx = Wgs84.wrap180(ours[0] - sis[0]) * Math.cos(Math.toRadians(sis[1]));
            double dy = ours[1] - sis[1];
            worst = Math.max(worst, Math.hypot(dx, dy) * METRES_PER_DEGREE);
            assertEquals(
                    0,
                    GeodesicTest.angleDifference(solver.endAzimuth(), sis[2]) * Math.cos(Math.toRadians(sis[1])),
                    1e-9,
                    "azimuth at the end, case " + i);
        }
        assertTrue(worst < 1e-6, "worst position difference from SIS " + worst + " m");
    }

    @Test
    void keepsTheStartPointOnlyWhileItIsTheSame() {
        GeodesicDirect reused = new GeodesicDirect();
        double[] a = new double[2];
        double[] b = new double[2];
        for (int i = 0; i < 50; i++) {
            double lat = i % 3 == 0 ? 41.133 : 12.5 + i;
            reused.destination(-104.867, lat, 7.3 * i, 1609.344 * (i + 1), a);
            new GeodesicDirect().destination(-104.867, lat, 7.3 * i, 1609.344 * (i + 1), b);
            assertEquals(b[0], a[0], 0, "longitude, call " + i);
            assertEquals(b[1], a[1], 0, "latitude, call " + i);
        }
    }

    @Test
    void keepsTheDistanceOnlyWhileItIsTheSameAndTakesAzimuthsAsSineAndCosine() {
        GeodesicDirect reused = new GeodesicDirect();
        double[] a = new double[2];
        double[] b = new double[2];
        for (int i = 0; i < 60; i++) {
            double metres = i % 4 == 3 ? 3_000_000 : 160_934.4 * (i / 8 + 1);
            double az = 11.7 * i - 200;
            double lat = 20 + i % 7 * 9.5;
            reused.destination(-104.867, lat, Math.sin(Math.toRadians(az)), Math.cos(Math.toRadians(az)), metres, a);
            new GeodesicDirect().destination(-104.867, lat, az, metres, b);
            assertEquals(b[0], a[0], 1e-13, "longitude, call " + i);
            assertEquals(b[1], a[1], 1e-13, "latitude, call " + i);
        }
    }

    @Test
    void leavesLongitudesUnwrappedAcrossTheAntimeridian() {
        double[] out = new double[2];
        new GeodesicDirect().destination(179.9, 52, 90, 50_000, out);
        assertEquals(180.628, out[0], 1e-3, "continues past 180 so callers can unwrap around their own reference");
        assertEquals(-179.37198932072744, Wgs84.wrap180(out[0]), 1e-11, "GeodSolve's longitude, wrapped");
    }

    @Test
    void smallAngleArctangentMatchesMathAtan2() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 100_000; i++) {
            double x = random.nextDouble() * 2 - 0.5;
            double y = (random.nextDouble() * 2 - 1) * (i % 2 == 0 ? 0.13 : 3) * Math.abs(x);
            double expected = Math.atan2(y, x);
            assertEquals(
                    expected,
                    GeodesicDirect.angle(y, x),
                    2e-16 * Math.max(1, Math.abs(expected)),
                    "atan2(" + y + ", " + x + ")");
        }
        assertEquals(Math.atan2(0.125, 1), GeodesicDirect.angle(0.125, 1), 2e-17);
        assertEquals(Math.PI, GeodesicDirect.angle(0, -1), 0);
    }
}
