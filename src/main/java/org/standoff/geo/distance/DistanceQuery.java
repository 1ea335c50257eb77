package org.standoff.geo.distance;

import org.standoff.geo.Geodesic;
import org.standoff.geo.Wgs84;

/**
 * One distance query against a {@link PreparedGeodesicGeometry}: the branch-and-bound search
 * over runs and elements, and the exact inside/outside decision for polygons. See that class
 * for the algorithm and guarantees.
 *
 * <p>Not thread-safe. A query is either created, run once and dropped, or kept by one thread
 * and {@linkplain #reset reset} for each new geometry or point (as {@link ElementQuery} does).
 */
final class DistanceQuery {

    private PreparedGeodesicGeometry g;
    private double lon;
    private double lat;
    /** The query point, earth-centred (metres). */
    final double[] p = new double[3];

    private final double[] scratch = new double[3];
    private final GeodesicSegment segment = new GeodesicSegment();

    private double bestDistance;
    private int bestElement;
    private double bestLon;
    private double bestLat;
    private GeodesicSegment.FootKind bestKind;
    private double bestEdgeAzimuth;
    private double bestToPAzimuth;

    DistanceQuery(PreparedGeodesicGeometry g, double lon, double lat) {
        reset(g, lon, lat);
    }

    /** A query with no point yet; {@link #reset} it before use. */
    DistanceQuery() {}

    /** Keeps the point and queries another geometry. */
    void useGeometry(PreparedGeodesicGeometry geometry) {
        this.g = geometry;
    }

    /** Makes this the query of a new point against a (possibly new) geometry. */
    void reset(PreparedGeodesicGeometry geometry, double queryLon, double queryLat) {
        if (!Double.isFinite(queryLon) || !Double.isFinite(queryLat) || queryLat < -90 || queryLat > 90) {
            throw new IllegalArgumentException("Not a valid longitude/latitude: " + queryLon + ", " + queryLat);
        }
        this.g = geometry;
        this.lon = Geodesic.normalizeLongitude(queryLon);
        this.lat = queryLat;
        Wgs84.toEcef(queryLon, queryLat, p, 0);
    }

