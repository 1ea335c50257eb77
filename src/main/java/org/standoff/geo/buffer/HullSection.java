package org.standoff.geo.buffer;

import java.util.Arrays;

/**
 * The buffer outline over one edge of a polygon's convex hull, as {@link HullSectionBuffer} needs
 * it: the upper envelope of the equal discs (angular radius delta on the unit sphere) about the
 * points of the polygon's chain between the edge's two hull vertices, A first and B last.
 *
 * <p><b>Algorithm.</b> Chain vertices and samples of chain edges every {@code sampleAngle} are
 * placed along the edge (the tangent of their angle from A) and across it (the sine of their
 * angular distance from its great circle, outward positive, so every chain point is at or below
 * zero). Points provably below the envelope of A's and B's discs are dropped. Equal discs sorted
 * along the edge appear on their upper envelope in that order, each at most once, so a stack
 * gives the envelope in linear time after sorting, as the upper-hull algorithm does: a new disc
 * pops the top while it overtakes the top before the top's own start. The meeting point of two
 * neighbouring circles is solved in closed form on the sphere.
 *
 * <p><b>Preconditions.</b> The caller first asks {@link #deepNotch} of every hull edge: a chain
 * vertex more than {@value #MAX_DEPTH}·r below its edge breaks the envelope argument, and the
 * caller cuts the polygon there instead. {@link #envelope} then checks the rest (returning
 * false): no chain vertex above the edge, consecutive envelope circles meet, and every meeting
 * point lies on the outer halves of both circles.
 *
 * <p>Not thread-safe: each thread has its own ({@link #forPolygon}), reused from edge to edge
 * and from polygon to polygon.
 */
final class HullSection {

    /** Fraction of r a notch may be deep before the envelope argument is not trusted. */
    static final double MAX_DEPTH = 0.95;

    private static final long ONE_BITS = Double.doubleToLongBits(1.0);
    private static final long INDEX_MASK = (1L << 21) - 1;

    /** One per thread, its arrays reused (and grown) from polygon to polygon. */
    private static final ThreadLocal<HullSection> SCRATCH = ThreadLocal.withInitial(HullSection::new);

    private double[] vertexUnit;
    private int n;
    private double delta;
    private double cosDelta;
    private double sampleAngle;

    private HullSection() {
        int cap = 256;
        vertex = new int[cap];
        edge = new int[cap];
        t = new double[cap];
        x = new double[cap];
        y = new double[cap];
        unit = new double[3 * cap];
        order = new long[cap];
        stack = new int[cap];
        breakX = new double[cap];
        junction = new double[3 * cap];
    }

    /**
     * This thread's section, set up for one polygon; valid until the thread asks again.
     *
     * @param vertexUnit the ring's vertices as unit vectors, 3 per vertex
     * @param n the ring's vertex count (without the closing repeat)
     * @param delta the buffer radius as an angle on the unit sphere
     * @param sampleAngle the spacing of samples along chain edges
     */
    static HullSection forPolygon(double[] vertexUnit, int n, double delta, double sampleAngle) {
        HullSection s = SCRATCH.get();
        s.vertexUnit = vertexUnit;
        s.n = n;
        s.delta = delta;
        s.cosDelta = Math.cos(delta);
        s.keepChord = 2 * Math.sin(delta * (1 + 1e-3) / 2);
        s.sampleAngle = sampleAngle;
        return s;
    }

    int size;
    int[] vertex;
    int[] edge;
    double[] t;
    double[] x;
    double[] y;
    double[] unit;
    long[] order;
    int stackSize;
    int[] stack;
    double[] breakX;
    double[] junction;
    final double[] outward = new double[3];
    private final double[] tangent = new double[3];
    private final double[] pa = new double[3];
    private final double[] q = new double[3];
    private double length;
    /** tan(length): along-track positions are compared as tangents, which order like the angles. */
    private double tanLength;

    private double prune;
    /** Whether A's and B's circles meet, at {@link #meet}. */
    private boolean hasJunction;

