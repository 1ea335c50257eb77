package org.standoff.geo.buffer;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.standoff.geo.Geodesic;
import org.standoff.geo.Wgs84;

/**
 * Cuts a simple polygon in two along a segment from one of its vertices into its interior, so
 * that a notch too deep for {@link HullSectionBuffer} becomes two shallower pieces whose buffers
 * union to the polygon's buffer (the buffer of a union is the union of the buffers).
 *
 * <p><b>Algorithm.</b> From the vertex, a ray along the bisector of the interior angle (in a
 * local frame with longitude scaled by the cosine of the latitude, so angles are true) runs to
 * the first edge it meets; the point where it meets that edge, moved onto the edge's geodesic,
 * becomes a vertex of both pieces. Shooting from a reflex
 * vertex, as at the bottom of a notch, removes that reflex angle from both pieces, so repeated
 * cuts make progress. The cut itself lies inside the polygon, so its exact shape does not change
 * the buffer; a cut that would leave a piece that is not simple is refused.
 *
 * <p>Stateless and thread-safe.
 */
final class NotchSplitter {

    private NotchSplitter() {}

    /**
     * The two pieces of a cut: closed rings, and for each of their vertices its index in the
     * ring that was cut, or -1 for the new vertex where the cut meets an edge.
     */
    record Pieces(Coordinate[][] rings, int[][] ringIndex) {}

    /**
     * The two closed rings of the cut of a closed counter-clockwise ring at vertex {@code v}
     * ({@code 0 <= v < ring.length - 1}), or null when no cut is found.
     */
    static Pieces split(Coordinate[] ring, int v) {
        int n = ring.length - 1;
        Coordinate p = ring[v];
        Coordinate prev = ring[(v + n - 1) % n];
        Coordinate next = ring[(v + 1) % n];
        double k = Math.cos(Math.toRadians(p.y));
        double a1 = Math.atan2(next.y - p.y, (next.x - p.x) * k);
        double a0 = Math.atan2(prev.y - p.y, (prev.x - p.x) * k);
        // the interior of a counter-clockwise ring lies counter-clockwise from "next" to "previous"
        double sweep = a0 - a1;
        while (sweep <= 0) {
            sweep += 2 * Math.PI;
        }
        double bisector = a1 + sweep / 2;
        double dx = Math.cos(bisector) / k;
        double dy = Math.sin(bisector);
        double best = Double.POSITIVE_INFINITY;
        int hitEdge = -1;
        double hitU = 0;
        for (int e = 0; e < n; e++) {
            if (e == v || (e + 1) % n == v) {
                continue;
            }
            Coordinate q0 = ring[e];
            Coordinate q1 = ring[e + 1];
            double ex = q1.x - q0.x;
            double ey = q1.y - q0.y;
            double den = dx * ey - dy * ex;
            if (den == 0) {
                continue;
            }
            double wx = q0.x - p.x;
            double wy = q0.y - p.y;
            double s = (wx * ey - wy * ex) / den;
            double u = (wx * dy - wy * dx) / den;
            if (s > 0 && u >= 0 && u <= 1 && s < best) {
                best = s;
                hitEdge = e;
                hitU = u;
            }
        }
        if (hitEdge < 0) {
            return null;
        }
        Coordinate hit = onGeodesic(ring[hitEdge], ring[hitEdge + 1], hitU);
        if (!clear(ring, v, hitEdge, hit)) {
            return null;
        }
        // piece one: v, v+1, ..., hitEdge, hit, v; piece two: hit, hitEdge+1, ..., v, hit
        List<Integer> one = new ArrayList<>();
        for (int i = v; ; i = (i + 1) % n) {
            one.add(i);
            if (i == hitEdge) {
                break;
            }
        }
        if (!ring[hitEdge].equals2D(hit)) {
            one.add(-1);
        }
        one.add(v);
        List<Integer> two = new ArrayList<>();
        two.add(-1);
        for (int i = (hitEdge + 1) % n; ; i = (i + 1) % n) {
            if (two.size() > 1 || !ring[i].equals2D(hit)) {
                two.add(i);
            }
            if (i == v) {
                break;
            }
        }
        two.add(-1);
        if (one.size() < 4 || two.size() < 4) {
            return null;
        }
        int[][] index = {
            one.stream().mapToInt(Integer::intValue).toArray(),
            two.stream().mapToInt(Integer::intValue).toArray()
        };
        Coordinate[][] rings = new Coordinate[2][];
        for (int piece = 0; piece < 2; piece++) {
            rings[piece] = new Coordinate[index[piece].length];
            for (int i = 0; i < index[piece].length; i++) {
                rings[piece][i] = index[piece][i] < 0 ? hit : ring[index[piece][i]];
            }
        }
        return new Pieces(rings, index);
    }

