package org.standoff.analysis;

import java.util.function.IntConsumer;
import org.standoff.geo.distance.ElementQuery;
import org.standoff.geo.distance.PreparedGeodesicGeometry;

/**
 * One thread's best-first (branch-and-bound) search for the feature nearest to a point over a
 * {@link FeatureIndex}'s {@link ElementTree}, with the scratch it reuses from query to query.
 *
 * <p><b>Algorithm.</b> First the features whose area may hold the point ({@link AreaGrid}) are
 * tested exactly; one that holds it is at distance 0. Then tree entries are taken from a binary
 * min-heap keyed by a lower bound on their geodesic distance: a node's chord distance to its box,
 * an element's chord distance to its edge less the edge's deviation
 * ({@link ElementQuery#lowerBound}), each raised for far points by
 * {@link ElementQuery#geodesicBound}. A node taken from the heap puts those of its children whose
 * bound does not exceed the best exact distance so far on the heap; an element taken from it is
 * measured exactly. The search ends when the least bound on the heap exceeds the best distance,
 * which then is the least over every element of every feature: the brute-force answer. Ties go
 * to the feature earliest in the list, since entries whose bound equals the best are still
 * taken. Bounds are compared with a margin of {@value #MARGIN_M} m so that rounding in the
 * earth-centred coordinates or in the geodesic solver cannot prune the winner. Far away
 * (a bound beyond {@value #FAR_M} m), where the bounds' slack grows to kilometres, a node is
 * first tested with the exact distance to its reference vertex less its reach (see
 * {@link ElementTree}), and an edge beyond {@value #FAR_EDGE_M} m by the exact distances to its
 * vertices ({@link ElementQuery#edgeMayBeCloser}); those distances also bound the answer from
 * above. The reference distance, with the direction of its geodesic, also bounds each child
 * of the node to within how far the child's box sticks out along that direction
 * ({@link ElementQuery#firstOrderBound}): without it, every child within the far bounds' slack
 * of the answer (kilometres) cost an exact distance of its own.
 *
 * <p><b>Cost.</b> Independent of how far the nearest feature is: the search visits the nodes
 * and elements whose bound is below the answer, about a root-to-leaf path and the few elements
 * within the bound's slack (1 m at 100 km) of the nearest distance. No allocation: the heap is
 * two primitive arrays that grow, rarely, and are kept.
 *
 * <p>Not thread-safe; {@link #get()} gives each thread its own.
 */
final class NearestSearch implements IntConsumer {

    /** Added to the best distance before pruning against a lower bound. */
    static final double MARGIN_M = 1e-3;
    /** Nodes whose bound is beyond this are first tested by their reference vertex. */
    private static final double FAR_M = 500_000;
    /** Edges whose bound is beyond this are first tested by their vertices ({@link ElementQuery#edgeMayBeCloser}). */
    private static final double FAR_EDGE_M = 200_000;

    private static final ThreadLocal<NearestSearch> PER_THREAD = ThreadLocal.withInitial(NearestSearch::new);

    private final ElementQuery query = new ElementQuery();
    private double[] heapKey = new double[64];
    private int[] heapEntry = new int[64];
    private int heapSize;
    private PreparedGeodesicGeometry[] prepared;
    private double queryLat;
    /** An upper bound on the answer from the reference vertices of far nodes. */
    private double upper;

    /** Work counters since this thread's first search, for benchmarks: heap pushes, exact element distances, exact reference distances. */
    long pushes;

    long measures;
    long references;

    /** The best distance found, in metres, its feature (-1 for none) and foot. */
    double distance;

    int feature;
    double footLon;
    double footLat;

    static NearestSearch get() {
        return PER_THREAD.get();
    }

