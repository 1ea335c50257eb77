package org.standoff.geo.distance;

import java.util.Arrays;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.standoff.geo.Wgs84;

/**
 * A feature geometry prepared for many exact geodesic distance queries: the shortest WGS84
 * distance from a point to the feature's nearest point (0 inside a polygon or on the feature).
 *
 * <p><b>Semantics</b> (DESIGN.md): polygons measure to their boundary, 0 inside and on it;
 * holes count as outside, so a point in a hole measures to the hole's ring; multipart
 * geometries and collections measure to the nearest part. Every edge is the shortest geodesic
 * between its vertices (see {@link GeodesicSegment}).
 *
 * <p><b>Algorithm.</b> Edges and lone points ("elements") are grouped in runs of
 * {@value #CHUNK} along each path; each element and each run has a bounding sphere in
 * earth-centred 3-D coordinates. Since a 3-D chord never exceeds the geodesic, the chord
 * distance from the query to a sphere (or to an edge's chord, less the most a geodesic of that
 * length can stray from its chord, see {@link Wgs84#chordDeviationBound}) is a rigorous lower
 * bound, within a metre of the truth at 100 km. Runs are visited in order of that bound and
 * edges are solved exactly only while their bound is below the best exact distance so far:
 * typically two or three exact edge solutions per query, whatever the vertex count.
 *
 * <p><b>Inside or outside.</b> A ray-crossing test with straight longitude/latitude edges
 * (longitudes taken relative to the query, so the antimeridian is no seam) is exact except in
 * the sliver between such a straight edge and the geodesic edge. The width of that sliver is
 * bounded per polygon ({@code L²(1+|tan φ|)/(2·b²/a)} for the longest edge, several times the
 * great-circle bulge). When the query may lie in a sliver, the decision is taken at the exact
 * nearest boundary point instead: the side of the geodesic edge there, or, at a vertex, whether
 * the direction to the query lies in the interior wedge between the two edges.
 *
 * <p><b>Accuracy.</b> That of {@link GeodesicSegment}: sub-millimetre against GeographicLib,
 * within 0.1 m or 0.001 % of PostGIS {@code ST_Distance(geography)} (see the tests).
 *
 * <p><b>Limitations.</b> Polygons must not contain a pole and rings must be simple (no
 * self-intersections); edges must be shorter than about 10,000 km. Longitudes may cross the
 * antimeridian either way (split at ±180 or running past it).
 *
 * <p><b>Thread safety.</b> Immutable after construction; queries may run concurrently (each
 * query uses its own scratch objects).
 */
public final class PreparedGeodesicGeometry {

    static final int CHUNK = 16;

    /**
     * The latitude, in degrees, at which the sliver bound's tan φ is evaluated at most: tan is
     * infinite at the pole, and 89.999° (tan = 57,296) already makes the sliver wider than any
     * edge near a pole could bulge, so the bound stays finite and safe.
     */
    private static final double SLIVER_MAX_LAT_DEG = 89.999;

    /**
     * A millimetre added to each sliver width (metres): the width is a bound computed from an
     * upper bound on the edge's length and a tangent, each with rounding error far below this,
     * and a wider box costs nothing but a few more exact checks.
     */
    private static final double SLIVER_MARGIN_M = 1e-3;

    /**
     * Relative and absolute (degrees; 1e-9° is 0.1 mm) widening of the area boxes' latitude
     * margins, against rounding in {@link Wgs84#reachDegrees}: a point inside a polygon must never
     * fall outside its box, and a box a hair wider only tests a few more points exactly.
     */
    private static final double BOX_RELATIVE_ROUNDING = 1e-9;

    private static final double BOX_ROUNDING_DEG = 1e-9;

    final double[] lon;
    final double[] lat;
    final double[] xyz;
    /** Element k runs from vertex elementStart[k] to elementStart[k] + 1, or is a lone vertex. */
    final int[] elementStart;

