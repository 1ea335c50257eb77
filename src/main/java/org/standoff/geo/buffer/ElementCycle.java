package org.standoff.geo.buffer;

import java.util.Arrays;

/**
 * The envelope of a polygon's buffer as {@link HullSectionBuffer} finds it, hull section after
 * hull section: a cycle of elements, each a ring vertex or a sample point on a ring edge, whose
 * circle of radius r is part of the outline between the corner it is entered at and the one it
 * is left at. Consecutive elements on one edge stand for the offset of that edge between them.
 *
 * <p>Plain arrays, read directly by {@link OutlineWriter}. Not thread-safe; one per outline.
 */
final class ElementCycle {

    /** The ring's vertex count, without the closing repeat. */
    private final int n;

    int count;
    /** The ring vertex of each element, or -1 for a sample on an edge. */
    int[] vertex = new int[256];
    /** A sample's edge (its first vertex), or -1 for a vertex. */
    int[] edge = new int[256];
    /** A sample's fraction along its edge. */
    double[] t = new double[256];
    /** The element's unit vector on the conformal sphere, 3 per element. */
    double[] unit = new double[3 * 256];
    /** The corner with the previous element (unused when the two are on one edge), 3 per element. */
    double[] entry = new double[3 * 256];
    /** For hull vertices: the outward normals of the hull edges before and after, 6 per element. */
    double[] wedge = new double[6 * 256];
    /** Whether the element is a vertex of the convex hull. */
    boolean[] hull = new boolean[256];

    ElementCycle(int n) {
        this.n = n;
    }

    /** Appends an element and returns its index; its unit vector is copied from {@code u[uOff..uOff+2]}. */
    int add(int vertexIndex, int edgeIndex, double fraction, double[] u, int uOff, boolean hullVertex) {
        if (count == vertex.length) {
            int cap = count * 2;
            vertex = Arrays.copyOf(vertex, cap);
            edge = Arrays.copyOf(edge, cap);
            t = Arrays.copyOf(t, cap);
            unit = Arrays.copyOf(unit, 3 * cap);
            entry = Arrays.copyOf(entry, 3 * cap);
            wedge = Arrays.copyOf(wedge, 6 * cap);
            hull = Arrays.copyOf(hull, cap);
        }
        int id = count++;
        vertex[id] = vertexIndex;
        edge[id] = edgeIndex;
        t[id] = fraction;
        System.arraycopy(u, uOff, unit, 3 * id, 3);
        hull[id] = edgeIndex < 0 && hullVertex;
        return id;
    }

    /** The edge two consecutive elements share, with the second further along it, or -1. */
    int sameEdge(int p, int c) {
        int vp = vertex[p];
        int vc = vertex[c];
        if (vp >= 0 && vc >= 0) {
            return (vp + 1) % n == vc ? vp : -1;
        }
        if (vp >= 0) {
            return edge[c] == vp ? vp : -1;
        }
        if (vc >= 0) {
            return (edge[p] + 1) % n == vc ? edge[p] : -1;
        }
        return edge[p] == edge[c] && t[c] > t[p] ? edge[p] : -1;
    }

    /** The fraction along edge e of element el, which lies on it. */
    double tOn(int el, int e) {
        if (vertex[el] < 0) {
            return t[el];
        }
        return vertex[el] == e ? 0 : 1;
    }

    /**
     * The other end of the run of elements along edge e that starts (step 1) or ends (step −1)
     * at element i: the next element, in that direction, that is not a sample inside the run.
     */
    int runEnd(int i, int e, int step) {
        int end = (i + step + count) % count;
        while (vertex[end] < 0
                && sameEdge(end, (end + 1) % count) == e
                && sameEdge((end + count - 1) % count, end) == e
                && end != i) {
            end = (end + step + count) % count;
        }
        return end;
    }
}
