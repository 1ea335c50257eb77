package org.standoff.geo.distance;

import org.standoff.geo.Geodesic;
import org.standoff.geo.Wgs84;

/**
 * One query point measured against single elements (edges and lone points) of many
 * {@link PreparedGeodesicGeometry prepared geometries}, for indexes that search the elements of
 * a whole layer at once instead of one feature after another.
 *
 * <p><b>What it gives.</b> The point's earth-centred coordinates (for chord lower bounds on
 * boxes, see {@link #x()}), a rigorous lower bound on the distance to one element, the exact
 * distance to it and its foot, and whether the point is inside a geometry's polygons. The exact
 * distance is the very computation {@link PreparedGeodesicGeometry#nearest} makes for that
 * element, so the least of them over a feature's elements is, bit for bit, that feature's
 * distance when the point is not inside it (inside, the distance is 0).
 *
 * <p><b>Lower bound.</b> A straight 3-D chord is never longer than any curve between its ends,
 * on the ellipsoid or off it, so the chord distance from the point to anything that contains
 * an element (its box, the chord of its end vertices widened by how far the geodesic strays
 * from it) is at most the geodesic distance to every point of the element. The bound's slack
 * is the chord's shortfall, about d³/(24R²): 1 m at 100 km, 28 m at 300 km, but 66 km at
 * 4,000 km. For far points {@link #geodesicBound} turns a chord into a bound that stays
 * within about 0.3 % of the distance.
 *
 * <p><b>Cost.</b> No allocation after construction; the exact distance to an edge costs two to
 * five inverse geodesic problems ({@link GeodesicSegment}).
 *
 * <p><b>Thread safety.</b> Not thread-safe: mutable scratch. Keep one per thread.
 */
public final class ElementQuery {

    private final DistanceQuery query = new DistanceQuery();
    /** Below this chord the chord is the better bound; above it {@link #geodesicBound} may be. */
    private static final double FAR_CHORD_M = 1_000_000;

    /**
     * Rounding guards of {@link #geodesicBound}, which must stay a lower bound: the cosine is
     * raised by a few ulps of 1.0 (2.2e-16 each) before its arc cosine, so rounding in the cosine
     * law cannot make the angle larger than it is, and the result is shrunk by a relative 1e-12
     * (6 µm at the earth's radius) against rounding in the arc cosine itself.
     */
    private static final double COSINE_ROUNDING = 1e-15;

    private static final double BOUND_RELATIVE_ROUNDING = 1e-12;
    private static final double EP2 = Wgs84.A * Wgs84.A / (Wgs84.B * Wgs84.B) - 1;

    private final double[] p = query.p;
    private final double[] scratch = new double[3];
    private double vertexDistance = Double.NaN;
    private double p2;
    private double pNorm;

    /**
     * Makes ({@code lon}, {@code lat}) the query point.
     *
     * @throws IllegalArgumentException for a latitude outside [-90, 90] or a non-finite value
     */
    public void moveTo(double queryLon, double queryLat) {
        query.reset(null, queryLon, queryLat);
        p2 = p[0] * p[0] + p[1] * p[1] + p[2] * p[2];
        pNorm = Math.sqrt(p2);
    }

    /** The query point's earth-centred x in metres. */
    public double x() {
        return p[0];
    }

    /** The query point's earth-centred y in metres. */
    public double y() {
        return p[1];
    }

    /** The query point's earth-centred z in metres. */
    public double z() {
        return p[2];
    }

    /** The query longitude, mapped to [-180, 180]: where a point inside a polygon finds itself. */
    public double lon() {
        return query.lon();
    }

    /**
     * A lower bound in metres on the geodesic distance from the query point to any point X of
     * the ellipsoid that is at least {@code chordMetres} away from it in a straight line and has
     * an earth-centred z between {@code zLow} and {@code zHigh}: the larger of the chord itself
     * and b·θ, θ being the least angle at the earth's centre such a point can make with the query.
     *
     * <p><b>Proof.</b> The nearest-point projection onto a closed convex set never lengthens a
     * curve (it is 1-Lipschitz). The ellipsoid lies outside the ball of radius b (the semi-minor
     * axis) about the centre O, where that projection is the central projection onto the sphere
     * of radius b; so a geodesic from P to X projects to a curve on that sphere no longer than
     * itself, hence at least the great-circle arc b·θ, θ the angle POX. With p = |OP|,
     * r = |OX| and chord c = |PX|, the law of cosines gives cos θ = (p² + r² − c²)/(2pr), which
     * falls as c grows and is, as a function of r, convex or increasing (its second derivative
     * is (p² − c²)/(p·r³); where that is negative the first is positive), so its largest value on
     * an interval of r is at one end. On the ellipsoid r² = a² − e′²·z² (e′² = a²/b² − 1), so the
     * z range gives the r interval. θ is at least the arc cosine of the larger end value.
     *
     * <p><b>Tightness.</b> b/|OX| is 0.9966 at the equator and 0.9981 at 45°: for a small box the
     * bound is within about 0.2–0.4 % of the geodesic, better than the chord beyond about
     * 1,500 km; nearer, the chord is returned, being then the tighter.
     */
    public double geodesicBound(double chordMetres, double zLow, double zHigh) {
        if (chordMetres < FAR_CHORD_M) {
            return chordMetres;
        }
        double zFar = Math.min(Wgs84.B, Math.max(Math.abs(zLow), Math.abs(zHigh)));
        double zNear = zLow <= 0 && zHigh >= 0 ? 0 : Math.min(Wgs84.B, Math.min(Math.abs(zLow), Math.abs(zHigh)));
        double rLow = Math.sqrt(Wgs84.A * Wgs84.A - EP2 * zFar * zFar);
        double rHigh = Math.sqrt(Wgs84.A * Wgs84.A - EP2 * zNear * zNear);
        double c2 = chordMetres * chordMetres;
        double cos =
                Math.max((p2 + rLow * rLow - c2) / (2 * pNorm * rLow), (p2 + rHigh * rHigh - c2) / (2 * pNorm * rHigh));
        return Math.max(
                chordMetres, Wgs84.B * Math.acos(Math.min(1, cos + COSINE_ROUNDING)) * (1 - BOUND_RELATIVE_ROUNDING));
    }