    /**
     * Whether the pieces are simple polygons: the cut from vertex v to the hit point, and the two
     * halves of the hit edge (the hit point was moved onto the geodesic, so they bend slightly),
     * meet no edge of the ring but where they must. The rest of each piece is the ring's own,
     * already simple, boundary.
     */
    private static boolean clear(Coordinate[] ring, int v, int hitEdge, Coordinate hit) {
        int n = ring.length - 1;
        Coordinate q0 = ring[hitEdge];
        Coordinate q1 = ring[hitEdge + 1];
        // only edges that reach the box of the three new segments can meet them
        Envelope box = new Envelope(ring[v], hit);
        box.expandToInclude(q0);
        box.expandToInclude(q1);
        for (int e = 0; e < n; e++) {
            Coordinate a = ring[e];
            Coordinate b = ring[e + 1];
            if (Math.max(a.x, b.x) < box.getMinX()
                    || Math.min(a.x, b.x) > box.getMaxX()
                    || Math.max(a.y, b.y) < box.getMinY()
                    || Math.min(a.y, b.y) > box.getMaxY()) {
                continue;
            }
            boolean atV = e == v || (e + 1) % n == v;
            if (e != hitEdge && !atV && meets(ring[v], hit, a, b)) {
                return false;
            }
            boolean besideHit = e == hitEdge || (e + 1) % n == hitEdge || e == (hitEdge + 1) % n;
            if (!besideHit && (meets(q0, hit, a, b) || meets(hit, q1, a, b))) {
                return false;
            }
        }
        return true;
    }

    /** Whether segments ab and cd share a point (touching counts). */
    private static boolean meets(Coordinate a, Coordinate b, Coordinate c, Coordinate d) {
        int o1 = Orientation.index(a, b, c);
        int o2 = Orientation.index(a, b, d);
        int o3 = Orientation.index(c, d, a);
        int o4 = Orientation.index(c, d, b);
        if (o1 == 0 && o2 == 0) {
            return new Envelope(a, b).intersects(new Envelope(c, d));
        }
        return o1 * o2 <= 0 && o3 * o4 <= 0;
    }

    /**
     * The point at fraction u of the geodesic edge from q0 to q1: the edges of the pieces must
     * be the polygon's own geodesic edges, since a point on the straight lon/lat chord instead
     * would lie up to L²·tan φ/(8R) outside the polygon (metres on a 10 km edge at 70°N).
     */
    private static Coordinate onGeodesic(Coordinate q0, Coordinate q1, double u) {
        if (u <= 0) {
            return new Coordinate(q0);
        }
        if (u >= 1) {
            return new Coordinate(q1);
        }
        double[] inv = new double[3];
        double[] dir = new double[3];
        Geodesic.inverse(q0.x, q0.y, q1.x, q1.y, inv);
        Geodesic.direct(q0.x, q0.y, inv[1], u * inv[0], dir);
        // keep the longitude continuous with the edge (the ring may be unwrapped past ±180)
        return new Coordinate(q0.x + Wgs84.wrap180(dir[0] - q0.x), dir[1]);
    }
}
