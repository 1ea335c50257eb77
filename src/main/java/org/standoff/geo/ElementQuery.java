package org.standoff.geo;

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
 * is the chord's shortfall, about d³/(24R²): 1 m at 100 km, 28 m at 300 km.
 *
 * <p><b>Cost.</b> No allocation after construction; the exact distance to an edge costs two to
 * five inverse geodesic problems ({@link GeodesicSegment}).
 *
 * <p><b>Thread safety.</b> Not thread-safe: mutable scratch. Keep one per thread.
 */
public final class ElementQuery {

    private final DistanceQuery query = new DistanceQuery();
    private final double[] p = query.p;

    /**
     * Makes ({@code lon}, {@code lat}) the query point.
     *
     * @throws IllegalArgumentException for a latitude outside [-90, 90] or a non-finite value
     */
    public void moveTo(double queryLon, double queryLat) {
        query.reset(null, queryLon, queryLat);
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