    final boolean[] lonePoint;
    final double[] deviation;
    final int[] elementPath;
    /** Run c covers elements [runStart[c], runStart[c + 1]); runSphere holds x, y, z, radius. */
    final int[] runStart;

    final double[] runSphere;
    /** For each polygon, its runs are [polygonRuns[2p], polygonRuns[2p + 1]). */
    final int[] polygonRuns;

    final double[] polygonSliver;
    final FlatGeometry.Path[] paths;
    final FlatGeometry.PolygonRings[] polygons;
    private final double[] sphere = new double[4];
    /** West, east, south, north in degrees around every polygon's inside; null without polygons. */
    private final double[] areaBounds;

    private PreparedGeodesicGeometry(FlatGeometry flat) {
        int n = flat.vertexCount;
        lon = Arrays.copyOf(flat.lon, n);
        lat = Arrays.copyOf(flat.lat, n);
        xyz = new double[3 * n];
        for (int i = 0; i < n; i++) {
            Wgs84.toEcef(lon[i], lat[i], xyz, 3 * i);
        }
        paths = flat.paths.toArray(FlatGeometry.Path[]::new);
        polygons = flat.polygons.toArray(FlatGeometry.PolygonRings[]::new);
        int elements = 0;
        int runs = 0;
        for (FlatGeometry.Path p : paths) {
            int e = Math.max(1, p.vertexCount() - 1);
            elements += e;
            runs += (e + CHUNK - 1) / CHUNK;
        }
        elementStart = new int[elements];
        lonePoint = new boolean[elements];
        deviation = new double[elements];
        elementPath = new int[elements];
        runStart = new int[runs + 1];
        runSphere = new double[4 * runs];
        polygonRuns = new int[2 * polygons.length];
        polygonSliver = new double[polygons.length];
        int k = 0;
        int c = 0;
        for (int pi = 0; pi < paths.length; pi++) {
            FlatGeometry.Path p = paths[pi];
            if (p.isRing() && polygons[p.polygon()].paths()[0] == pi) {
                polygonRuns[2 * p.polygon()] = c;
            }
            int first = k;
            if (p.vertexCount() == 1) {
                elementStart[k] = p.firstVertex();
                lonePoint[k] = true;
                elementPath[k++] = pi;
            } else {
                for (int v = p.firstVertex(); v < p.firstVertex() + p.vertexCount() - 1; v++) {
                    double length = Wgs84.geodesicLengthUpperBound(lon[v], lat[v], lon[v + 1], lat[v + 1]);
                    elementStart[k] = v;
                    deviation[k] = Wgs84.chordDeviationBound(length);
                    elementPath[k++] = pi;
                    if (p.isRing()) {
                        double tan = Math.tan(Math.toRadians(
                                Math.min(SLIVER_MAX_LAT_DEG, Math.max(Math.abs(lat[v]), Math.abs(lat[v + 1])))));
                        double sliver = length * length * (1 + tan) / (2 * Wgs84.MIN_RADIUS) + SLIVER_MARGIN_M;
                        polygonSliver[p.polygon()] = Math.max(polygonSliver[p.polygon()], sliver);
                    }
                }
            }
            for (int s = first; s < k; s += CHUNK) {
                runStart[c] = s;
                boundingSphere(s, Math.min(k, s + CHUNK), runSphere, 4 * c);
                c++;
            }
            if (p.isRing()) {
                polygonRuns[2 * p.polygon() + 1] = c;
            }
        }
        runStart[runs] = elements;
        boundingSphere(0, elements, sphere, 0);
        areaBounds = polygons.length == 0 ? null : computeAreaBounds();
    }

