package org.standoff.geo;

import org.apache.sis.referencing.CommonCRS;
import org.apache.sis.referencing.GeodeticCalculator;
import org.opengis.geometry.DirectPosition;

/**
 * Geodesics on the WGS84 ellipsoid: the shortest distance between two points, the azimuth at
 * which that geodesic leaves the first point, and the point reached by travelling a given
 * distance along a given azimuth.
 *
 * <p><b>Algorithm and accuracy.</b> Computations are delegated to Apache SIS
 * {@link GeodeticCalculator}, which implements C.F.F. Karney's series (<cite>Algorithms for
 * geodesics</cite>, 2013) on the WGS84 ellipsoid (a = 6378137 m, 1/f = 298.257223563). The
 * project's tests compare it with GeographicLib's {@code GeodSolve} on cases from 1 m up to
 * nearly antipodal, across the antimeridian and near the poles; see
 * {@code GeodesicTest} for the tolerances that hold (sub-millimetre for distances).
 * This is far finer than the source data: it is not the limit on any distance Standoff shows.
 *
 * <p><b>Conventions.</b> Arguments are longitude first, then latitude, in decimal degrees,
 * like JTS coordinates and the rest of the model; note that SIS itself takes latitude first,
 * which this class hides. Azimuths are degrees clockwise from true north, in [0, 360).
 * Distances are metres; use {@link LengthUnit} to convert.
 *
 * <p><b>Limitations.</b> Latitudes must be within [-90, 90] and every argument finite;
 * otherwise {@link IllegalArgumentException}. Longitudes may be outside [-180, 180]: they
 * are taken modulo 360. Between exactly antipodal points (or any two points when one is a
 * pole) many geodesics are equally short; the distance is still right but the azimuth is
 * one of them, chosen by SIS. For two equal points the azimuth is meaningless (SIS returns
 * one anyway). This class knows nothing about heights: all points are on the ellipsoid.
 *
 * <p><b>Two kinds of call.</b> {@link #distance}, {@link #azimuth} and {@link #destination}
 * validate their arguments and return fresh values, for callers holding a user's numbers.
 * {@link #inverse(double, double, double, double, double[])} and
 * {@link #direct(double, double, double, double, double[])} are the inner-loop forms the exact
 * distance and buffer code calls millions of times: they write every output (both azimuths)
 * into a caller's array, allocate nothing and validate nothing, so callers pass coordinates
 * taken from validated geometries. Both kinds go through the same SIS calculator; this is the
 * project's one wrapper of SIS geodesics (the buffer writer's own direct solver,
 * {@code geo.buffer.GeodesicDirect}, is the measured exception).
 *
 * <p><b>Thread safety.</b> All methods are static and thread-safe. A {@code
 * GeodeticCalculator} is mutable and not thread-safe, so each thread gets its own (in a
 * {@link ThreadLocal}), which also avoids the cost of creating one per call.
 */
public final class Geodesic {

    /** One calculator per thread because a calculator holds the state of its last computation. */
    private static final ThreadLocal<GeodeticCalculator> CALCULATOR =
            ThreadLocal.withInitial(() -> GeodeticCalculator.create(CommonCRS.WGS84.geographic()));

    private Geodesic() {}

    /**
     * The length in metres of the shortest geodesic between two points.
     *
     * @throws IllegalArgumentException if a latitude is outside [-90, 90] or a value is not finite
     */
    public static double distance(double lon1, double lat1, double lon2, double lat2) {
        return checkedInverse(lon1, lat1, lon2, lat2).getGeodesicDistance();
    }

    /**
     * The azimuth, in degrees clockwise from north in [0, 360), at which the shortest geodesic
     * from the first point towards the second one starts.
     *
     * @throws IllegalArgumentException if a latitude is outside [-90, 90] or a value is not finite
     */
    public static double azimuth(double lon1, double lat1, double lon2, double lat2) {
        return normalizeAzimuth(checkedInverse(lon1, lat1, lon2, lat2).getStartingAzimuth());
    }

