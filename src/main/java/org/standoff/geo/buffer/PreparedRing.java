package org.standoff.geo.buffer;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LinearRing;
import org.standoff.geo.Wgs84;
import org.standoff.geo.distance.FlatGeometry;

/**
 * A polygon's ring prepared once for {@link HullSectionBuffer} outlines at any number of radii:
 * counter-clockwise, without repeated points, its vertices as unit vectors on the Gauss
 * conformal sphere of its region ({@link GaussSphere}), and its convex hull.
 *
 * <p>The hull is Melkman's algorithm (1987) on the simple ring, in the gnomonic frame at the
 * vertices' mean direction, where great circles are straight lines, so it is the hull on the
 * sphere. It is null when degenerate (fewer than three hull vertices, or an order that is not
 * the ring's), and the caller then declines the fast path.
 *
 * <p><b>Kept preparations.</b> {@link #of(LinearRing)} keeps each ring's preparation (about 30
 * bytes a vertex) for as long as the ring object lives, looked up by JTS's exact equality, so
 * buffering a layer again at another radius prepares nothing. This relies on features being
 * immutable, as they are throughout Standoff: a ring changed in place would keep its old
 * preparation.
 *
 * <p>Immutable after construction and safe to share between threads.
 */
final class PreparedRing {

    private static final double MAX_LAT_SPAN = 10;
    private static final double MAX_LON_SPAN = 20;
    /** Buffers are drawn by the fast path within this latitude (longitudes spread fast beyond). */
    static final double MAX_ABS_LAT = 84;

    final Coordinate[] ring;
    final int n;
    final Envelope envelope;
    final GaussSphere sphere;
    final double[] unit;
    final int[] hull;

    private PreparedRing(Coordinate[] ring, Envelope envelope) {
        this.ring = ring;
        this.n = ring.length - 1;
        this.envelope = envelope;
        this.sphere = new GaussSphere(envelope.centre().x, envelope.centre().y);
        this.unit = new double[3 * n];
        for (int i = 0; i < n; i++) {
            sphere.toUnit(ring[i].x, ring[i].y, unit, 3 * i);
        }
        this.hull = hull(unit, n);
    }

    /** A piece of a parent ring, on the parent's sphere and with the parent's unit vectors. */
    private PreparedRing(PreparedRing parent, Coordinate[] ring, int[] parentIndex) {
        this.ring = ring;
        this.n = ring.length - 1;
        this.envelope = new Envelope();
        for (Coordinate c : ring) {
            envelope.expandToInclude(c);
        }
        this.sphere = parent.sphere;
        this.unit = new double[3 * n];
        for (int i = 0; i < n; i++) {
            if (parentIndex[i] >= 0) {
                System.arraycopy(parent.unit, 3 * parentIndex[i], unit, 3 * i, 3);
            } else {
                sphere.toUnit(ring[i].x, ring[i].y, unit, 3 * i);
            }
        }
        this.hull = hull(unit, n);
    }

    /**
     * The two pieces of a cut of this ring ({@link NotchSplitter}), prepared on this ring's
     * sphere, which suits them since they lie within this ring; an entry is null when its hull is
     * degenerate.
     */
    PreparedRing[] pieces(NotchSplitter.Pieces cut) {
        PreparedRing[] out = new PreparedRing[2];
        for (int k = 0; k < 2; k++) {
            PreparedRing p = new PreparedRing(this, cut.rings()[k], cut.ringIndex()[k]);
            out[k] = p.hull == null ? null : p;
        }
        return out;
    }

    /**
     * Rings prepared by earlier calls, for as long as their rings are alive, so that buffering a
     * layer again at another radius (a second command, the live radius slider) prepares nothing
     * twice. Features are immutable in Standoff; a key is looked up by JTS's exact equality, so a
     * ring whose coordinates differ is never served another's preparation.
     */
    private static final Map<LinearRing, Optional<PreparedRing>> CACHE =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** Forgets every kept preparation, so that a benchmark can time buffering from cold. */
    static void forgetPrepared() {
        CACHE.clear();
    }

    /** {@link #of(Coordinate[])} for a polygon's ring, kept for the ring's lifetime. */
    static PreparedRing of(LinearRing ring) {
        Optional<PreparedRing> known = CACHE.get(ring);
        if (known == null) {
            known = Optional.ofNullable(of(ring.getCoordinates()));
            CACHE.put(ring, known);
        }
        return known.orElse(null);
    }