    /** A lower bound in metres on the geodesic distance to element k of g (chord to the edge's chord, less its deviation). */
    public double lowerBound(PreparedGeodesicGeometry g, int k) {
        return g.elementLowerBound(p, k);
    }

    /**
     * The exact distance in metres to element k of g if below {@code limitMetres}, else
     * {@link Double#POSITIVE_INFINITY}; the foot is then in {@link #footLon()} and
     * {@link #footLat()}.
     */
    public double distance(PreparedGeodesicGeometry g, int k, double limitMetres) {
        query.useGeometry(g);
        return query.element(k, limitMetres);
    }

    /**
     * Whether edge k of g may come closer than {@code limitMetres}, decided from the exact
     * distances to its two vertices alone, given {@code lowerMetres} &gt; 0, a lower bound on the
     * distance to every point of the edge. The least vertex distance is kept as
     * {@link #vertexDistance()}, an upper bound on the distance to g.
     *
     * <p><b>Proof.</b> Let f(s) be the distance from the query point P to the point at s along
     * the edge's geodesic, 0 ≤ s ≤ ℓ. The Gaussian curvature of the ellipsoid, 1/(M·N), is at
     * least κ = b²/a⁴ (M and N never exceed a²/b), so by the Hessian comparison theorem (Rauch;
     * e.g. P. Petersen, <cite>Riemannian Geometry</cite>, comparison of the distance function)
     * the Hessian of the distance from P is at most √κ·cot(√κ·r) ≤ 1/r wherever r &gt; 0, in the
     * support sense at points where it is not smooth. Hence f'' ≤ K = 1/lowerMetres along the
     * edge, f(s) − K·s²/2 is concave and lies above its chord, and f(s) ≥ min(f(0), f(ℓ)) −
     * K·ℓ²/8. With ℓ bounded from above, that is the test. For an edge of 200 m seen from
     * 300 km it is within 2 cm of the truth, where the chord bound is 28 m short.
     *
     * <p>Costs two inverse problems instead of the two to ten of {@link #distance}; worth it
     * only for far points, where most edges near the answer have their feet inside the edge.
     */
    public boolean edgeMayBeCloser(PreparedGeodesicGeometry g, int k, double lowerMetres, double limitMetres) {
        int v = g.elementStart[k];
        Geodesic.inverse(g.lon[v], g.lat[v], query.lon(), query.lat(), scratch);
        double toA = scratch[0];
        Geodesic.inverse(g.lon[v + 1], g.lat[v + 1], query.lon(), query.lat(), scratch);
        double toB = scratch[0];
        vertexDistance = Math.min(toA, toB);
        double length = Wgs84.geodesicLengthUpperBound(g.lon[v], g.lat[v], g.lon[v + 1], g.lat[v + 1]);
        return vertexDistance - length * length / (8 * lowerMetres) <= limitMetres;
    }

    /** The least vertex distance of the last {@link #edgeMayBeCloser} call. */
    public double vertexDistance() {
        return vertexDistance;
    }

    /** Beyond this the first-order bound is not used: under πb/2 (9,985 km) the distance is geodesically convex. */
    private static final double CONVEX_M = 9_000_000;
    /** Taken off the first-order bound for rounding: of the solver (sub-millimetre) and of earth-centred coordinates (nanometres per metre). */
    private static final double FIRST_ORDER_ROUNDING_M = 0.01;

    private boolean firstOrder;
    private double gx;
    private double gy;
    private double gz;
    private double firstOrderBase;