    /**
     * A lon/lat box around the inside of every polygon. Longitude along a geodesic edge is
     * monotonic, and a meridian from an inside point to the pole it does not contain leaves the
     * polygon through its boundary, so inside points lie within the vertices' longitude range.
     * Latitude may bulge past the vertices' range (a geodesic edge curves poleward), by at most
     * the sliver width of that polygon, which is added.
     */
    private double[] computeAreaBounds() {
        double[] b = {Double.MAX_VALUE, -Double.MAX_VALUE, 90, -90};
        for (int pi = 0; pi < polygons.length; pi++) {
            double margin = Wgs84.reachDegrees(polygonSliver[pi]) * (1 + BOX_RELATIVE_ROUNDING) + BOX_ROUNDING_DEG;
            b[2] = Math.max(-90, Math.min(b[2], polygons[pi].minLat() - margin));
            b[3] = Math.min(90, Math.max(b[3], polygons[pi].maxLat() + margin));
            for (int pathIndex : polygons[pi].paths()) {
                FlatGeometry.Path path = paths[pathIndex];
                for (int v = path.firstVertex(); v < path.firstVertex() + path.vertexCount(); v++) {
                    b[0] = Math.min(b[0], lon[v]);
                    b[1] = Math.max(b[1], lon[v]);
                }
            }
        }
        return b;
    }

    /**
     * Prepares a geometry in WGS84 longitude/latitude degrees (x = lon, y = lat).
     *
     * @throws IllegalArgumentException for a latitude outside [-90, 90], a non-finite
     *         coordinate or an unsupported geometry type
     */
    public static PreparedGeodesicGeometry of(Geometry geometry) {
        return new PreparedGeodesicGeometry(FlatGeometry.of(geometry));
    }

    /** Whether the geometry has no point at all; such a geometry has no nearest point. */
    public boolean isEmpty() {
        return elementStart.length == 0;
    }

    /** The number of elements: the edges of every line and ring, and every lone point. */
    public int elementCount() {
        return elementStart.length;
    }

    /**
     * Writes an earth-centred (ECEF, metres) axis-aligned box that contains every point of
     * element k, its geodesic edge included, into {@code out[off..off+5]} as min x, y, z, max x,
     * y, z: the box of its end vertices, widened on every side by the most the geodesic can
     * stray from their chord ({@link Wgs84#chordDeviationBound}).
     */
    public void elementBox(int k, double[] out, int off) {
        int v = elementStart[k];
        int last = lonePoint[k] ? v : v + 1;
        double grow = deviation[k];
        for (int a = 0; a < 3; a++) {
            double lo = Math.min(xyz[3 * v + a], xyz[3 * last + a]);
            double hi = Math.max(xyz[3 * v + a], xyz[3 * last + a]);
            out[off + a] = lo - grow;
            out[off + 3 + a] = hi + grow;
        }
    }

    /** Whether element k is a lone point rather than an edge. */
    public boolean isLonePoint(int k) {
        return lonePoint[k];
    }

    /** The longitude in degrees of element k's first vertex. */
    public double elementLon(int k) {
        return lon[elementStart[k]];
    }

    /** The latitude in degrees of element k's first vertex. */
    public double elementLat(int k) {
        return lat[elementStart[k]];
    }

    /**
     * An upper bound in metres on the geodesic distance from (lon, lat) to every point of
     * element k: for a point X of edge AB, d(Q, X) ≤ d(Q, A) + d(A, X) and ≤ d(Q, B) + d(B, X),
     * and one of d(A, X), d(B, X) is at most half the edge; each distance is bounded by the arc
     * its ends subtend on the unit sphere times the largest radius of curvature
     * ({@link Wgs84#geodesicLengthUpperBound}).
     */
    public double reachFrom(double fromLon, double fromLat, int k) {
        int v = elementStart[k];
        double toA = Wgs84.geodesicLengthUpperBound(fromLon, fromLat, lon[v], lat[v]);
        if (lonePoint[k]) {
            return toA;
        }
        double toB = Wgs84.geodesicLengthUpperBound(fromLon, fromLat, lon[v + 1], lat[v + 1]);
        return Math.max(toA, toB) + Wgs84.geodesicLengthUpperBound(lon[v], lat[v], lon[v + 1], lat[v + 1]) / 2;
    }

