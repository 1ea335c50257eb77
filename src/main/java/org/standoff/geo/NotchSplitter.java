package org.standoff.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Cuts a simple polygon in two along a segment from one of its vertices into its interior, so
 * that a notch too deep for {@link HullSectionBuffer} becomes two shallower pieces whose buffers
 * union to the polygon's buffer (the buffer of a union is the union of the buffers).
 *
 * <p><b>Algorithm.</b> From the vertex, a ray along the bisector of the interior angle (in a
 * local frame with longitude scaled by the cosine of the latitude, so angles are true) runs to
 * the first edge it meets; the hit point becomes a vertex of both pieces. Shooting from a reflex
 * vertex, as at the bottom of a notch, removes that reflex angle from both pieces, so repeated
 * cuts make progress. The cut is a straight segment in longitude/latitude, like the polygon's
 * edges as JTS reads them; it lies inside the polygon, so its exact shape does not change the
 * buffer.
 *
 * <p>Stateless and thread-safe.
 */
final class NotchSplitter {

    private NotchSplitter() {
    }

    /**
     * The two closed rings of the cut of a closed counter-clockwise ring at vertex {@code v}
     * ({@code 0 <= v < ring.length - 1}), or null when no cut is found.
     */
    static Coordinate[][] split(Coordinate[] ring, int v) {
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
        Coordinate q0 = ring[hitEdge];
        Coordinate q1 = ring[hitEdge + 1];
        Coordinate hit = new Coordinate(q0.x + hitU * (q1.x - q0.x), q0.y + hitU * (q1.y - q0.y));
        // piece one: v, v+1, ..., hitEdge, hit, v; piece two: hit, hitEdge+1, ..., v, hit
        List<Coordinate> one = new ArrayList<>();
        for (int i = v; ; i = (i + 1) % n) {
            one.add(ring[i]);
            if (i == hitEdge) {
                break;
            }
        }
        addUnlessEqual(one, hit);
        one.add(ring[v]);
        List<Coordinate> two = new ArrayList<>();
        two.add(hit);
        for (int i = (hitEdge + 1) % n; ; i = (i + 1) % n) {
            addUnlessEqual(two, ring[i]);
            if (i == v) {
                break;
            }
        }
        two.add(hit);
        if (one.size() < 4 || two.size() < 4) {
            return null;
        }
        return new Coordinate[][] {one.toArray(Coordinate[]::new), two.toArray(Coordinate[]::new)};
    }

    private static void addUnlessEqual(List<Coordinate> list, Coordinate c) {
        if (!list.get(list.size() - 1).equals2D(c)) {
            list.add(c);
        }
    }
}