    private final double[] meet = new double[3];
    /** The chord of an angle a little over delta: farther from the meeting point, a disc cannot show. */
    private double keepChord;

    private boolean overflow;

    /**
     * The deepest vertex of the chain from ring index a to b when it lies more than
     * {@value #MAX_DEPTH}·r below the hull edge, else -1: the cheap check, one dot product a
     * vertex, that lets a caller cut the polygon before sampling any section.
     */
    int deepNotch(int a, int b) {
        double[] u = vertexUnit;
        int ia = a % n;
        int ib = b % n;
        cross(u[3 * ib], u[3 * ib + 1], u[3 * ib + 2], u[3 * ia], u[3 * ia + 1], u[3 * ia + 2], outward);
        if (normalize(outward) == 0) {
            return -1;
        }
        double deepest = -Math.sin(MAX_DEPTH * delta);
        for (int v = a + 1; v < b; v++) {
            if (crossTrack(u, 3 * (v % n)) < deepest) {
                return deepestOfChain(a, b, u);
            }
        }
        return -1;
    }

    /** Computes the envelope over the hull edge from ring index a to b (b may exceed n); false to give up. */
    boolean envelope(int a, int b) {
        size = 0;
        overflow = false;
        int ia = a % n;
        int ib = b % n;
        System.arraycopy(vertexUnit, 3 * ia, pa, 0, 3);
        double[] u = vertexUnit;
        double bx = u[3 * ib];
        double by = u[3 * ib + 1];
        double bz = u[3 * ib + 2];
        // outward normal of the edge = B × A (the interior of a counter-clockwise ring is on the left)
        cross(bx, by, bz, pa[0], pa[1], pa[2], outward);
        double s = normalize(outward);
        double dot = bx * pa[0] + by * pa[1] + bz * pa[2];
        length = Math.atan2(s, dot);
        tanLength = s / dot;
        tangent[0] = bx - dot * pa[0];
        tangent[1] = by - dot * pa[1];
        tangent[2] = bz - dot * pa[2];
        if (normalize(tangent) == 0) {
            return false;
        }
        // chain points below the lowest point of the envelope of A's and B's discs cannot show
        double half = length / 2;
        double floor = half < delta ? Math.acos(cosDelta / Math.cos(half)) : Double.NEGATIVE_INFINITY;
        // cross-track positions are compared as sines, which order like the angles
        prune = floor == Double.NEGATIVE_INFINITY
                ? Double.NEGATIVE_INFINITY
                : -Math.sin(delta - floor + 1e-3 * delta) - 1e-12;
        // Sharper: where A's and B's circles meet, at J, a disc that does not contain J is
        // below their envelope everywhere (equal circles cross once: it would rise above A's
        // circle only beyond their bisector and above B's only before theirs, and those two
        // stretches meet only inside J's side), and so below the envelope of any more discs.
        hasJunction = floor != Double.NEGATIVE_INFINITY;
        if (hasJunction) {
            double mx = pa[0] + bx;
            double my = pa[1] + by;
            double mz = pa[2] + bz;
            double m = Math.sqrt(mx * mx + my * my + mz * mz);
            double cf = Math.cos(floor) / m;
            double sf = Math.sin(floor);
            meet[0] = cf * mx + sf * outward[0];
            meet[1] = cf * my + sf * outward[1];
            meet[2] = cf * mz + sf * outward[2];
        }
        double prevY = 0;
        double prevChord = 0;
        for (int v = a; v <= b; v++) {
            int iv = v % n;
            double yv = crossTrack(u, 3 * iv);
            if (yv > 1e-9) {
                return false;
            }
            double chord = hasJunction ? chordToMeet(u, 3 * iv) : 0;
            if (v == a || v == b || (yv >= prune && chord <= keepChord)) {
                double xv = v == a ? -1 : v == b ? tanLength + 1 : alongTrack(u, 3 * iv);
                if (v == a || v == b || (xv >= 0 && xv <= tanLength)) {
                    add(iv, -1, 0, u, 3 * iv, xv, yv);
                }
            }
            // a point of the edge is within the edge's chord of both its ends
            if (v > a
                    && Math.max(yv, prevY) >= prune - 1e-3 * delta
                    && (!hasJunction
                            || Math.min(chord, prevChord) - chord(u, 3 * ((v - 1) % n), 3 * iv) <= keepChord)) {
                sampleEdge((v - 1) % n, iv, u);
            }
            prevY = yv;
            prevChord = chord;
        }
        return !overflow && stack();
    }