    /** Whether the point lies inside (or on the boundary of) one of the geometry's polygons. */
    boolean insideAnyPolygon() {
        for (int pi = 0; pi < g.polygons.length; pi++) {
            if (insidePolygon(pi)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The exact distance to element k alone (an edge or a lone point), or
     * {@link Double#POSITIVE_INFINITY} when it is not below {@code limit}; the foot is then in
     * {@link #bestLon()} and {@link #bestLat()}. The same computation {@link #run} makes for
     * that element, so the two agree to the last bit.
     */
    double element(int k, double limit) {
        bestDistance = limit;
        bestElement = -1;
        solve(k);
        return bestElement < 0 ? Double.POSITIVE_INFINITY : bestDistance;
    }

    /** The query longitude, in [-180, 180]. */
    double lon() {
        return lon;
    }

    /** The query latitude. */
    double lat() {
        return lat;
    }

    double bestLon() {
        return bestLon;
    }

    double bestLat() {
        return bestLat;
    }

    /** The nearest point if closer than {@code limit}, else null. */
    NearestPoint run(double limit) {
        if (g.isEmpty()) {
            return null;
        }
        if (insideAnyPolygon()) {
            return new NearestPoint(0, lon, lat);
        }
        search(0, g.runStart.length - 1, limit);
        return bestElement < 0 ? null : new NearestPoint(bestDistance, bestLon, bestLat);
    }

    private boolean insidePolygon(int pi) {
        double sliver = g.polygonSliver[pi];
        int r0 = g.polygonRuns[2 * pi];
        int r1 = g.polygonRuns[2 * pi + 1];
        FlatGeometry.PolygonRings rings = g.polygons[pi];
        boolean planar = lat >= rings.minLat() && lat <= rings.maxLat() && planarInside(rings);
        boolean nearBoundary = false;
        for (int c = r0; c < r1 && !nearBoundary; c++) {
            nearBoundary = PreparedGeodesicGeometry.distanceToSphere(p, g.runSphere, 4 * c) <= sliver;
        }
        if (!nearBoundary) {
            return planar;
        }
        // The query may lie between a straight lon/lat edge and its geodesic: decide exactly.
        search(r0, r1, Double.POSITIVE_INFINITY);
        return bestDistance == 0 || insideBySide();
    }

    /** Ray crossing to the north with longitudes relative to the query (no antimeridian seam). */
    private boolean planarInside(FlatGeometry.PolygonRings rings) {
        boolean inside = false;
        for (int pathIndex : rings.paths()) {
            FlatGeometry.Path path = g.paths[pathIndex];
            int end = path.firstVertex() + path.vertexCount() - 1;
            for (int v = path.firstVertex(); v < end; v++) {
                double x1 = Wgs84.wrap180(g.lon[v] - lon);
                double x2 = Wgs84.wrap180(g.lon[v + 1] - lon);
                if ((x1 > 0) != (x2 > 0) && Math.abs(x1 - x2) < 180) {
                    double y = g.lat[v] + (0 - x1) * (g.lat[v + 1] - g.lat[v]) / (x2 - x1);
                    if (y > lat) {
                        inside = !inside;
                    }
                }
            }
        }
        return inside;
    }

    /** Whether the query is on the interior side of the polygon boundary at the best foot point. */
    private boolean insideBySide() {
        FlatGeometry.Path path = g.paths[g.elementPath[bestElement]];
        if (bestKind == GeodesicSegment.FootKind.INTERIOR) {
            boolean left = Math.sin(Math.toRadians(bestToPAzimuth - bestEdgeAzimuth)) < 0;
            return left == path.interiorLeft();
        }
        int m = path.vertexCount() - 1;
        int first = path.firstVertex();
        int vertex = g.elementStart[bestElement] + (bestKind == GeodesicSegment.FootKind.AT_END ? 1 : 0);
        int pos = (vertex - first) % m;
        double vx = g.lon[first + pos];
        double vy = g.lat[first + pos];
        double toNext = azimuthToNeighbour(first, m, pos, 1, vx, vy);
        double toPrev = azimuthToNeighbour(first, m, pos, -1, vx, vy);
        Geodesic.inverse(vx, vy, lon, lat, scratch);
        double toP = scratch[1];
        // Interior wedge: counter-clockwise from "next" to "previous" when the interior is on the left.
        return path.interiorLeft()
                ? mod360(toNext - toP) < mod360(toNext - toPrev)
                : mod360(toPrev - toP) < mod360(toPrev - toNext);
    }

    private double azimuthToNeighbour(int first, int m, int pos, int step, double vx, double vy) {
        for (int i = 1; i < m; i++) {
            int q = first + Math.floorMod(pos + step * i, m);
            if (g.lon[q] != vx || g.lat[q] != vy) {
                Geodesic.inverse(vx, vy, g.lon[q], g.lat[q], scratch);
                return scratch[1];
            }
        }
        return 0;
    }

    private static double mod360(double a) {
        double r = a % 360;
        return r < 0 ? r + 360 : r;
    }

    /** Branch and bound over runs [r0, r1): the run with the smallest bound first, then the rest. */
    private void search(int r0, int r1, double limit) {
        bestDistance = limit;
        bestElement = -1;
        int first = -1;
        double firstBound = Double.POSITIVE_INFINITY;
        for (int c = r0; c < r1; c++) {
            double b = PreparedGeodesicGeometry.distanceToSphere(p, g.runSphere, 4 * c);
            if (b < firstBound) {
                firstBound = b;
                first = c;
            }
        }
        if (first < 0 || firstBound >= bestDistance) {
            return;
        }
        searchRun(first);
        for (int c = r0; c < r1; c++) {
            if (c != first && PreparedGeodesicGeometry.distanceToSphere(p, g.runSphere, 4 * c) < bestDistance) {
                searchRun(c);
            }
        }
    }

    private void searchRun(int c) {
        int from = g.runStart[c];
        int to = g.runStart[c + 1];
        int first = from;
        double firstBound = Double.POSITIVE_INFINITY;
        for (int k = from; k < to; k++) {
            double b = g.elementLowerBound(p, k);
            if (b < firstBound) {
                firstBound = b;
                first = k;
            }
        }
        if (firstBound >= bestDistance) {
            return;
        }
        solve(first);
        for (int k = from; k < to; k++) {
            if (k != first && g.elementLowerBound(p, k) < bestDistance) {
                solve(k);
            }
        }
    }

    private void solve(int k) {
        int v = g.elementStart[k];
        if (g.lonePoint[k]) {
            Geodesic.inverse(g.lon[v], g.lat[v], lon, lat, scratch);
            if (scratch[0] < bestDistance) {
                record(k, scratch[0], g.lon[v], g.lat[v], GeodesicSegment.FootKind.AT_START, 0, scratch[1]);
            }
            return;
        }
        segment.solve(lon, lat, g.lon[v], g.lat[v], g.lon[v + 1], g.lat[v + 1]);
        if (segment.distance < bestDistance) {
            record(
                    k,
                    segment.distance,
                    segment.footLon,
                    segment.footLat,
                    segment.kind,
                    segment.edgeAzimuth,
                    segment.footToPAzimuth);
        }
    }

    private void record(
            int k, double d, double fLon, double fLat, GeodesicSegment.FootKind kind, double edgeAz, double toPAz) {
        bestDistance = d;
        bestElement = k;
        bestLon = Geodesic.normalizeLongitude(fLon);
        bestLat = fLat;
        bestKind = kind;
        bestEdgeAzimuth = edgeAz;
        bestToPAzimuth = toPAz;
    }
}
