package org.standoff.geo.distance;

import org.standoff.geo.Geodesic;
import org.standoff.geo.Wgs84;

/**
 * The exact shortest distance on the WGS84 ellipsoid from a point P to a geodesic segment AB,
 * and the foot point where it is reached.
 *
 * <p><b>What an edge is.</b> Everywhere in Standoff the edge between two consecutive vertices
 * of a line or ring is the shortest geodesic on the ellipsoid between them (not a rhumb line,
 * not a straight line in longitude/latitude). PostGIS {@code geography} also uses great
 * arcs, on a sphere; for edges of a few kilometres the two differ by well under a millimetre.
 *
 * <p><b>Algorithm.</b> With α₁ and L the azimuth at A and length of AB (inverse problem), the
 * foot is the point X(s) = direct(A, α₁, s), 0 ≤ s ≤ L, where the geodesic XP is perpendicular
 * to the edge. The derivative of |XP| along the edge is −cos(α_XP − α_edge(s)); the iteration
 * moves s by the along-track distance of the spherical right triangle,
 * Δs = R·atan2(sin(d/R)·cos(α_XP − α_edge), cos(d/R)), with R the Gaussian radius at P. This is
 * Newton's method with the sphere as the model; on the ellipsoid it converges linearly with a
 * ratio of order the flattening times (d/R)², i.e. to 1 µm in two to five steps. Before
 * iterating, the signs of that derivative at A and at B decide whether the nearest point is
 * an end vertex, which is the usual case for the nearest edge of a polygon.
 *
 * <p><b>Accuracy.</b> The distance is that of SIS's inverse problem from P to the foot
 * (sub-millimetre), with the foot located to 1 µm along the edge, which perturbs the distance
 * by far less than that. Verified against PostGIS and brute-force GeodSolve subdivisions in
 * {@code GeodesicDistanceTest}.
 *
 * <p><b>Limitations.</b> The distance from P along the edge is assumed unimodal, which holds for
 * segments shorter than half a meridian (about 10,000 km) with P not near the antipode of the
 * edge; Standoff's boundaries have edges of metres to a few kilometres.
 *
 * <p>Not thread-safe: each instance has scratch arrays; use one per thread.
 */
final class GeodesicSegment {

    /** Where along the edge the foot is, for the side-of-edge test of polygons. */
    enum FootKind {
        AT_START,
        INTERIOR,
        AT_END
    }

    private static final int MAX_ITERATIONS = 30;
    private static final double STEP_TOLERANCE_M = 1e-6;

    private final double[] edge = new double[3];
    private final double[] toP = new double[3];
    private final double[] pos = new double[3];

    double distance;
    double footLon;
    double footLat;
    FootKind kind;
    /** Forward azimuth of the edge at the foot, and azimuth from the foot to P (degrees). */
    double edgeAzimuth;

    double footToPAzimuth;

    /** Computes the nearest point of geodesic AB to P into this object's fields. */
    void solve(double px, double py, double ax, double ay, double bx, double by) {
        Geodesic.inverse(ax, ay, bx, by, edge);
        double length = edge[0];
        double az1 = edge[1];
        double az2 = edge[2];
        Geodesic.inverse(ax, ay, px, py, toP);
        if (length == 0 || cosDeg(toP[1] - az1) <= 0) {
            setVertex(FootKind.AT_START, ax, ay, toP[0], az1, toP[1]);
            return;
        }
        double dA = toP[0];
        double azAP = toP[1];
        Geodesic.inverse(bx, by, px, py, toP);
        if (cosDeg(toP[1] - az2) >= 0) {
            setVertex(FootKind.AT_END, bx, by, toP[0], az2, toP[1]);
            return;
        }
        double r = Wgs84.gaussianRadius(py);
        double s = clamp(alongTrack(dA, azAP - az1, r), 0, length);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            Geodesic.direct(ax, ay, az1, s, pos);
            Geodesic.inverse(pos[0], pos[1], px, py, toP);
            double step = alongTrack(toP[0], toP[1] - pos[2], r);
            double next = clamp(s + step, 0, length);
            boolean done = Math.abs(next - s) < STEP_TOLERANCE_M;
            s = next;
            if (done) {
                break;
            }
        }
        Geodesic.direct(ax, ay, az1, s, pos);
        Geodesic.inverse(pos[0], pos[1], px, py, toP);
        distance = toP[0];
        footLon = pos[0];
        footLat = pos[1];
        kind = s <= 0 ? FootKind.AT_START : s >= length ? FootKind.AT_END : FootKind.INTERIOR;
        edgeAzimuth = pos[2];
        footToPAzimuth = toP[1];
    }

    private void setVertex(FootKind k, double lon, double lat, double d, double edgeAz, double azToP) {
        distance = d;
        footLon = lon;
        footLat = lat;
        kind = k;
        edgeAzimuth = edgeAz;
        footToPAzimuth = azToP;
    }

    /** Along-track distance to the foot on a sphere of radius r, given distance d and angle to the track. */
    private static double alongTrack(double d, double angleDeg, double r) {
        double delta = d / r;
        return r * Math.atan2(Math.sin(delta) * cosDeg(angleDeg), Math.cos(delta));
    }

    private static double cosDeg(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }

    private static double clamp(double v, double lo, double hi) {
        return v < lo ? lo : v > hi ? hi : v;
    }
}