    private int deepestOfChain(int a, int b, double[] u) {
        int deepest = a % n;
        double min = 0;
        for (int v = a; v <= b; v++) {
            double yv = crossTrack(u, 3 * (v % n));
            if (yv < min) {
                min = yv;
                deepest = v % n;
            }
        }
        return deepest;
    }

    /** Adds sample points strictly inside the edge from vertex i to j (on its great circle). */
    private void sampleEdge(int i, int j, double[] u) {
        double dx = u[3 * j] - u[3 * i];
        double dy = u[3 * j + 1] - u[3 * i + 1];
        double dz = u[3 * j + 2] - u[3 * i + 2];
        // the chord is the angle to well under a part in a million at these lengths
        int m = (int) Math.ceil(Math.sqrt(dx * dx + dy * dy + dz * dz) / sampleAngle);
        for (int k = 1; k < m; k++) {
            double tk = (double) k / m;
            q[0] = u[3 * i] + tk * dx;
            q[1] = u[3 * i + 1] + tk * dy;
            q[2] = u[3 * i + 2] + tk * dz;
            normalize(q);
            double yq = crossTrack(q, 0);
            if (yq < prune || (hasJunction && chordToMeet(q, 0) > keepChord)) {
                continue;
            }
            double xq = alongTrack(q, 0);
            if (xq >= 0 && xq <= tanLength) {
                add(-1, i, tk, q, 0, xq, yq);
            }
        }
    }

    private void add(int v, int e, double tt, double[] u, int off, double xx, double yy) {
        if (size == vertex.length) {
            if (size > INDEX_MASK) {
                overflow = true;
                return;
            }
            int cap = size * 2;
            vertex = Arrays.copyOf(vertex, cap);
            edge = Arrays.copyOf(edge, cap);
            t = Arrays.copyOf(t, cap);
            x = Arrays.copyOf(x, cap);
            y = Arrays.copyOf(y, cap);
            unit = Arrays.copyOf(unit, 3 * cap);
            order = Arrays.copyOf(order, cap);
        }
        vertex[size] = v;
        edge[size] = e;
        t[size] = tt;
        x[size] = xx;
        y[size] = yy;
        System.arraycopy(u, off, unit, 3 * size, 3);
        size++;
    }

    /** The upper envelope of the discs in order along the edge; false to give up. */
    private boolean stack() {
        sortByAlongTrack();
        if (stack.length < size) {
            stack = new int[size];
            breakX = new double[size];
            junction = new double[3 * size];
        }
        stackSize = 0;
        for (int k = 0; k < size; k++) {
            int g = (int) order[k];
            if (stackSize == 0) {
                push(g, Double.NEGATIVE_INFINITY);
                continue;
            }
            while (true) {
                int top = stack[stackSize - 1];
                if (x[g] <= x[top]) {
                    // the same abscissa: the lower disc is hidden on this side
                    if (y[g] <= y[top] || stackSize == 1) {
                        break;
                    }
                    stackSize--;
                    continue;
                }
                int result = junction(top, g, junction, 3 * stackSize);
                if (result < 0) {
                    return false;
                }
                if (result == 0) {
                    break;
                }
                double jx = alongTrack(junction, 3 * stackSize);
                if (stackSize > 1 && jx <= breakX[stackSize - 1]) {
                    stackSize--;
                    continue;
                }
                push(g, jx);
                break;
            }
        }
        if (stackSize < 2 || stack[stackSize - 1] != (int) order[size - 1]) {
            return false;
        }
        // every corner of the finished envelope must lie on the outer halves of both its circles
        for (int s = 1; s < stackSize; s++) {
            if (crossTrack(junction, 3 * s) < Math.max(y[stack[s - 1]], y[stack[s]]) - 1e-9 * delta) {
                return false;
            }
        }
        return true;
    }

