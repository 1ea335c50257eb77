package org.standoff.analysis;

import java.util.Arrays;
import org.standoff.geo.distance.PreparedGeodesicGeometry;

/**
 * A static, packed bounding-volume tree over every element (edge or lone point) of a layer's
 * prepared features, in earth-centred (ECEF) coordinates, held in flat primitive arrays.
 *
 * <p><b>Layout.</b> Elements are sorted along a Hilbert curve of their box centres' longitude
 * and latitude, then packed {@value #FANOUT} to a node (8 made fewer heap pushes per query than 16 or 32), level by level, up to one root. Entry e
 * of the tree is an element for e &lt; {@link #size()}, else a node; entries of a level are
 * contiguous, and the children of a node are a contiguous run of the level below. Each entry
 * has an axis-aligned ECEF box: an element's contains its whole geodesic edge
 * ({@link PreparedGeodesicGeometry#elementBox}), a node's contains its children's. Earth-centred
 * boxes have no seam at the antimeridian and no singularity at the poles.
 *
 * <p><b>Lower bound.</b> The straight-line distance from a point to a box is at most the chord
 * to any point in it, and a chord is never longer than the geodesic; so
 * {@link #boxDistance} never exceeds the geodesic distance to anything an entry holds.
 *
 * <p><b>Far nodes.</b> Each node also keeps a reference vertex (a point of one of its features)
 * and its reach, an upper bound on the geodesic distance from that vertex to anything the node
 * holds; by the triangle inequality the exact distance to the vertex, less the reach, bounds the
 * distance to the node from below, and the distance to the vertex bounds the answer from above.
 * Far away, where chord bounds are loose by kilometres, that prunes a node with one exact
 * distance instead of one per element.
 *
 * <p><b>Memory.</b> 56 bytes per element and about 10 per element for the nodes: 25 MB for the
 * 360,000 edges of 800 installation outlines.
 *
 * <p><b>Thread safety.</b> Immutable after construction; any number of threads may read it.
 */
final class ElementTree {

    static final int FANOUT = 8;
    private static final int HILBERT_BITS = 16;

    private final int size;
    /** Six doubles per entry: min x, y, z, max x, y, z (metres); elements first, then each level. */
    private final double[] boxes;
    /** The first entry of each level; the last level holds only the root. */
    private final int[] levelStart;

    private final int[] feature;
    private final int[] element;
    /** Per node (entry − size): a vertex of its first element, lon and lat, and how far at most anything in it lies from that vertex. */
    private final double[] nodeReference;

    private final double[] nodeReach;

    ElementTree(PreparedGeodesicGeometry[] prepared) {
        // each feature's elements start at first[f]: the boxes and keys are filled feature by feature in parallel
        int[] first = new int[prepared.length + 1];
        for (int f = 0; f < prepared.length; f++) {
            first[f + 1] = first[f] + prepared[f].elementCount();
        }
        int n = first[prepared.length];
        size = n;
        double[] raw = new double[6 * n];
        long[] order = new long[n];
        int[] rawFeature = new int[n];
        int[] rawElement = new int[n];
        parallel(prepared.length, n, f -> {
            for (int k = 0, e = first[f]; k < prepared[f].elementCount(); k++, e++) {
                prepared[f].elementBox(k, raw, 6 * e);
                rawFeature[e] = f;
                rawElement[e] = k;
                order[e] = hilbertKey(raw, 6 * e) << 32 | e;
            }
        });
        if (n >= PARALLEL_ELEMENTS) {
            Arrays.parallelSort(order);
        } else {
            Arrays.sort(order);
        }
        int entries = n;
        int levels = 1;
        for (int count = n; count > 1; count = (count + FANOUT - 1) / FANOUT) {
            entries += (count + FANOUT - 1) / FANOUT;
            levels++;
        }
        boxes = new double[6 * entries];
        feature = new int[n];
        element = new int[n];
        parallel(n, n, i -> {
            int from = (int) order[i];
            System.arraycopy(raw, 6 * from, boxes, 6 * i, 6);
            feature[i] = rawFeature[from];
            element[i] = rawElement[from];
        });
        levelStart = new int[n == 0 ? 1 : levels];
        nodeReference = new double[2 * (entries - n)];
        nodeReach = new double[entries - n];
        int start = 0;
        int count = n;
        for (int l = 1; l < levelStart.length; l++) {
            int parents = (count + FANOUT - 1) / FANOUT;
            levelStart[l] = start + count;
            int levelFirst = levelStart[l];
            int childStart = start;
            int childCount = count;
            // the nodes of one level depend only on the level below: built in parallel, each in its own slots
            parallel(parents, childCount, p -> {
                int from = childStart + p * FANOUT;
                int to = Math.min(childStart + childCount, childStart + (p + 1) * FANOUT);
                unite(levelFirst + p, from, to);
                reach(prepared, levelFirst + p, from, to);
            });
            start += count;
            count = parents;
        }
    }

    /**
     * Below this many elements the tree is built on the calling thread; above, on the fork/join
     * pool it runs in (the common pool otherwise). Every step writes only its own slots, so the
     * tree is the same however it is split.
     */
    static final int PARALLEL_ELEMENTS = 20_000;

    /** Runs {@code body} for 0 ≤ i &lt; n, in parallel when the tree has {@link #PARALLEL_ELEMENTS} or more elements. */
    private static void parallel(int n, int elements, java.util.function.IntConsumer body) {
        if (elements >= PARALLEL_ELEMENTS) {
            java.util.stream.IntStream.range(0, n).parallel().forEach(body);
        } else {
            for (int i = 0; i < n; i++) {
                body.accept(i);
            }
        }
    }

