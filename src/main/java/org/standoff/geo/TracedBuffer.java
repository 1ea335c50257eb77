package org.standoff.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.ConvexHull;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The buffer of one simple polygon (no holes) drawn by tracing its outline: the curve at exact
 * geodesic distance r from the polygon is walked counter-clockwise, every vertex placed at
 * exactly r from its nearest feature point (exact nearest point of
 * {@link PreparedGeodesicGeometry}, then the direct problem from that foot at r), in steps that
 * are accepted only when the straight lon/lat chord provably stays within tolerance.
 *
 * <p><b>Why a chord is within tolerance.</b> The outline of a buffer (a union of geodesic discs
 * of radius r) is made of arcs of curvature at most 1/r (circles about vertices; offsets of
 * edges are nearly straight) meeting at inward corners only. With a and b the angles between the
 * chord AB (length h) and the outward normals at A and at B, a − b equals the convex turning
 * between A and B less the sum of the corner angles, the convex turning is at most h/r, so the
 * total absolute turning is at most T = max(a − b, 2h/r − (a − b)), and the chord strays from
 * the outline by at most h·T/4 (h·(a − b)/8 when both ends have the same nearest point, a plain
 * circle arc). A chord is accepted when that is below tol/3, when it is short enough that a
 * straight lon/lat segment strays less than tol/3 from the geodesic, and when the exact distance
 * at its midpoint is within tol/3 of r (a guard against stepping across a narrow neck). Steps
 * are halved until accepted. With the source simplified within tol/5 the drawn outline is
 * within tol of r.
 *
 * <p><b>Scope.</b> Only the outer boundary is traced. A buffer could also have holes where a
 * concave notch of the polygon is closed off at its mouth while wider inside ("pockets"):
 * {@link #mayHavePocket} rules them out by a conservative test (every point of each notch between
 * the polygon and its convex hull is within r of the notch's chain, bounded by the notch's
 * maximum inscribed circle plus the farthest any point of its mouth is from the chain). Callers fall back to the exact piece union when
 * the test fails, for polygons with holes, and when tracing gives up ({@link #trace} returns
 * null).
 *
 * <p>Not thread-safe; one instance per call.
 */
final class TracedBuffer {

    private static final int MAX_VERTICES = 200_000;

    private final PreparedGeodesicGeometry prepared;
    private final double radius;
    private final double tolerance;
    private final double refLon;
    private final double maxArcStep;
    private final double[] inv = new double[3];
    private final double[] dir = new double[3];

    /** The current point: lon, lat, outward normal azimuth, foot lon, foot lat. */
    private final double[] cur = new double[5];
    private final double[] next = new double[5];

    private TracedBuffer(PreparedGeodesicGeometry prepared, double radius, double tolerance, double refLon) {
        this.prepared = prepared;
        this.radius = radius;
        this.tolerance = tolerance;
        this.refLon = refLon;
        // a circle chord of this length has sagitta tol/3
        this.maxArcStep = Math.min(radius, Math.sqrt(8 * radius * tolerance / 3));
    }

    /**
     * The outer outline of the buffer of {@code simple} (a polygon without holes, longitudes
     * unwrapped around refLon) as a closed coordinate ring, or null if tracing gave up.
     */
    static Coordinate[] trace(Polygon simple, double radius, double tolerance, double refLon) {
        TracedBuffer t = new TracedBuffer(PreparedGeodesicGeometry.of(simple), radius, tolerance, refLon);
        return t.run(simple);
    }

    private Coordinate[] run(Polygon polygon) {
        Coordinate[] ring = polygon.getExteriorRing().getCoordinates();
        Coordinate top = ring[0];
        for (Coordinate c : ring) {
            if (c.y > top.y) {
                top = c;
            }
        }
        GeodesicSolver.direct(top.x, top.y, 0, radius, dir);
        if (!snap(dir[0], dir[1], cur)) {
            return null;
        }
        double[] start = cur.clone();
        List<Coordinate> out = new ArrayList<>();
        out.add(new Coordinate(unwrap(start[0]), start[1]));
        double h = maxArcStep;
        double turning = 0;
        double lastChordAz = Double.NaN;
        while (out.size() < MAX_VERTICES) {
            // close the ring when the start is within reach and the outline has turned (almost) once round
            if (out.size() > 3 && turning > 300) {
                GeodesicSolver.inverse(cur[0], cur[1], start[0], start[1], inv);
                if (inv[0] <= 2 * h && accept(cur, start)) {
                    out.add(out.get(0));
                    return out.toArray(Coordinate[]::new);
                }
            }
            boolean accepted = false;
            while (h > 1e-3) {
                GeodesicSolver.direct(cur[0], cur[1], cur[2] - 90, h, dir);
                if (snap(dir[0], dir[1], next) && accept(cur, next)) {
                    accepted = true;
                    break;
                }
                h /= 2;
            }
            if (!accepted) {
                return null;
            }
            GeodesicSolver.inverse(cur[0], cur[1], next[0], next[1], inv);
            if (!Double.isNaN(lastChordAz)) {
                turning += Wgs84.wrap180(lastChordAz - inv[1]);
            }
            lastChordAz = inv[2];
            System.arraycopy(next, 0, cur, 0, 5);
            out.add(new Coordinate(unwrap(cur[0]), cur[1]));
            h = Math.min(2 * h, maxArcStep);
        }
        return null;
    }

    /** Moves (lon, lat) to exactly r from its nearest feature point, along the geodesic from it. */
    private boolean snap(double lon, double lat, double[] p) {
        NearestPoint n = prepared.nearest(lon, lat).orElse(null);
        if (n == null || n.distanceMetres() < radius * 1e-3) {
            return false;
        }
        GeodesicSolver.inverse(n.lon(), n.lat(), lon, lat, inv);
        GeodesicSolver.direct(n.lon(), n.lat(), inv[1], radius, dir);
        p[0] = dir[0];
        p[1] = dir[1];
        p[2] = dir[2];
        p[3] = n.lon();
        p[4] = n.lat();
        return true;
    }

    /** Whether the straight lon/lat chord from a to b is within tolerance of the outline (see class comment). */
    private boolean accept(double[] a, double[] b) {
        GeodesicSolver.inverse(a[0], a[1], b[0], b[1], inv);
        double h = inv[0];
        if (h > maxStraightStep(Math.max(Math.abs(a[1]), Math.abs(b[1])))) {
            return false;
        }
        double rot = Math.toRadians(Wgs84.wrap180(a[2] - inv[1]) - Wgs84.wrap180(b[2] - inv[2]));
        double deviation;
        boolean sameFoot = Math.abs(a[3] - b[3]) < 1e-9 && Math.abs(a[4] - b[4]) < 1e-9;
        if (sameFoot) {
            deviation = h * Math.abs(rot) / 8;
        } else {
            double t = Math.max(rot, 2 * 1.01 * h / radius - rot);
            deviation = h * Math.tan(Math.min(t, 1.5) / 2) / 2;
        }
        if (deviation > tolerance / 3) {
            return false;
        }
        double midLon = a[0] + Wgs84.wrap180(b[0] - a[0]) / 2;
        double midLat = (a[1] + b[1]) / 2;
        NearestPoint m = prepared.nearest(Wgs84.wrap180(midLon), midLat).orElse(null);
        return m != null && Math.abs(m.distanceMetres() - radius) <= tolerance / 3;
    }

    /** The longest chord whose straight lon/lat segment strays less than tol/3 from the geodesic. */
    private double maxStraightStep(double absLat) {
        double tan = Math.tan(Math.toRadians(Math.min(89, absLat + 0.01)));
        return Math.sqrt(8 * Wgs84.MIN_RADIUS * (tolerance / 3) / (tan + 0.2));
    }

    private double unwrap(double lon) {
        return refLon + Wgs84.wrap180(lon - refLon);
    }

    /**
     * False only if no notch of the polygon (a region between its exterior ring and its convex
     * hull) can hold a point farther than r from the polygon, so the buffer has no hole there.
     * Planar in a local equirectangular frame with a 5 % margin.
     */
    static boolean mayHavePocket(Polygon polygon, double radius, GeometryFactory factory) {
        Coordinate[] ring = CoordinateArrays.removeRepeatedPoints(polygon.getExteriorRing().getCoordinates());
        int n = ring.length - 1;
        if (n < 4) {
            return false;
        }
        Coordinate c0 = polygon.getEnvelopeInternal().centre();
        double ky = Math.toRadians(Wgs84.MIN_RADIUS);
        double kx = ky * Math.cos(Math.toRadians(c0.y));
        double limit = 0.95 * radius;
        Coordinate[] xy = new Coordinate[n + 1];
        Map<Coordinate, Integer> index = new HashMap<>();
        for (int i = 0; i <= n; i++) {
            xy[i] = new Coordinate((ring[i].x - c0.x) * kx, (ring[i].y - c0.y) * ky);
            if (i < n) {
                index.putIfAbsent(xy[i], i);
            }
        }
        Geometry hull = new ConvexHull(xy, factory).getConvexHull();
        List<Integer> hullIdx = new ArrayList<>();
        for (Coordinate c : hull.getCoordinates()) {
            Integer i = index.get(c);
            if (i == null) {
                return true;
            }
            if (hullIdx.isEmpty() || hullIdx.get(hullIdx.size() - 1).intValue() != i) {
                hullIdx.add(i);
            }
        }
        if (hullIdx.size() < 3) {
            return true;
        }
        if (hullIdx.get(0).equals(hullIdx.get(hullIdx.size() - 1))) {
            hullIdx.remove(hullIdx.size() - 1);
        }
        int m = hullIdx.size();
        // walk the hull in ring order
        hullIdx.sort(Integer::compare);
        for (int k = 0; k < m; k++) {
            int i = hullIdx.get(k);
            int j = k + 1 < m ? hullIdx.get(k + 1) : hullIdx.get(0) + n;
            if (j - i < 2) {
                continue;
            }
            Coordinate[] notch = new Coordinate[j - i + 2];
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (int v = i; v <= j; v++) {
                Coordinate c = xy[v % n];
                notch[v - i] = c;
                minX = Math.min(minX, c.x);
                maxX = Math.max(maxX, c.x);
                minY = Math.min(minY, c.y);
                maxY = Math.max(maxY, c.y);
            }
            notch[j - i + 1] = notch[0];
            if (Math.hypot(maxX - minX, maxY - minY) <= limit) {
                continue;
            }
            try {
                // farthest a mouth point is from the chain (mouth sampled every r/50)
                Geometry chain = factory.createLineString(java.util.Arrays.copyOf(notch, j - i + 1));
                Coordinate e1 = notch[0];
                Coordinate e2 = notch[j - i];
                int samples = (int) Math.ceil(e1.distance(e2) / (radius / 50));
                double mouthReach = 0;
                for (int s = 1; s < samples; s++) {
                    double t = (double) s / samples;
                    Coordinate y = new Coordinate(e1.x + t * (e2.x - e1.x), e1.y + t * (e2.y - e1.y));
                    mouthReach = Math.max(mouthReach, chain.distance(factory.createPoint(y)));
                }
                mouthReach += radius / 100;
                if (mouthReach >= limit) {
                    return true;
                }
                Polygon p = factory.createPolygon(notch);
                MaximumInscribedCircle mic = new MaximumInscribedCircle(p, radius / 20);
                double r = mic.getRadiusLine().getLength() + radius / 20;
                if (r + mouthReach > limit) {
                    return true;
                }
            } catch (RuntimeException e) {
                return true;
            }
        }
        return false;
    }
}
