package org.standoff.geo.buffer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
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
import org.standoff.geo.Wgs84;

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
 * {@link GeodesicDirect}) at a known distance from its foot on the polygon ({@link
 * OutlineWriter}): arcs about vertices in steps whose chords keep within the {@link
 * ChordBudget}, offsets of edges from their exact geodesic feet, and each corner where two
 * circles meet at the azimuth the sphere gives for it.
 *
 * <p><b>Accuracy.</b> Offsets, corners and the ends of arcs are at r from their feet; the
 * vertices inside an arc are at r + 0.8·tol ({@link ChordBudget#lift}), so that its chords
 * straddle the circle, which saves about a third of the vertices of an arc for the same error.
 * Corners are within tol/8 of r from the other circle (sampling), plus the sphere's error of
 * parts per million; a vertex between two offsets that bend slightly inward is within tol/8
 * too. A chord
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
    private final int n;
    private final double[] unit;
    private final double radius;
    private final double tolerance;
    private final double refLon;
    private final double delta;
    private final double sampleAngle;
    /** After a failed run: the deepest vertex of a notch too deep for the envelope, or -1. */
    private int deepVertex = -1;

    private HullSectionBuffer(PreparedRing prepared, double radius, double tolerance, double refLon) {
        this.prepared = prepared;
        this.n = prepared.n;
        this.unit = prepared.unit;
        this.radius = radius;
        this.tolerance = tolerance;
        this.refLon = refLon;
        this.delta = radius / prepared.sphere.radius();
        this.sampleAngle = Math.sqrt(radius * tolerance) / prepared.sphere.radius();
    }

    /**
     * The buffer of a point, multipoint, polygon or multipolygon whose longitudes are unwrapped
     * around refLon, or null when this fast path does not apply.
     */
    static Geometry buffer(Geometry g, double radius, double tolerance, double refLon, GeometryFactory factory) {
        return buffers(g, List.of(new BufferRadius(radius, tolerance)), refLon, factory)[0];
    }

    /**
     * The buffers of one geometry at several radii, each with its tolerance, preparing the
     * geometry once (conformal sphere, hull); an entry is null where this fast path does not
     * apply at that radius.
     */
    static Geometry[] buffers(Geometry g, List<BufferRadius> radii, double refLon, GeometryFactory factory) {
        Geometry[] out = new Geometry[radii.size()];
        if (g instanceof Point p) {
            for (int k = 0; k < out.length; k++) {
                out[k] = circle(
                        p.getX(), p.getY(), radii.get(k).metres(), radii.get(k).toleranceMetres(), refLon, factory);
            }
        } else if (g instanceof MultiPoint || g instanceof MultiPolygon) {
            List<List<Geometry>> parts = new ArrayList<>();
            for (int k = 0; k < out.length; k++) {
                parts.add(new ArrayList<>());
            }
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (!g.getGeometryN(i).isEmpty()) {
                    Geometry[] b = buffers(g.getGeometryN(i), radii, refLon, factory);
                    for (int k = 0; k < out.length; k++) {
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
            for (int k = 0; k < out.length; k++) {
                List<Geometry> pk = parts.get(k);
                out[k] = pk == null || pk.isEmpty() ? null : pk.size() == 1 ? pk.get(0) : unite(pk, factory);
            }
        } else if (g instanceof Polygon polygon) {
            PreparedRing shell = PreparedRing.of(polygon.getExteriorRing());
            for (int k = 0; shell != null && k < out.length; k++) {
                BufferRadius r = radii.get(k);
                if (holesFill(polygon, r.metres())) {
                    out[k] = shell(shell, r.metres(), r.toleranceMetres(), refLon, factory);
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
    static Polygon circle(
            double lon, double lat, double radius, double tolerance, double refLon, GeometryFactory factory) {
        double reach = Wgs84.reachDegrees(radius);
        if (Math.abs(lat) + reach > PreparedRing.MAX_ABS_LAT) {
            return null;
        }
        ChordBudget budget = ChordBudget.of(Math.abs(lat) + reach, radius, tolerance);
        double lift = budget.lift();
        double step = budget.liftedStepDeg();
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
    private static Geometry shell(
            PreparedRing p, double radius, double tolerance, double refLon, GeometryFactory factory) {
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
        return outlines.size() == 2
                ? OverlayNGRobust.overlay(outlines.get(0), outlines.get(1), OverlayNG.UNION)
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
        ElementCycle cycle = new ElementCycle(n);
        double[] lastEntry = null;
        double[] lastOutward = null;
        for (int k = 0; k < hull.length; k++) {
            int a = hull[k];
            int b = k + 1 < hull.length ? hull[k + 1] : hull[0] + n;
            if (!section.envelope(a, b)) {
                return null;
            }
            // the hull vertex A: its wedge runs from the previous hull edge's normal to this one's
            int first = cycle.add(a % n, -1, 0, unit, 3 * (a % n), true);
            System.arraycopy(section.outward, 0, cycle.wedge, 6 * first + 3, 3);
            if (lastEntry != null) {
                System.arraycopy(lastEntry, 0, cycle.entry, 3 * first, 3);
                System.arraycopy(lastOutward, 0, cycle.wedge, 6 * first, 3);
            }
            for (int s = 1; s < section.stackSize - 1; s++) {
                int el = section.stack[s];
                int id = cycle.add(section.vertex[el], section.edge[el], section.t[el], section.unit, 3 * el, false);
                System.arraycopy(section.junction, 3 * s, cycle.entry, 3 * id, 3);
            }
            int last = section.stackSize - 1;
            lastEntry = Arrays.copyOfRange(section.junction, 3 * last, 3 * last + 3);
            lastOutward = section.outward.clone();
        }
        // close the cycle: the first hull vertex is entered from the last section
        System.arraycopy(lastEntry, 0, cycle.entry, 0, 3);
        System.arraycopy(lastOutward, 0, cycle.wedge, 0, 3);
        return new OutlineWriter(prepared, cycle, radius, tolerance, refLon).write();
    }
}
