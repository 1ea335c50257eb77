package org.standoff.geo;

/**
 * Constants of the WGS84 ellipsoid and the few closed-form quantities the exact-distance code
 * needs for its <em>bounds</em>: earth-centred (ECEF) coordinates, radii of curvature.
 *
 * <p>Nothing here computes a geodesic; {@link Geodesic} does. The bounds rest on two
 * facts: a straight 3-D chord is never longer than the geodesic between its ends, and the
 * metric of the ellipsoid is, in every direction, at least {@link #MIN_RADIUS} (b²/a, the
 * meridional radius of curvature at the equator) times the metric of the unit sphere in the
 * same latitude/longitude, and at most {@link #MAX_RADIUS} (a²/b, the radius at the poles).
 *
 * <p>Static, stateless, thread-safe.
 */
public final class Wgs84 {

    public static final double A = 6378137.0;
    public static final double F = 1 / 298.257223563;
    public static final double B = A * (1 - F);
    public static final double E2 = F * (2 - F);
    /** The smallest radius of curvature anywhere on the ellipsoid (meridional, at the equator). */
    public static final double MIN_RADIUS = B * B / A;
    /** The largest radius of curvature anywhere on the ellipsoid (at the poles). */
    public static final double MAX_RADIUS = A * A / B;

    /**
     * A margin, in metres, added to bounds computed from earth-centred coordinates, to cover their
     * floating-point rounding: at 6.4e6 m a double's ulp is 9.3e-10 m and the bounds take a few
     * operations, so their error is some 1e-8 m; a micrometre is a hundred times that and still
     * a hundred thousand times below the accuracy Standoff states (0.1 m).
     */
    public static final double ROUNDING_MARGIN_M = 1e-6;

    /** Metres per degree of latitude or longitude, at most (the polar meridional radius). */
    public static final double MAX_METRES_PER_DEGREE = Math.toRadians(MAX_RADIUS);

    private Wgs84() {}

    /** How many degrees of latitude a distance in metres can span, at most. */
    public static double reachDegrees(double metres) {
        return Math.toDegrees(metres / MIN_RADIUS);
    }

    /** Writes the earth-centred x, y, z (metres) of a point on the ellipsoid into {@code out[off..off+2]}. */
    public static void toEcef(double lon, double lat, double[] out, int off) {
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon);
        double sinPhi = Math.sin(phi);
        double cosPhi = Math.cos(phi);
        double n = A / Math.sqrt(1 - E2 * sinPhi * sinPhi);
        out[off] = n * cosPhi * Math.cos(lambda);
        out[off + 1] = n * cosPhi * Math.sin(lambda);
        out[off + 2] = n * (1 - E2) * sinPhi;
    }

    /** The Gaussian mean radius sqrt(M·N) at a latitude: the best single sphere radius there. */
    public static double gaussianRadius(double lat) {
        double s = Math.sin(Math.toRadians(lat));
        double w = 1 - E2 * s * s;
        return A * Math.sqrt(1 - E2) / w;
    }

    /**
     * An upper bound on the geodesic length between two points: the arc they subtend on the unit
     * sphere (latitude/longitude read as spherical) times the largest radius of curvature, which
     * bounds the length of that particular path, hence of the shortest one.
     */
    public static double geodesicLengthUpperBound(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dl = Math.toRadians(lon2 - lon1);
        double x = Math.cos(p2) * Math.cos(dl) - Math.cos(p1);
        double y = Math.cos(p2) * Math.sin(dl);
        double z = Math.sin(p2) - Math.sin(p1);
        double chord = Math.sqrt(x * x + y * y + z * z);
        return MAX_RADIUS * 2 * Math.asin(Math.min(1, chord / 2));
    }

    /**
     * How far, at most, a geodesic of length {@code length} strays from the straight 3-D chord
     * between its ends: a curve whose curvature never exceeds 1/{@link #MIN_RADIUS} strays at
     * most its circular-arc sagitta, L²/(8·MIN_RADIUS); twice that is returned as a margin.
     */
    public static double chordDeviationBound(double length) {
        return length * length / (4 * MIN_RADIUS) + ROUNDING_MARGIN_M;
    }

    /** Maps a longitude difference to (-180, 180]. */
    public static double wrap180(double degrees) {
        if (degrees > -180 && degrees <= 180) {
            return degrees; // the common case, without the slow floating-point remainder
        }
        double d = degrees % 360;
        if (d > 180) {
            d -= 360;
        } else if (d <= -180) {
            d += 360;
        }
        return d;
    }
}