    /** Finds the nearest feature of an index to (lon, lat) into this object's fields. */
    void run(PreparedGeodesicGeometry[] features, ElementTree tree, AreaGrid areas, double lon, double lat) {
        query.moveTo(lon, lat);
        queryLat = lat;
        prepared = features;
        distance = Double.POSITIVE_INFINITY;
        feature = -1;
        areas.forEachCandidate(query.lon(), lat, this);
        int root = tree.root();
        heapSize = 0;
        if (root >= 0) {
            push(root, bound(tree, root));
        }
        upper = Double.POSITIVE_INFINITY;
        while (heapSize > 0 && heapKey[0] <= limit()) {
            double key = heapKey[0];
            int e = pop();
            if (e < tree.size()) {
                measure(tree, e, key);
                continue;
            }
            boolean far = key >= FAR_M;
            if (far && !nearEnough(tree, e)) {
                continue;
            }
            for (int c = tree.firstChild(e), end = tree.childEnd(e); c < end; c++) {
                double b = bound(tree, c);
                if (far) {
                    // the far node's reference distance, taken just above, bounds each child to within its box's size
                    b = Math.max(b, query.firstOrderBound(tree.boxes(), 6 * c));
                }
                if (b <= limit()) {
                    push(c, b);
                }
            }
        }
        prepared = null;
    }

    /** Tests one feature whose area may hold the point (called by the {@link AreaGrid}). */
    @Override
    public void accept(int f) {
        if ((distance > 0 || f < feature) && query.inside(prepared[f])) {
            distance = 0;
            feature = f;
            footLon = query.lon();
            footLat = queryLat;
        }
    }

    /** Entries whose lower bound exceeds this cannot hold the answer. */
    private double limit() {
        return Math.min(distance, upper) + MARGIN_M;
    }

    /**
     * For a far node: whether it may still hold the answer, by the exact distance to its
     * reference vertex less its reach; that distance also bounds the answer from above.
     */
    private boolean nearEnough(ElementTree tree, int e) {
        references++;
        double d = query.referenceDistance(tree.referenceLon(e), tree.referenceLat(e), tree.reach(e));
        upper = Math.min(upper, d);
        return d - tree.reach(e) <= limit();
    }

    /** A lower bound on the geodesic distance to anything entry e holds. */
    private double bound(ElementTree tree, int e) {
        return query.geodesicBound(tree.boxDistance(e, query.x(), query.y(), query.z()), tree.zLow(e), tree.zHigh(e));
    }

    /** Measures element entry e exactly unless its own lower bound, or {@code key}, the one it was pushed with, rules it out. */
    private void measure(ElementTree tree, int e, double key) {
        int f = tree.feature(e);
        int k = tree.element(e);
        double lower =
                Math.max(key, query.geodesicBound(query.lowerBound(prepared[f], k), tree.zLow(e), tree.zHigh(e)));
        if ((distance == 0 && f > feature) || lower > limit()) {
            return;
        }
        if (lower >= FAR_EDGE_M && !prepared[f].isLonePoint(k)) {
            boolean may = query.edgeMayBeCloser(prepared[f], k, lower, limit());
            upper = Math.min(upper, query.vertexDistance());
            if (!may) {
                return;
            }
        }
        measures++;
        double d = query.distance(prepared[f], k, Math.nextUp(distance));
        if (d < distance || (d == distance && f < feature)) {
            distance = d;
            feature = f;
            footLon = query.footLon();
            footLat = query.footLat();
        }
    }

    private void push(int entry, double key) {
        pushes++;
        if (heapSize == heapKey.length) {
            heapKey = java.util.Arrays.copyOf(heapKey, 2 * heapSize);
            heapEntry = java.util.Arrays.copyOf(heapEntry, 2 * heapSize);
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heapKey[parent] <= key) {
                break;
            }
            heapKey[i] = heapKey[parent];
            heapEntry[i] = heapEntry[parent];
            i = parent;
        }
        heapKey[i] = key;
        heapEntry[i] = entry;
    }

    private int pop() {
        int top = heapEntry[0];
        int n = --heapSize;
        double key = heapKey[n];
        int entry = heapEntry[n];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && heapKey[child + 1] < heapKey[child]) {
                child++;
            }
            if (heapKey[child] >= key) {
                break;
            }
            heapKey[i] = heapKey[child];
            heapEntry[i] = heapEntry[child];
            i = child;
        }
        heapKey[i] = key;
        heapEntry[i] = entry;
        return top;
    }
}