    /**
     * The exact distance in metres from the query point to a node's reference vertex
     * (lon, lat), preparing {@link #firstOrderBound} for the node's contents, which lie within
     * {@code reachMetres} of the vertex.
     *
     * <p><b>The first-order bound.</b> Let f be the distance from the query point P, v the
     * vertex, g the unit tangent at v of the geodesic from P (f's gradient), x a point of the
     * node and γ the geodesic from v to x, of length t ≤ T = {@code reachMetres}. Where
     * f &lt; πb/2 the Hessian comparison theorem (sectional curvature at most 1/b², the
     * ellipsoid's largest Gaussian curvature, at the equator; e.g. P. Petersen,
     * <cite>Riemannian Geometry</cite>, the comparison of the distance function) gives
     * Hess f ≥ (cot(f/b)/b)·(I − df⊗df) ≥ 0, so f is convex along γ (which stays away from P,
     * t &lt; f(v), and from P's cut locus, near the antipode) and f(x) ≥ f(v) + t·⟨g, γ′(0)⟩.
     * In earth-centred coordinates x − v = t·γ′(0) + ∫∫γ″; a geodesic's acceleration is the
     * surface normal N times the normal curvature κ ≤ κmax = a/b², and the component along g
     * (tangent at v) of N at arc length u is at most u·κmax (the normal turns at most at the
     * largest principal curvature), so |⟨g, x − v⟩ − t⟨g, γ′(0)⟩| ≤ κmax²·t³/6 = t³/(6r²),
     * r = b²/a. Hence f(x) ≥ f(v) + ⟨g, x − v⟩ − T³/(6r²) for every x of the node, and the
     * least of ⟨g, x⟩ over a box holding a child is at a corner. Its slack is how far the box
     * sticks out along g: metres for small nodes, where the chord's shortfall far away
     * (d³/24R², 1 km at 1,000 km) or that of {@link #geodesicBound} (0.2–0.4 %, 8 km at
     * 2,800 km) made every node near the answer cost an exact distance.
     */
    public double referenceDistance(double toLon, double toLat, double reachMetres) {
        Geodesic.inverse(toLon, toLat, query.lon(), query.lat(), scratch);
        double d = scratch[0];
        firstOrder = d + reachMetres <= CONVEX_M && reachMetres < d && reachMetres < MAX_FIRST_ORDER_REACH_M;
        if (firstOrder) {
            double az = Math.toRadians(scratch[1]); // at the vertex, towards the query
            double lambda = Math.toRadians(toLon);
            double phi = Math.toRadians(toLat);
            double sinL = Math.sin(lambda);
            double cosL = Math.cos(lambda);
            double sinP = Math.sin(phi);
            double cosP = Math.cos(phi);
            double sinA = Math.sin(az);
            double cosA = Math.cos(az);
            // east (-sinL, cosL, 0) and north (-sinP cosL, -sinP sinL, cosP) at the vertex; the gradient points away
            // from the query
            gx = -(sinA * -sinL + cosA * -sinP * cosL);
            gy = -(sinA * cosL + cosA * -sinP * sinL);
            gz = -(cosA * cosP);
            double n = Wgs84.A / Math.sqrt(1 - Wgs84.E2 * sinP * sinP);
            double vx = n * cosP * cosL;
            double vy = n * cosP * sinL;
            double vz = n * (1 - Wgs84.E2) * sinP;
            double t = reachMetres;
            firstOrderBase = d
                    - (gx * vx + gy * vy + gz * vz)
                    - t * t * t / (6 * Wgs84.MIN_RADIUS * Wgs84.MIN_RADIUS)
                    - FIRST_ORDER_ROUNDING_M;
        }
        return d;
    }

    /**
     * Nodes reaching further than this get no first-order bound: their boxes stick out by more
     * than the other bounds' slack, and t³/(6r²) grows (4 m at 100 km).
     */
    private static final double MAX_FIRST_ORDER_REACH_M = 100_000;

    /**
     * A lower bound in metres on the distance to anything inside the earth-centred box
     * [lo, hi] that lies in the node last given to {@link #referenceDistance} (see there for
     * the proof); {@link Double#NEGATIVE_INFINITY} when that node was too large or too far.
     *
     * @param box six values from {@code off}: min x, y, z, max x, y, z in metres
     */
    public double firstOrderBound(double[] box, int off) {
        if (!firstOrder) {
            return Double.NEGATIVE_INFINITY;
        }
        return firstOrderBase
                + Math.min(gx * box[off], gx * box[off + 3])
                + Math.min(gy * box[off + 1], gy * box[off + 4])
                + Math.min(gz * box[off + 2], gz * box[off + 5]);
    }

    /** The exact distance in metres from the query point to (lon, lat). */
    public double distanceTo(double toLon, double toLat) {
        Geodesic.inverse(toLon, toLat, query.lon(), query.lat(), scratch);
        return scratch[0];
    }

    /** The longitude in [-180, 180] of the foot of the last finite {@link #distance}. */
    public double footLon() {
        return query.bestLon();
    }

    /** The latitude of the foot of the last finite {@link #distance}. */
    public double footLat() {
        return query.bestLat();
    }

    /** Whether the point is inside or on a polygon of g, where its distance to g is 0. */
    public boolean inside(PreparedGeodesicGeometry g) {
        query.useGeometry(g);
        return query.insideAnyPolygon();
    }
}
