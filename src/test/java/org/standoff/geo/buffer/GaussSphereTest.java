package org.standoff.geo.buffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.standoff.geo.Geodesic;
import org.standoff.geo.GeodesicTest;
import org.standoff.geo.Wgs84;

/**
 * The Gauss conformal sphere against exact (Karney) geodesics on the ellipsoid: sphere distances
 * {@code radius()·angle(u1, u2)} and sphere azimuths for random point pairs within 3° of latitude
 * of the origin.
 */
class GaussSphereTest {

    /** Origins at 25°N, 45°N and 70°N, and one beside the antimeridian. */
    static final double[][] ORIGINS = {{-80.4, 25}, {-104.8, 45}, {-150, 70}, {179.5, 45}};

    static final int PAIRS = 5000;
    /** Worst relative distance error measured over these pairs: 3.2e-7 (at 45°N). */
    static final double DISTANCE_BOUND = 5e-7;
    /** Worst azimuth error measured over these pairs up to 300 km: 2.1e-5° (at 45°N). */
    static final double AZIMUTH_BOUND_DEG = 3e-5;

    /** A pair (lon1, lat1, lon2, lat2, distance) with both points within 3° of latitude of the origin, up to maxMetres apart. */
    static List<double[]> pairs(double[] origin, double maxMetres, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<double[]> pairs = new ArrayList<>();
        while (pairs.size() < PAIRS) {
            double lon1 = origin[0] + (2 * random.nextDouble() - 1) * 5;
            double lat1 = origin[1] + (2 * random.nextDouble() - 1) * 3;
            double metres = 100 + (maxMetres - 100) * random.nextDouble();
            double[] q = Geodesic.destination(lon1, lat1, 360 * random.nextDouble(), metres);
            if (Math.abs(q[1] - origin[1]) <= 3) {
                pairs.add(new double[] {lon1, lat1, q[0], q[1]});
            }
        }
        return pairs;
    }

    static double angle(double[] u, int a, int b) {
        double cx = u[a + 1] * u[b + 2] - u[a + 2] * u[b + 1];
        double cy = u[a + 2] * u[b] - u[a] * u[b + 2];
        double cz = u[a] * u[b + 1] - u[a + 1] * u[b];
        return Math.atan2(
                Math.sqrt(cx * cx + cy * cy + cz * cz), u[a] * u[b] + u[a + 1] * u[b + 1] + u[a + 2] * u[b + 2]);
    }

    @Test
    void sphereDistancesMatchExactGeodesicsToHalfAPartPerMillionUpTo500Km() {
        for (double[] origin : ORIGINS) {
            GaussSphere sphere = new GaussSphere(origin[0], origin[1]);
            double[] u = new double[6];
            double worst = 0;
            double[] worstPair = null;
            for (double[] p : pairs(origin, 500_000, 1)) {
                sphere.toUnit(p[0], p[1], u, 0);
                sphere.toUnit(p[2], p[3], u, 3);
                double exact = Geodesic.distance(p[0], p[1], p[2], p[3]);
                double error = Math.abs(sphere.radius() * angle(u, 0, 3) - exact) / exact;
                if (error > worst) {
                    worst = error;
                    worstPair = p;
                }
            }
            assertTrue(
                    worst <= DISTANCE_BOUND,
                    "relative distance error " + worst + " about " + java.util.Arrays.toString(origin) + " for "
                            + java.util.Arrays.toString(worstPair));
        }
    }

    @Test
    void sphereAzimuthsMatchExactGeodesicAzimuthsWithinThreeHundredThousandthsOfADegreeUpTo300Km() {
        for (double[] origin : ORIGINS) {
            GaussSphere sphere = new GaussSphere(origin[0], origin[1]);
            double[] u = new double[6];
            double worst = 0;
            double[] worstPair = null;
            for (double[] p : pairs(origin, 300_000, 2)) {
                sphere.toUnit(p[0], p[1], u, 0);
                sphere.toUnit(p[2], p[3], u, 3);
                double error = GeodesicTest.angleDifference(
                        GaussSphere.azimuth(u, 0, u, 3), Geodesic.azimuth(p[0], p[1], p[2], p[3]));
                if (error > worst) {
                    worst = error;
                    worstPair = p;
                }
            }
            assertTrue(
                    worst <= AZIMUTH_BOUND_DEG,
                    "azimuth error " + worst + "° about " + java.util.Arrays.toString(origin) + " for "
                            + java.util.Arrays.toString(worstPair));
        }
    }

    @Test
    void scaleIsOneAtTheOriginAndTheRadiusIsTheGaussianMeanRadius() {
        for (double[] origin : ORIGINS) {
            GaussSphere sphere = new GaussSphere(origin[0], origin[1]);
            assertEquals(Wgs84.gaussianRadius(origin[1]), sphere.radius(), 1e-6);
            double[] u = new double[6];
            for (double azimuth = 0; azimuth < 360; azimuth += 30) {
                // 1 km from the origin the scale is 1 to within the cube of the latitude change
                double[] q = Geodesic.destination(origin[0], origin[1], azimuth, 1000);
                sphere.toUnit(origin[0], origin[1], u, 0);
                sphere.toUnit(q[0], q[1], u, 3);
                assertEquals(1, Math.sqrt(u[3] * u[3] + u[4] * u[4] + u[5] * u[5]), 1e-15);
                assertEquals(
                        1000,
                        sphere.radius() * angle(u, 0, 3),
                        1e-6,
                        "azimuth " + azimuth + " about " + java.util.Arrays.toString(origin));
                assertEquals(0, GeodesicTest.angleDifference(GaussSphere.azimuth(u, 0, u, 3), azimuth), 1e-8);
            }
        }
    }
}
