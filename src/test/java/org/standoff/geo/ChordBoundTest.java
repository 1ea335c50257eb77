package org.standoff.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The chord between earth-centred points never exceeds the geodesic: what circle screening relies on to skip sites. */
class ChordBoundTest {

    private static double chord(double lon1, double lat1, double lon2, double lat2) {
        double[] p = new double[6];
        Geodesic.toEcef(lon1, lat1, p, 0);
        Geodesic.toEcef(lon2, lat2, p, 3);
        return Math.sqrt(Math.pow(p[0] - p[3], 2) + Math.pow(p[1] - p[4], 2) + Math.pow(p[2] - p[5], 2));
    }

    @Test
    void neverExceedsTheGeodesicAndIsCloseForShortDistances() {
        Random r = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            double lon1 = -180 + 360 * r.nextDouble();
            double lat1 = -90 + 180 * r.nextDouble();
            // half near (up to ~300 km), half anywhere, poles and antimeridian included
            double lon2 = i % 2 == 0 ? lon1 + 6 * (r.nextDouble() - 0.5) : -180 + 360 * r.nextDouble();
            double lat2 = i % 2 == 0
                    ? Math.max(-90, Math.min(90, lat1 + 3 * (r.nextDouble() - 0.5)))
                    : -90 + 180 * r.nextDouble();
            double g = Geodesic.distance(lon1, lat1, lon2, lat2);
            double c = chord(lon1, lat1, lon2, lat2);
            assertTrue(c <= g + 1e-6, "chord " + c + " > geodesic " + g);
            // and no more shorter than a curve bent by the ellipsoid's sharpest curvature allows (Schur's comparison):
            // chord >= 2 R sin(L / 2R), R = b^2/a; about L^3/24R^2, 4.3 m at 160 km
            double rMin = Wgs84.MIN_RADIUS;
            assertTrue(
                    c >= 2 * rMin * Math.sin(Math.min(Math.PI / 2, g / (2 * rMin))) - 1e-6 || g > Math.PI * rMin,
                    "chord " + c + " too short for geodesic " + g);
        }
    }
}