    /** A node's reference vertex: its first child's (first vertex, for an element), and an upper bound on its reach. */
    private void reach(PreparedGeodesicGeometry[] prepared, int node, int from, int to) {
        int o = node - size;
        double lon;
        double lat;
        if (from < size) {
            lon = prepared[feature[from]].elementLon(element[from]);
            lat = prepared[feature[from]].elementLat(element[from]);
        } else {
            lon = nodeReference[2 * (from - size)];
            lat = nodeReference[2 * (from - size) + 1];
        }
        double reach = 0;
        for (int c = from; c < to; c++) {
            reach = Math.max(
                    reach,
                    c < size
                            ? prepared[feature[c]].reachFrom(lon, lat, element[c])
                            : PreparedGeodesicGeometry.distanceUpperBound(
                                            lon, lat, nodeReference[2 * (c - size)], nodeReference[2 * (c - size) + 1])
                                    + nodeReach[c - size]);
        }
        nodeReference[2 * o] = lon;
        nodeReference[2 * o + 1] = lat;
        nodeReach[o] = reach;
    }

    /** The number of elements. */
    int size() {
        return size;
    }

    /** The root entry; -1 for an empty tree. */
    int root() {
        return size == 0 ? -1 : levelStart[levelStart.length - 1];
    }

    /** The feature (position in the indexed list) of element entry e. */
    int feature(int e) {
        return feature[e];
    }

    /** The element within its feature of element entry e. */
    int element(int e) {
        return element[e];
    }

    /** The first child of node entry e; its children run to {@link #childEnd}. */
    int firstChild(int e) {
        int l = level(e);
        return levelStart[l - 1] + (e - levelStart[l]) * FANOUT;
    }

    /** One past the last child of node entry e. */
    int childEnd(int e) {
        int l = level(e);
        return Math.min(levelStart[l], levelStart[l - 1] + (e - levelStart[l] + 1) * FANOUT);
    }

    /** The straight-line distance in metres from ECEF point (x, y, z) to entry e's box; 0 inside it. */
    double boxDistance(int e, double x, double y, double z) {
        int o = 6 * e;
        double dx = Math.max(0, Math.max(boxes[o] - x, x - boxes[o + 3]));
        double dy = Math.max(0, Math.max(boxes[o + 1] - y, y - boxes[o + 4]));
        double dz = Math.max(0, Math.max(boxes[o + 2] - z, z - boxes[o + 5]));
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** The longitude of node entry e's reference vertex (a point of one of its features). */
    double referenceLon(int e) {
        return nodeReference[2 * (e - size)];
    }

    /** The latitude of node entry e's reference vertex. */
    double referenceLat(int e) {
        return nodeReference[2 * (e - size) + 1];
    }

    /** An upper bound in metres on the geodesic distance from node entry e's reference vertex to anything it holds. */
    double reach(int e) {
        return nodeReach[e - size];
    }

    /** Every entry's box, six values from 6·e (min x, y, z, max x, y, z in metres); read only. */
    double[] boxes() {
        return boxes;
    }

    /** The least earth-centred z of entry e's box. */
    double zLow(int e) {
        return boxes[6 * e + 2];
    }

    /** The greatest earth-centred z of entry e's box. */
    double zHigh(int e) {
        return boxes[6 * e + 5];
    }

    private int level(int e) {
        int l = levelStart.length - 1;
        while (levelStart[l] > e) {
            l--;
        }
        return l;
    }

    private void unite(int parent, int from, int to) {
        int o = 6 * parent;
        for (int a = 0; a < 3; a++) {
            boxes[o + a] = Double.POSITIVE_INFINITY;
            boxes[o + 3 + a] = Double.NEGATIVE_INFINITY;
        }
        for (int c = from; c < to; c++) {
            for (int a = 0; a < 3; a++) {
                boxes[o + a] = Math.min(boxes[o + a], boxes[6 * c + a]);
                boxes[o + 3 + a] = Math.max(boxes[o + 3 + a], boxes[6 * c + 3 + a]);
            }
        }
    }

    /** Position along a Hilbert curve of the box centre's longitude and (geocentric) latitude. */
    private static long hilbertKey(double[] b, int o) {
        double x = (b[o] + b[o + 3]) / 2;
        double y = (b[o + 1] + b[o + 4]) / 2;
        double z = (b[o + 2] + b[o + 5]) / 2;
        double lon = Math.atan2(y, x);
        double lat = Math.atan2(z, Math.hypot(x, y));
        int side = 1 << HILBERT_BITS;
        int hx = (int) Math.min(side - 1, Math.max(0, (lon + Math.PI) / (2 * Math.PI) * side));
        int hy = (int) Math.min(side - 1, Math.max(0, (lat + Math.PI / 2) / Math.PI * side));
        long d = 0;
        for (int s = side / 2; s > 0; s /= 2) {
            int rx = (hx & s) > 0 ? 1 : 0;
            int ry = (hy & s) > 0 ? 1 : 0;
            d += (long) s * s * ((3 * rx) ^ ry);
            if (ry == 0) {
                if (rx == 1) {
                    hx = side - 1 - hx;
                    hy = side - 1 - hy;
                }
                int t = hx;
                hx = hy;
                hy = t;
            }
        }
        return d;
    }
}