    /** The prepared ring (any orientation, longitudes unwrapped), or null when it is not a ring the fast path can take. */
    static PreparedRing of(Coordinate[] coordinates) {
        Coordinate[] ring = CoordinateArrays.removeRepeatedPoints(coordinates);
        if (ring.length < 4 || !ring[0].equals2D(ring[ring.length - 1])) {
            return null;
        }
        if (FlatGeometry.signedArea(ring) < 0) {
            ring = ring.clone();
            CoordinateArrays.reverse(ring);
        }
        Envelope e = new Envelope();
        for (Coordinate c : ring) {
            e.expandToInclude(c);
        }
        if (e.getWidth() > MAX_LON_SPAN || e.getHeight() > MAX_LAT_SPAN) {
            return null;
        }
        PreparedRing p = new PreparedRing(ring, e);
        return p.hull == null ? null : p;
    }

    /** The largest absolute latitude the buffer of this radius may reach. */
    double maxAbsLat(double radius) {
        return Math.max(Math.abs(envelope.getMinY()), Math.abs(envelope.getMaxY())) + Wgs84.reachDegrees(radius);
    }

    /** Whether the buffer of this radius stays where the conformal sphere is accurate: 10° of latitude, within 84° of the equator. */
    boolean fits(double radius) {
        return maxAbsLat(radius) <= MAX_ABS_LAT
                && envelope.getHeight() + 2 * Wgs84.reachDegrees(radius) <= MAX_LAT_SPAN;
    }

    /**
     * The convex hull's vertices as ring indices in increasing order (Melkman's algorithm on the
     * simple ring, in the gnomonic frame at the first vertex), or null when it is degenerate.
     */
    private static int[] hull(double[] unit, int n) {
        double[] gx = new double[n];
        double[] gy = new double[n];
        double cx = 0;
        double cy = 0;
        double cz = 0;
        for (int i = 0; i < n; i++) {
            cx += unit[3 * i];
            cy += unit[3 * i + 1];
            cz += unit[3 * i + 2];
        }
        double norm = Math.sqrt(cx * cx + cy * cy + cz * cz);
        cx /= norm;
        cy /= norm;
        cz /= norm;
        // tangent basis at the centre: east = z × c, north = c × east
        double ex = -cy;
        double ey = cx;
        double en = Math.hypot(ex, ey);
        ex /= en;
        ey /= en;
        double nx = -cz * ey;
        double ny = cz * ex;
        double nz = cx * ey - cy * ex;
        for (int i = 0; i < n; i++) {
            double x = unit[3 * i];
            double y = unit[3 * i + 1];
            double z = unit[3 * i + 2];
            double d = x * cx + y * cy + z * cz;
            if (d < 0.5) {
                return null;
            }
            gx[i] = (x * ex + y * ey) / d;
            gy[i] = (x * nx + y * ny + z * nz) / d;
        }
        int[] dq = new int[2 * n + 3];
        int bot = n;
        int top = n + 3;
        if (left(gx, gy, 0, 1, 2)) {
            dq[bot] = 2;
            dq[bot + 1] = 0;
            dq[bot + 2] = 1;
        } else {
            dq[bot] = 2;
            dq[bot + 1] = 1;
            dq[bot + 2] = 0;
        }
        dq[bot + 3] = 2;
        top = bot + 3;
        for (int i = 3; i < n; i++) {
            if (left(gx, gy, dq[top - 1], dq[top], i) && left(gx, gy, dq[bot], dq[bot + 1], i)) {
                continue;
            }
            while (top - bot > 1 && !left(gx, gy, dq[top - 1], dq[top], i)) {
                top--;
            }
            dq[++top] = i;
            while (top - bot > 1 && !left(gx, gy, i, dq[bot], dq[bot + 1])) {
                bot++;
            }
            dq[--bot] = i;
        }
        int m = top - bot;
        if (m < 3) {
            return null;
        }
        int start = bot;
        for (int k = bot; k < top; k++) {
            if (dq[k] < dq[start]) {
                start = k;
            }
        }
        int[] h = new int[m];
        for (int k = 0; k < m; k++) {
            h[k] = dq[bot + Math.floorMod(start - bot + k, m)];
            if (k > 0 && h[k] <= h[k - 1]) {
                return null;
            }
        }
        return h;
    }

    private static boolean left(double[] x, double[] y, int a, int b, int c) {
        return (x[b] - x[a]) * (y[c] - y[a]) - (y[b] - y[a]) * (x[c] - x[a]) > 0;
    }
}