    /** An upper bound in metres on the geodesic distance between two points (see {@link #reachFrom}). */
    public static double distanceUpperBound(double lon1, double lat1, double lon2, double lat2) {
        return Wgs84.geodesicLengthUpperBound(lon1, lat1, lon2, lat2);
    }

    /**
     * West, east, south and north (degrees) of a box that holds every point inside the
     * geometry's polygons; null when it has none, so that no point is inside it. West and east
     * are the vertices' own longitudes and may lie beyond ±180 for polygons that run past it.
     */
    public double[] areaBounds() {
        return areaBounds == null ? null : areaBounds.clone();
    }

    /**
     * A cheap lower bound in metres on the distance from a point to this geometry (3-D chord to
     * its bounding sphere), for pruning; 0 when the point may be inside or near it.
     */
    public double lowerBound(double lon, double lat) {
        if (isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        double[] p = new double[3];
        Wgs84.toEcef(lon, lat, p, 0);
        return Math.max(0, distanceToSphere(p, sphere, 0));
    }

    /** The exact nearest point; empty only for an empty geometry. */
    public Optional<NearestPoint> nearest(double lon, double lat) {
        return nearestCloserThan(lon, lat, Double.POSITIVE_INFINITY);
    }

    /**
     * The exact nearest point if its distance is below {@code limitMetres}, else empty. The
     * limit lets callers that already know a closer feature skip most of the work.
     */
    public Optional<NearestPoint> nearestCloserThan(double lon, double lat, double limitMetres) {
        return Optional.ofNullable(new DistanceQuery(this, lon, lat).run(limitMetres));
    }

    private void boundingSphere(int from, int to, double[] out, int off) {
        double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        double maxDev = 0;
        for (int k = from; k < to; k++) {
            int last = lonePoint[k] ? elementStart[k] : elementStart[k] + 1;
            for (int v = elementStart[k]; v <= last; v++) {
                for (int a = 0; a < 3; a++) {
                    min[a] = Math.min(min[a], xyz[3 * v + a]);
                    max[a] = Math.max(max[a], xyz[3 * v + a]);
                }
            }
            maxDev = Math.max(maxDev, deviation[k]);
        }
        double r2 = 0;
        for (int a = 0; a < 3; a++) {
            out[off + a] = (min[a] + max[a]) / 2;
            double h = (max[a] - min[a]) / 2;
            r2 += h * h;
        }
        out[off + 3] = Math.sqrt(r2) + maxDev;
    }

    static double distanceToSphere(double[] p, double[] sphere, int off) {
        double dx = p[0] - sphere[off];
        double dy = p[1] - sphere[off + 1];
        double dz = p[2] - sphere[off + 2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz) - sphere[off + 3];
    }

    /** Rigorous lower bound on the geodesic distance from p (ECEF) to element k. */
    double elementLowerBound(double[] p, int k) {
        int v = elementStart[k];
        double ax = xyz[3 * v];
        double ay = xyz[3 * v + 1];
        double az = xyz[3 * v + 2];
        double px = p[0] - ax;
        double py = p[1] - ay;
        double pz = p[2] - az;
        if (lonePoint[k]) {
            return Math.sqrt(px * px + py * py + pz * pz);
        }
        double ux = xyz[3 * v + 3] - ax;
        double uy = xyz[3 * v + 4] - ay;
        double uz = xyz[3 * v + 5] - az;
        double uu = ux * ux + uy * uy + uz * uz;
        double t = uu == 0 ? 0 : Math.max(0, Math.min(1, (px * ux + py * uy + pz * uz) / uu));
        double dx = px - t * ux;
        double dy = py - t * uy;
        double dz = pz - t * uz;
        return Math.max(0, Math.sqrt(dx * dx + dy * dy + dz * dz) - deviation[k]);
    }
}