    /**
     * Orders the elements by along-track position into {@link #order} (index in the low 21
     * bits, position to about 1e-9 rad above them, exact ties put right by insertion).
     */
    private void sortByAlongTrack() {
        for (int i = 0; i < size; i++) {
            // 1 + (x + 1)/4 is in [1, 2), where a double's bits grow with its value
            long mantissa = Double.doubleToLongBits(1 + (x[i] + 1) / 4) - ONE_BITS;
            order[i] = ((mantissa >>> 21) << 21) | i;
        }
        Arrays.sort(order, 0, size);
        for (int k = 1; k < size; k++) {
            long key = order[k];
            int j = k - 1;
            while (j >= 0
                    && (order[j] >>> 21) == (key >>> 21)
                    && x[(int) (order[j] & INDEX_MASK)] > x[(int) (key & INDEX_MASK)]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = key;
        }
        for (int k = 0; k < size; k++) {
            order[k] &= INDEX_MASK;
        }
    }

    private void push(int g, double bx) {
        stack[stackSize] = g;
        breakX[stackSize] = bx;
        stackSize++;
    }

    /**
     * The outer meeting point of the circles about elements p and q into out: 1 when found,
     * 0 when they are the same disc, -1 when the circles do not meet.
     */
    private int junction(int p, int qq, double[] out, int off) {
        double px = unit[3 * p];
        double py = unit[3 * p + 1];
        double pz = unit[3 * p + 2];
        double qx = unit[3 * qq];
        double qy = unit[3 * qq + 1];
        double qz = unit[3 * qq + 2];
        double c = px * qx + py * qy + pz * qz;
        // q × p: the side of the outer meeting point
        double kx = qy * pz - qz * py;
        double ky = qz * px - qx * pz;
        double kz = qx * py - qy * px;
        double k2 = kx * kx + ky * ky + kz * kz;
        if (k2 < 1e-30) {
            return 0;
        }
        double alpha = cosDelta / (1 + c);
        double b2 = (1 - alpha * alpha * 2 * (1 + c)) / k2;
        if (b2 < 0) {
            return -1;
        }
        double beta = Math.sqrt(b2);
        out[off] = alpha * (px + qx) + beta * kx;
        out[off + 1] = alpha * (py + qy) + beta * ky;
        out[off + 2] = alpha * (pz + qz) + beta * kz;
        return 1;
    }

    /** The straight-line (chord) distance from unit vector v to the meeting point of A's and B's circles. */
    private double chordToMeet(double[] v, int off) {
        double dx = v[off] - meet[0];
        double dy = v[off + 1] - meet[1];
        double dz = v[off + 2] - meet[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    private static double chord(double[] u, int i, int j) {
        double dx = u[j] - u[i];
        double dy = u[j + 1] - u[i + 1];
        double dz = u[j + 2] - u[i + 2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** The sine of the signed angular distance of v from the edge's great circle, outward positive. */
    private double crossTrack(double[] v, int off) {
        return v[off] * outward[0] + v[off + 1] * outward[1] + v[off + 2] * outward[2];
    }

    /** The tangent of v's angle along the edge from A. */
    private double alongTrack(double[] v, int off) {
        return (v[off] * tangent[0] + v[off + 1] * tangent[1] + v[off + 2] * tangent[2])
                / (v[off] * pa[0] + v[off + 1] * pa[1] + v[off + 2] * pa[2]);
    }

    static void cross(double ax, double ay, double az, double bx, double by, double bz, double[] out) {
        out[0] = ay * bz - az * by;
        out[1] = az * bx - ax * bz;
        out[2] = ax * by - ay * bx;
    }

    static double normalize(double[] v) {
        double len = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        if (len > 0) {
            v[0] /= len;
            v[1] /= len;
            v[2] /= len;
        }
        return len;
    }
}