    /**
     * The point reached by travelling {@code metres} along the geodesic that leaves
     * ({@code lon}, {@code lat}) at {@code azimuthDeg} clockwise from north.
     *
     * @param metres the distance; negative travels backwards along the same geodesic
     * @return {@code {lon, lat}} with the longitude in [-180, 180]
     * @throws IllegalArgumentException if the latitude is outside [-90, 90] or a value is not finite
     */
    public static double[] destination(double lon, double lat, double azimuthDeg, double metres) {
        checkPoint(lon, lat);
        if (!Double.isFinite(azimuthDeg) || !Double.isFinite(metres)) {
            throw new IllegalArgumentException("Azimuth and distance must be finite: " + azimuthDeg + ", " + metres);
        }
        double[] out = new double[2];
        endPoint(lon, lat, azimuthDeg, metres, out);
        return out;
    }

    /**
     * Solves the inverse problem without validating or allocating: for inner loops over
     * coordinates already validated (see the class comment).
     *
     * @param out receives {@code {distance m, azimuth at 1, forward azimuth at 2}}, azimuths in
     *            degrees clockwise from north, not normalised
     */
    public static void inverse(double lon1, double lat1, double lon2, double lat2, double[] out) {
        GeodeticCalculator c = CALCULATOR.get();
        c.setStartGeographicPoint(lat1, lon1);
        c.setEndGeographicPoint(lat2, lon2);
        out[0] = c.getGeodesicDistance();
        out[1] = c.getStartingAzimuth();
        out[2] = c.getEndingAzimuth();
    }

    /**
     * Solves the direct problem without validating or allocating: for inner loops over
     * coordinates already validated (see the class comment).
     *
     * @param out receives {@code {lon, lat, forward azimuth at the end}}; lon in [-180, 180]
     */
    public static void direct(double lon, double lat, double azimuth, double metres, double[] out) {
        out[2] = endPoint(lon, lat, azimuth, metres, out).getEndingAzimuth();
    }

    private static GeodeticCalculator endPoint(double lon, double lat, double azimuth, double metres, double[] out) {
        GeodeticCalculator c = CALCULATOR.get();
        c.setStartGeographicPoint(lat, lon);
        c.setStartingAzimuth(azimuth);
        c.setGeodesicDistance(metres);
        DirectPosition end = c.getEndPoint();
        // The calculator's CRS is WGS84 in EPSG axis order: latitude first.
        out[0] = normalizeLongitude(end.getOrdinate(1));
        out[1] = end.getOrdinate(0);
        return c;
    }

    private static GeodeticCalculator checkedInverse(double lon1, double lat1, double lon2, double lat2) {
        checkPoint(lon1, lat1);
        checkPoint(lon2, lat2);
        GeodeticCalculator calculator = CALCULATOR.get();
        calculator.setStartGeographicPoint(lat1, lon1);
        calculator.setEndGeographicPoint(lat2, lon2);
        return calculator;
    }

    private static void checkPoint(double lon, double lat) {
        if (!Double.isFinite(lon) || !Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("Not a valid longitude/latitude: " + lon + ", " + lat);
        }
    }

    /** Maps any finite azimuth to [0, 360). */
    static double normalizeAzimuth(double degrees) {
        double a = degrees % 360;
        if (a < 0) {
            a += 360;
        }
        // -1e-17 % 360 + 360 rounds to 360.0, which is outside the promised range.
        return a >= 360 ? 0 : a;
    }

    /** Maps any finite longitude to [-180, 180], keeping ±180 as given. */
    public static double normalizeLongitude(double degrees) {
        if (degrees >= -180 && degrees <= 180) {
            return degrees;
        }
        double l = degrees % 360;
        if (l > 180) {
            l -= 360;
        } else if (l < -180) {
            l += 360;
        }
        return l;
    }

    /**
     * Writes the earth-centred x, y, z (metres) of a point on the WGS84 ellipsoid into
     * {@code out[off..off+2]}. The straight-line distance between two such triples (the chord,
     * through the ellipsoid) is a lower bound on their geodesic distance, since no path on the
     * surface is shorter; the two differ by about L³/24R² (4.3 m at 160 km). Cheap, for
     * ruling points out before measuring them.
     */
    public static void toEcef(double lon, double lat, double[] out, int off) {
        Wgs84.toEcef(lon, lat, out, off);
    }
}
