package org.standoff.geo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The fast path of {@link GeodesicBuffer}: the outer outline of the geodesic buffer of a polygon
 * built section by section over its convex hull, with one exact direct geodesic problem per
 * output vertex. It handles points, multipoints and polygons whose holes the buffer surely
 * fills; it returns null (and the caller takes the general path) for everything else and for any
 * case where its preconditions are not met.
 *
 * <p><b>Why the outline splits by hull sections.</b> Outside the convex hull of the polygon, the
 * plane (here, the sphere) splits into the wedges of the hull's vertices, between the outward
 * normals of the two hull edges meeting there, and the strips over the hull's edges. In the wedge
 * of a hull vertex the buffer's outline is the circle of radius r about that vertex: every other
 * point of the polygon lies behind the vertex. Over a hull edge AB the outline is the upper
 * envelope of the discs of radius r about the points of the polygon's chain from A to B (the
 * "notch" the edge spans), provided that no point of the chain is deeper than r below AB: then
 * every point of the notch is within r of the chain (so the buffer has no pocket there) and the
 * envelope lies outside the hull. A deeper notch is cut off ({@link NotchSplitter}) and the two
 * pieces' buffers united, since the buffer of a union is the union of the buffers.
 *
 * <p><b>Algorithm.</b> Vertices go to the Gauss conformal sphere of their region
 * ({@link GaussSphere}); the hull is Melkman's algorithm in a gnomonic frame, where great circles
 * are straight. {@link HullSection} computes each section's envelope from chain samples every
 * {@code h = sqrt(r·tol)} (the union of their discs is within h²/8r = tol/8 of the union of
 * the edges' stadiums). The sections' envelopes join, at the hull vertices, into one cycle of
 * elements; neighbouring elements of one edge become the offset of that edge. The outline is
 * then written with every vertex from the exact direct problem on the WGS84 ellipsoid (Karney,
 * {@link GeodesicDirect}) at a known distance from its foot on the polygon: arcs about vertices
 * in steps whose chords keep within the budget below, offsets of edges from their exact geodesic
 * feet, and each corner where two circles meet at the azimuth the sphere gives for it.
 *
 * <p><b>Accuracy.</b> Offsets, corners and the ends of arcs are at r from their feet; the
 * vertices inside an arc are at r + 0.8·tol ({@link #arcLift}), so that its chords straddle the
 * circle, which saves about a third of the vertices of an arc for the same error. Corners are
 * within tol/8 of r from the other circle (sampling), plus the sphere's error of parts per
 * million; a vertex between two offsets that bend slightly inward is within tol/8 too. A chord
 * strays at most 0.8·tol inside r: its sagitta on an arc plus, as a straight lon/lat segment,
 * its departure from the geodesic (h²·(tan φ + 0.2)/(8·b²/a) for length h), less the lift of its
 * ends. So every point of the outline is within 0.925·tol of r, as {@code GeodesicBufferTest}
 * and {@code HullSectionBufferTest} check by dense sampling against exact distances.
 *
 * <p><b>Speed.</b> Linear in the vertices after one sort per section, plus one direct problem
 * per output vertex; {@code BufferBenchmark} and docs/PERFORMANCE.md have the figures.
 *
 * <p><b>Limits.</b> Polygons and their buffers must stay within 10° of latitude and 20° of
 * longitude, and within 84° of the equator. Holes are allowed only when they are too small to
 * survive the buffer. Lines take the general path.
 *
 * <p>Not thread-safe; one instance per outline. The static entry point is thread-safe.
 */
final class HullSectionBuffer {

    /**
     * How many notch cuts a polygon may take before the general path takes over. Each costs a
     * few passes over the piece it cuts, so even a jagged outline of thousands of vertices with
     * hundreds of deep notches is far cheaper cut than buffered by the general path.
     */
    private static final int MAX_CUTS = 1000;

    private final PreparedRing prepared;
    private final Coordinate[] ring;
    private final int n;
    private final double radius;
    private final double refLon;
    private final double delta;
    /** The longest arc step, in degrees, between two vertices at r (the ends of an arc). */
    private final double arcStepDeg;
    /** The longest step between an arc's end at r and a lifted vertex inside it. */
    private final double endStepDeg;
    /** The longest step between two lifted vertices inside an arc. */
    private final double liftedStepDeg;
    /** The distance of the vertices inside arcs from their centres: r plus {@link #arcLift}. */
    private final double arcRadius;
    private final double maxChord;
    private final double sampleAngle;
    private final double[] unit;
    private final double[] edgeLength;
    private final double[] edgeAz1;
    private final double[] edgeAz2;
    private final boolean[] edgeKnown;
    private final GeodesicDirect geodesic = new GeodesicDirect();
    private final double[] dir = new double[3];
    private final double[] foot = new double[3];
    /** After a failed run: the deepest vertex of a notch too deep for the envelope, or -1. */
    private int deepVertex = -1;

    // the envelope, as a cycle of elements (a vertex, or a sample point on an edge)
    private int count;
    private int[] elVertex = new int[256];
    private int[] elEdge = new int[256];
    private double[] elT = new double[256];
    private double[] elUnit = new double[3 * 256];
    /** The corner with the previous element (unused when the two are on one edge). */
    private double[] elEntry = new double[3 * 256];
    /** For hull vertices (elHull): the outward normals of the hull edges before and after. */
    private double[] elWedge = new double[6 * 256];
    private boolean[] elHull = new boolean[256];

    private HullSectionBuffer(PreparedRing prepared, double radius, double tolerance, double refLon) {
        this.prepared = prepared;
        this.ring = prepared.ring;
        this.n = prepared.n;
        this.unit = prepared.unit;
        this.radius = radius;
        this.refLon = refLon;
        this.delta = radius / prepared.sphere.radius();
        this.maxChord = maxChord(prepared.maxAbsLat(radius), radius, tolerance);
        double absLat = prepared.maxAbsLat(radius);
        double lift = arcLift(absLat, radius, tolerance);
        this.arcStepDeg = arcStep(absLat, radius, CHORD_BUDGET * tolerance);
        this.endStepDeg = arcStep(absLat, radius, endSagitta(CHORD_BUDGET * tolerance, lift));
        this.liftedStepDeg = arcStep(absLat, radius, CHORD_BUDGET * tolerance + lift);
        this.arcRadius = radius + lift;
        this.sampleAngle = Math.sqrt(radius * tolerance) / prepared.sphere.radius();
        this.edgeLength = new double[n];
        this.edgeAz1 = new double[n];
        this.edgeAz2 = new double[n];
        this.edgeKnown = new boolean[n];
    }

    /**
     * The buffer of a point, multipoint, polygon or multipolygon whose longitudes are unwrapped
     * around refLon, or null when this fast path does not apply.
     */
    static Geometry buffer(Geometry g, double radius, double tolerance, double refLon, GeometryFactory factory) {
        return buffers(g, new double[] {radius}, new double[] {tolerance}, refLon, factory)[0];
    }

    /**
     * The buffers of one geometry at several radii, each with its tolerance, preparing the
     * geometry once (conformal sphere, hull); an entry is null where this fast path does not
     * apply at that radius.
     */
    static Geometry[] buffers(Geometry g, double[] radii, double[] tolerances, double refLon, GeometryFactory factory) {
        Geometry[] out = new Geometry[radii.length];
        if (g instanceof Point p) {
            for (int k = 0; k < radii.length; k++) {
                out[k] = circle(p.getX(), p.getY(), radii[k], tolerances[k], refLon, factory);
            }
        } else if (g instanceof MultiPoint || g instanceof MultiPolygon) {
            List<List<Geometry>> parts = new ArrayList<>();
            for (int k = 0; k < radii.length; k++) {
                parts.add(new ArrayList<>());
            }
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (!g.getGeometryN(i).isEmpty()) {
                    Geometry[] b = buffers(g.getGeometryN(i), radii, tolerances, refLon, factory);
                    for (int k = 0; k < radii.length; k++) {
                        if (parts.get(k) != null) {
                            if (b[k] == null) {
                                parts.set(k, null);
                            } else {
                                parts.get(k).add(b[k]);
                            }
                        }
                    }
                }
            }
            for (int k = 0; k < radii.length; k++) {
                List<Geometry> pk = parts.get(k);
                out[k] = pk == null || pk.isEmpty() ? null : pk.size() == 1 ? pk.get(0) : unite(pk, factory);
            }
        } else if (g instanceof Polygon polygon) {
            PreparedRing shell = PreparedRing.of(polygon.getExteriorRing().getCoordinates());
            for (int k = 0; shell != null && k < radii.length; k++) {
                if (holesFill(polygon, radii[k])) {
                    out[k] = shell(shell, radii[k], tolerances[k], refLon, factory);
                }
            }
        }
        return out;
    }

    /** The union of parts' buffers; a plain multipolygon when no two of their envelopes meet. */
    private static Geometry unite(List<Geometry> parts, GeometryFactory factory) {
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                if (parts.get(i).getEnvelopeInternal().intersects(parts.get(j).getEnvelopeInternal())) {
                    return UnaryUnionOp.union(parts, factory);
                }
            }
        }
        List<Polygon> polygons = new ArrayList<>();
        for (Geometry g : parts) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                polygons.add((Polygon) g.getGeometryN(i));
            }
        }
        return factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private static boolean holesFill(Polygon polygon, double radius) {
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            if (!surelyFilled(polygon.getInteriorRingN(h).getEnvelopeInternal(), radius)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a hole with this envelope is within r of its own ring everywhere (half its narrower side, over-estimated, is below r). */
    private static boolean surelyFilled(Envelope hole, double radius) {
        double cos = Math.cos(Math.toRadians(Math.min(Math.abs(hole.getMinY()), Math.abs(hole.getMaxY()))));
        double height = hole.getHeight() * Wgs84.MAX_METRES_PER_DEGREE;
        double width = hole.getWidth() * Wgs84.MAX_METRES_PER_DEGREE * cos;
        return Math.min(width, height) / 2 < 0.99 * radius;
    }

    /** The geodesic circle of radius r about a point, as a polygon, or null near a pole. */
    static Polygon circle(double lon, double lat, double radius, double tolerance, double refLon, GeometryFactory factory) {
        double reach = Wgs84.reachDegrees(radius);
        if (Math.abs(lat) + reach > PreparedRing.MAX_ABS_LAT) {
            return null;
        }
        double lift = arcLift(Math.abs(lat) + reach, radius, tolerance);
        double step = arcStep(Math.abs(lat) + reach, radius, CHORD_BUDGET * tolerance + lift);
        int k = Math.max(8, (int) Math.ceil(360 / step));
        Coordinate[] c = new Coordinate[k + 1];
        double[] out = new double[2];
        GeodesicDirect geodesic = new GeodesicDirect();
        for (int i = 0; i < k; i++) {
            // clockwise in azimuth is counter-clockwise on the map
            geodesic.destination(lon, lat, 360.0 * (k - i) / k, radius + lift, out);
            c[i] = new Coordinate(refLon + Wgs84.wrap180(out[0] - refLon), out[1]);
        }
        c[k] = c[0];
        return factory.createPolygon(c);
    }

    /**
     * The error budget of a chord, as a fraction of the tolerance: what is left after the tol/8
     * a corner may lie inside, less a margin for the conformal sphere's parts per million.
     */
    private static final double CHORD_BUDGET = 0.8;

    /**
     * The longest offset chord, up to that latitude: a straight lon/lat segment of length h
     * strays at most h²·(tan φ + 0.2)/(8·b²/a) from the geodesic, and the offset of a geodesic
     * is straight to within millimetres over such lengths, so the chord may take the whole
     * budget.
     */
    private static double maxChord(double absLat, double radius, double tolerance) {
        double tan = Math.tan(Math.toRadians(Math.min(89, absLat)));
        return Math.sqrt(8 * Wgs84.MIN_RADIUS * (CHORD_BUDGET * tolerance) / (tan + 0.2));
    }

    /**
     * How far outside r the vertices inside arcs are placed, so that their chords straddle the
     * circle (the polygon within ±e of a circle with the fewest vertices has its vertices at r + e
     * and its chords' middles at r − e, which takes about 30 % fewer vertices than chords inside
     * the circle). It is the chord budget when a chord's departure from the geodesic as a lon/lat
     * segment is surely smaller than its sagitta (below: r·(tan φ + 0.2) ≤ b²/a, which holds for
     * every radius the fast path takes up to 84°), so a chord between lifted vertices never
     * strays beyond r + lift; else 0. The ends of arcs stay at r: they are corners shared with the
     * neighbouring circle, or meet the offsets of edges, which are at r.
     */
    private static double arcLift(double absLat, double radius, double tolerance) {
        double tan = Math.tan(Math.toRadians(Math.min(89, absLat)));
        return radius * (tan + 0.2) <= Wgs84.MIN_RADIUS ? CHORD_BUDGET * tolerance : 0;
    }

    /**
     * The largest sagitta s of a chord from an arc's end at r to a vertex lifted by L whose every
     * point stays within e inside r. Along the chord, at fraction u, the distance is
     * r + L·u − 4·s·u·(1 − u), least at u = (4s − L)/8s, where it is r − (4s − L)²/16s; that is
     * r − e when 16s² − (8L + 16e)·s + L² = 0.
     */
    private static double endSagitta(double e, double lift) {
        double b = 8 * lift + 16 * e;
        return (b + Math.sqrt(b * b - 64 * lift * lift)) / 32;
    }

    /**
     * The arc step in degrees for a chord budget (sagitta plus departure): a chord of angle θ of
     * a circle of radius r has sagitta r·θ²/8 and strays r²·θ²·(tan φ + 0.2)/(8·b²/a) more as a
     * straight lon/lat segment, and the two together must stay within the budget.
     */
    private static double arcStep(double absLat, double radius, double budget) {
        double tan = Math.tan(Math.toRadians(Math.min(89, absLat)));
        double theta2 = 8 * budget / (radius * (1 + radius * (tan + 0.2) / Wgs84.MIN_RADIUS));
        return Math.toDegrees(Math.min(Math.PI / 8, Math.sqrt(theta2)));
    }

    /** The outline of the buffer of a ring (any orientation, lon unwrapped), closed and counter-clockwise, or null. */
    static Coordinate[] outline(Coordinate[] coordinates, double radius, double tolerance, double refLon) {
        PreparedRing p = PreparedRing.of(coordinates);
        return p == null || !p.fits(radius) ? null : new HullSectionBuffer(p, radius, tolerance, refLon).run();
    }

    /**
     * The buffer of the polygon inside a prepared ring. A notch deeper than the envelope argument
     * allows is cut off ({@link NotchSplitter}), and so on for the pieces, up to {@value #MAX_CUTS}
     * cuts in all; the buffer is the union of the pieces' outlines. Null when the fast path does
     * not apply.
     */
    private static Geometry shell(PreparedRing p, double radius, double tolerance, double refLon, GeometryFactory factory) {
        List<Geometry> outlines = new ArrayList<>();
        ArrayDeque<PreparedRing> work = new ArrayDeque<>();
        work.push(p);
        int cuts = 0;
        while (!work.isEmpty()) {
            PreparedRing piece = work.pop();
            if (!piece.fits(radius)) {
                return null;
            }
            HullSectionBuffer b = new HullSectionBuffer(piece, radius, tolerance, refLon);
            Coordinate[] outline = b.run();
            if (outline != null) {
                outlines.add(factory.createPolygon(outline));
                continue;
            }
            if (b.deepVertex < 0 || ++cuts > MAX_CUTS) {
                return null;
            }
            NotchSplitter.Pieces cut = NotchSplitter.split(piece.ring, b.deepVertex);
            PreparedRing[] pieces = cut == null ? null : piece.pieces(cut);
            if (pieces == null || pieces[0] == null || pieces[1] == null) {
                return null;
            }
            work.push(pieces[1]);
            work.push(pieces[0]);
        }
        if (outlines.size() == 1) {
            return outlines.get(0);
        }
        return outlines.size() == 2 ? OverlayNGRobust.overlay(outlines.get(0), outlines.get(1), OverlayNG.UNION)
                : OverlayNGRobust.union(outlines, factory);
    }

    private Coordinate[] run() {
        int[] hull = prepared.hull;
        HullSection section = HullSection.forPolygon(unit, n, delta, sampleAngle);
        // a notch too deep for the envelope is found before any section is sampled
        for (int k = 0; k < hull.length; k++) {
            int deep = section.deepNotch(hull[k], k + 1 < hull.length ? hull[k + 1] : hull[0] + n);
            if (deep >= 0) {
                deepVertex = deep;
                return null;
            }
        }
        double[] lastEntry = null;
        double[] lastOutward = null;
        for (int k = 0; k < hull.length; k++) {
            int a = hull[k];
            int b = k + 1 < hull.length ? hull[k + 1] : hull[0] + n;
            if (!section.envelope(a, b)) {
                return null;
            }
            // the hull vertex A: its wedge runs from the previous hull edge's normal to this one's
            int first = addElement(a % n, -1, 0, unit, 3 * (a % n), true);
            System.arraycopy(section.outward, 0, elWedge, 6 * first + 3, 3);
            if (lastEntry != null) {
                System.arraycopy(lastEntry, 0, elEntry, 3 * first, 3);
                System.arraycopy(lastOutward, 0, elWedge, 6 * first, 3);
            }
            for (int s = 1; s < section.stackSize - 1; s++) {
                int el = section.stack[s];
                int id = addElement(section.vertex[el], section.edge[el], section.t[el], section.unit, 3 * el, false);
                System.arraycopy(section.junction, 3 * s, elEntry, 3 * id, 3);
            }
            int last = section.stackSize - 1;
            lastEntry = Arrays.copyOfRange(section.junction, 3 * last, 3 * last + 3);
            lastOutward = section.outward.clone();
        }
        // close the cycle: the first hull vertex is entered from the last section
        System.arraycopy(lastEntry, 0, elEntry, 0, 3);
        System.arraycopy(lastOutward, 0, elWedge, 0, 3);
        return write();
    }

    private int addElement(int vertex, int edge, double t, double[] u, int uOff, boolean hull) {
        if (count == elVertex.length) {
            int cap = count * 2;
            elVertex = Arrays.copyOf(elVertex, cap);
            elEdge = Arrays.copyOf(elEdge, cap);
            elT = Arrays.copyOf(elT, cap);
            elUnit = Arrays.copyOf(elUnit, 3 * cap);
            elEntry = Arrays.copyOf(elEntry, 3 * cap);
            elWedge = Arrays.copyOf(elWedge, 6 * cap);
            elHull = Arrays.copyOf(elHull, cap);
        }
        int id = count++;
        elVertex[id] = vertex;
        elEdge[id] = edge;
        elT[id] = t;
        System.arraycopy(u, uOff, elUnit, 3 * id, 3);
        elHull[id] = edge < 0 && hull;
        return id;
    }

    private final CoordinateList out = new CoordinateList();

    private Coordinate[] write() {
        out.ensureCapacity(count + (int) (360 / arcStepDeg) + 16);
        for (int i = 0; i < count; i++) {
            int prev = (i + count - 1) % count;
            int next = (i + 1) % count;
            int inEdge = sameEdge(prev, i);
            int outEdge = sameEdge(i, next);
            if (elVertex[i] < 0 && inEdge == elEdge[i] && outEdge == elEdge[i]) {
                continue; // inside a run along one edge: the run's ends write it
            }
            writeElement(i, inEdge, outEdge);
            if (outEdge >= 0) {
                writeOffsets(outEdge, tOn(i, outEdge), tOn(runEnd(i, outEdge, 1), outEdge));
            }
        }
        if (out.size() < 3) {
            return null;
        }
        out.closeRing();
        return out.toCoordinateArray();
    }

    /**
     * The other end of the run of elements along edge e that starts (step 1) or ends (step −1)
     * at element i: the next element, in that direction, that is not a sample inside the run.
     */
    private int runEnd(int i, int e, int step) {
        int end = (i + step + count) % count;
        while (elVertex[end] < 0 && sameEdge(end, (end + 1) % count) == e && sameEdge((end + count - 1) % count, end) == e && end != i) {
            end = (end + step + count) % count;
        }
        return end;
    }

    /** The length of the offset chords {@link #writeOffsets} writes along edge e between elements i and j. */
    private double offsetChord(int e, int i, int j) {
        edge(e);
        double length = Math.abs(tOn(j, e) - tOn(i, e)) * edgeLength[e];
        return length / Math.max(1, Math.ceil(length / maxChord));
    }

    /** The edge two consecutive elements share, with the second further along it, or -1. */
    private int sameEdge(int p, int c) {
        int vp = elVertex[p];
        int vc = elVertex[c];
        if (vp >= 0 && vc >= 0) {
            return (vp + 1) % n == vc ? vp : -1;
        }
        if (vp >= 0) {
            return elEdge[c] == vp ? vp : -1;
        }
        if (vc >= 0) {
            return (elEdge[p] + 1) % n == vc ? elEdge[p] : -1;
        }
        return elEdge[p] == elEdge[c] && elT[c] > elT[p] ? elEdge[p] : -1;
    }

    private double tOn(int el, int e) {
        if (elVertex[el] < 0) {
            return elT[el];
        }
        return elVertex[el] == e ? 0 : 1;
    }

    /** Writes one element's arc: from its entry (a corner or its edge's normal) to its exit. */
    private void writeElement(int i, int inEdge, int outEdge) {
        double lon;
        double lat;
        double normal = Double.NaN;
        if (elVertex[i] >= 0) {
            lon = ring[elVertex[i]].x;
            lat = ring[elVertex[i]].y;
        } else {
            footOn(elEdge[i], elT[i]);
            lon = foot[0];
            lat = foot[1];
            normal = foot[2] + 90; // a sample's runs are along its own edge
        }
        int next = (i + 1) % count;
        double azIn = inEdge < 0 ? GaussSphere.azimuth(elUnit, 3 * i, elEntry, 3 * i)
                : elVertex[i] < 0 ? normal : normalAt(inEdge, tOn(i, inEdge));
        double azOut = outEdge < 0 ? GaussSphere.azimuth(elUnit, 3 * i, elEntry, 3 * next)
                : elVertex[i] < 0 ? normal : normalAt(outEdge, tOn(i, outEdge));
        double extent;
        if (elHull[i]) {
            double w1 = GaussSphere.azimuth(elUnit, 3 * i, elWedge, 6 * i);
            double w2 = GaussSphere.azimuth(elUnit, 3 * i, elWedge, 6 * i + 3);
            extent = Math.max(0, Wgs84.wrap180(azIn - w1)) + Math.max(0, Wgs84.wrap180(w1 - w2)) + Math.max(0, Wgs84.wrap180(w2 - azOut));
        } else {
            extent = Wgs84.wrap180(azIn - azOut);
        }
        if (extent > 1e-3 * arcStepDeg) {
            point(lon, lat, azIn, radius);
            writeArcInside(lon, lat, azIn, extent);
            if (outEdge >= 0) {
                point(lon, lat, azOut, radius);
            }
        } else if (inEdge >= 0 && outEdge >= 0) {
            // a straight or slightly concave vertex between two offsets: one point on the bisector
            // (within r·θ²/8 of where the offsets cross, θ < h/r, so within h²/8r = tol/8), unless
            // the offsets cross r·tan(θ/2) back, behind the chord's other end, as when an edge is
            // shorter than that: the point would fold the outline back on itself, and the end
            // it would fold back past is within r·tan(θ/2)·sin θ of the outline (under 1/20 of
            // the tolerance at the largest θ this branch takes)
            double setback = radius * Math.tan(Math.toRadians(-extent) / 2);
            if (setback < offsetChord(inEdge, runEnd(i, inEdge, -1), i) && setback < offsetChord(outEdge, i, runEnd(i, outEdge, 1))) {
                point(lon, lat, azIn + Wgs84.wrap180(azOut - azIn) / 2, radius);
            }
        } else if (inEdge < 0) {
            point(lon, lat, azIn, radius);
        }
        // else: entered along an edge and left at a corner, which the next element writes
    }

    /**
     * Writes the lifted vertices strictly inside the arc about (lon, lat) from azIn clockwise
     * over extent degrees, whose ends are at r: none when one chord spans it, else the first and
     * last steps at most {@link #endStepDeg} and the ones between at most {@link #liftedStepDeg},
     * scaled to fit.
     */
    private void writeArcInside(double lon, double lat, double azIn, double extent) {
        if (extent <= arcStepDeg) {
            return;
        }
        int inner = extent <= 2 * endStepDeg ? 0 : (int) Math.ceil((extent - 2 * endStepDeg) / liftedStepDeg);
        double scale = extent / (2 * endStepDeg + inner * liftedStepDeg);
        double az = azIn - endStepDeg * scale;
        point(lon, lat, az, arcRadius);
        for (int s = 0; s < inner; s++) {
            az -= liftedStepDeg * scale;
            point(lon, lat, az, arcRadius);
        }
    }

    /** Writes offset points strictly between t1 and t2 on edge e, as close as the chord rule needs. */
    private void writeOffsets(int e, double t1, double t2) {
        edge(e);
        int k = (int) Math.ceil((t2 - t1) * edgeLength[e] / maxChord);
        for (int s = 1; s < k; s++) {
            footOn(e, t1 + (t2 - t1) * s / k);
            point(foot[0], foot[1], foot[2] + 90, radius);
        }
    }

    private void point(double lon, double lat, double azimuth, double distance) {
        geodesic.destination(lon, lat, azimuth, distance, dir);
        double x = refLon + Wgs84.wrap180(dir[0] - refLon);
        if (out.size() > 0) {
            Coordinate last = out.get(out.size() - 1);
            if (Math.abs(last.x - x) < 1e-9 && Math.abs(last.y - dir[1]) < 1e-9) {
                return; // within 0.1 mm of the previous vertex
            }
        }
        out.add(new Coordinate(x, dir[1]), false);
    }

    /** The outward normal azimuth of edge e at fraction t (the ring is counter-clockwise: outward is right). */
    private double normalAt(int e, double t) {
        edge(e);
        if (t <= 0) {
            return edgeAz1[e] + 90;
        }
        if (t >= 1) {
            return edgeAz2[e] + 90;
        }
        footOn(e, t);
        return foot[2] + 90;
    }

    /** The exact foot at fraction t of geodesic edge e into {@link #foot}: lon, lat, forward azimuth. */
    private void footOn(int e, double t) {
        edge(e);
        Coordinate a = ring[e];
        if (t <= 0) {
            foot[0] = a.x;
            foot[1] = a.y;
            foot[2] = edgeAz1[e];
            return;
        }
        if (t >= 1) {
            foot[0] = ring[e + 1].x;
            foot[1] = ring[e + 1].y;
            foot[2] = edgeAz2[e];
            return;
        }
        geodesic.destination(a.x, a.y, edgeAz1[e], t * edgeLength[e], foot);
        foot[2] = geodesic.endAzimuth();
    }

    private void edge(int e) {
        if (!edgeKnown[e]) {
            edgeKnown[e] = true;
            GeodesicSolver.inverse(ring[e].x, ring[e].y, ring[e + 1].x, ring[e + 1].y, dir);
            edgeLength[e] = dir[0];
            edgeAz1[e] = dir[1];
            edgeAz2[e] = dir[2];
        }
    }
}
