package org.standoff.geo.buffer;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.standoff.geo.Geodesic;
import org.standoff.geo.Wgs84;

/**
 * Writes the outline of a buffer from its {@link ElementCycle}: every vertex by the exact direct
 * geodesic problem on WGS84 ({@link GeodesicDirect}) from its foot on the polygon, arcs about
 * elements in the steps of a {@link ChordBudget} (the vertices inside an arc lifted by its lift),
 * offsets of edges from their exact geodesic feet, and each corner where two circles meet at the
 * azimuth the conformal sphere gives for it.
 *
 * <p><b>Accuracy.</b> See {@link HullSectionBuffer}: every point of the outline is within
 * 0.925·tol of r.
 *
 * <p>Not thread-safe; one per outline.
 */
final class OutlineWriter {

    /**
     * Two outline vertices closer than this in both longitude and latitude (1e-9°, 0.1 mm) are
     * one: a repeated vertex would make JTS see a zero-length edge, and 0.1 mm is ten thousand
     * times below the finest drawing tolerance (1 m).
     */
    private static final double SAME_VERTEX_DEG = 1e-9;

    private final Coordinate[] ring;
    private final ElementCycle cycle;
    private final double radius;
    private final double refLon;
    private final ChordBudget budget;
    /** The distance of the vertices inside arcs from their centres: r plus the lift. */
    private final double arcRadius;

    private final double[] edgeLength;
    private final double[] edgeAz1;
    private final double[] edgeAz2;
    private final boolean[] edgeKnown;
    /** For the outline's vertices, which keeps its distance r between calls; the feet along edges have their own solver, which keeps the edge's start point. */
    private final GeodesicDirect geodesic = new GeodesicDirect();

    private final GeodesicDirect feet = new GeodesicDirect();
    private final double[] dir = new double[3];
    private final double[] foot = new double[3];
    private final CoordinateList out = new CoordinateList();

    OutlineWriter(PreparedRing prepared, ElementCycle cycle, double radius, double tolerance, double refLon) {
        this.ring = prepared.ring;
        this.cycle = cycle;
        this.radius = radius;
        this.refLon = refLon;
        this.budget = ChordBudget.of(prepared.maxAbsLat(radius), radius, tolerance);
        this.arcRadius = radius + budget.lift();
        this.edgeLength = new double[prepared.n];
        this.edgeAz1 = new double[prepared.n];
        this.edgeAz2 = new double[prepared.n];
        this.edgeKnown = new boolean[prepared.n];
    }

    /** The outline, closed and counter-clockwise, or null when it has fewer than three vertices. */
    Coordinate[] write() {
        out.ensureCapacity(cycle.count + (int) (360 / budget.arcStepDeg()) + 16);
        for (int i = 0; i < cycle.count; i++) {
            int prev = (i + cycle.count - 1) % cycle.count;
            int next = (i + 1) % cycle.count;
            int inEdge = cycle.sameEdge(prev, i);
            int outEdge = cycle.sameEdge(i, next);
            if (cycle.vertex[i] < 0 && inEdge == cycle.edge[i] && outEdge == cycle.edge[i]) {
                continue; // inside a run along one edge: the run's ends write it
            }
            writeElement(i, inEdge, outEdge);
            if (outEdge >= 0) {
                writeOffsets(outEdge, cycle.tOn(i, outEdge), cycle.tOn(cycle.runEnd(i, outEdge, 1), outEdge));
            }
        }
        if (out.size() < 3) {
            return null;
        }
        out.closeRing();
        return out.toCoordinateArray();
    }

    /** The length of the offset chords {@link #writeOffsets} writes along edge e between elements i and j. */
    private double offsetChord(int e, int i, int j) {
        edge(e);
        double length = Math.abs(cycle.tOn(j, e) - cycle.tOn(i, e)) * edgeLength[e];
        return length / Math.max(1, Math.ceil(length / budget.maxChord()));
    }

    /** Writes one element's arc: from its entry (a corner or its edge's normal) to its exit. */
    private void writeElement(int i, int inEdge, int outEdge) {
        double lon;
        double lat;
        double normal = Double.NaN;
        if (cycle.vertex[i] >= 0) {
            lon = ring[cycle.vertex[i]].x;
            lat = ring[cycle.vertex[i]].y;
        } else {
            footOn(cycle.edge[i], cycle.t[i]);
            lon = foot[0];
            lat = foot[1];
            normal = foot[2] + 90; // a sample's runs are along its own edge
        }
        int next = (i + 1) % cycle.count;
        double azIn = inEdge < 0
                ? GaussSphere.azimuth(cycle.unit, 3 * i, cycle.entry, 3 * i)
                : cycle.vertex[i] < 0 ? normal : normalAt(inEdge, cycle.tOn(i, inEdge));
        double azOut = outEdge < 0
                ? GaussSphere.azimuth(cycle.unit, 3 * i, cycle.entry, 3 * next)
                : cycle.vertex[i] < 0 ? normal : normalAt(outEdge, cycle.tOn(i, outEdge));
        double extent;
        if (cycle.hull[i]) {
            double w1 = GaussSphere.azimuth(cycle.unit, 3 * i, cycle.wedge, 6 * i);
            double w2 = GaussSphere.azimuth(cycle.unit, 3 * i, cycle.wedge, 6 * i + 3);
            extent = Math.max(0, Wgs84.wrap180(azIn - w1))
                    + Math.max(0, Wgs84.wrap180(w1 - w2))
                    + Math.max(0, Wgs84.wrap180(w2 - azOut));
        } else {
            extent = Wgs84.wrap180(azIn - azOut);
        }
        if (extent > 1e-3 * budget.arcStepDeg()) {
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
            if (setback < offsetChord(inEdge, cycle.runEnd(i, inEdge, -1), i)
                    && setback < offsetChord(outEdge, i, cycle.runEnd(i, outEdge, 1))) {
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
     * last steps at most {@link ChordBudget#endStepDeg} and the ones between at most {@link ChordBudget#liftedStepDeg},
     * scaled to fit.
     */
    private void writeArcInside(double lon, double lat, double azIn, double extent) {
        if (extent <= budget.arcStepDeg()) {
            return;
        }
        int inner = extent <= 2 * budget.endStepDeg()
                ? 0
                : (int) Math.ceil((extent - 2 * budget.endStepDeg()) / budget.liftedStepDeg());
        double scale = extent / (2 * budget.endStepDeg() + inner * budget.liftedStepDeg());
        double az = Math.toRadians(azIn - budget.endStepDeg() * scale);
        double sin = Math.sin(az);
        double cos = Math.cos(az);
        point(lon, lat, sin, cos, arcRadius);
        // the equal steps by rotation: after a few hundred, within 10^-13 rad of the angle
        double step = Math.toRadians(budget.liftedStepDeg() * scale);
        double sinStep = Math.sin(step);
        double cosStep = Math.cos(step);
        for (int s = 0; s < inner; s++) {
            double rotated = sin * cosStep - cos * sinStep;
            cos = cos * cosStep + sin * sinStep;
            sin = rotated;
            point(lon, lat, sin, cos, arcRadius);
        }
    }

    /** Writes offset points strictly between t1 and t2 on edge e, as close as the chord rule needs. */
    private void writeOffsets(int e, double t1, double t2) {
        edge(e);
        int k = (int) Math.ceil((t2 - t1) * edgeLength[e] / budget.maxChord());
        for (int s = 1; s < k; s++) {
            footOn(e, t1 + (t2 - t1) * s / k);
            point(foot[0], foot[1], foot[2] + 90, radius);
        }
    }

    private void point(double lon, double lat, double azimuth, double distance) {
        geodesic.destination(lon, lat, azimuth, distance, dir);
        add();
    }

    private void point(double lon, double lat, double sinAzimuth, double cosAzimuth, double distance) {
        geodesic.destination(lon, lat, sinAzimuth, cosAzimuth, distance, dir);
        add();
    }

    /** Adds the end point in {@link #dir} unless it repeats the last vertex. */
    private void add() {
        double x = refLon + Wgs84.wrap180(dir[0] - refLon);
        if (out.size() > 0) {
            Coordinate last = out.get(out.size() - 1);
            if (Math.abs(last.x - x) < SAME_VERTEX_DEG && Math.abs(last.y - dir[1]) < SAME_VERTEX_DEG) {
                return;
            }
        }
        out.add(new Coordinate(x, dir[1]), false);
    }

    /** The outward normal azimuth of edge e at fraction t (the ring is cycle.counter-clockwise: outward is right). */
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
        feet.destination(a.x, a.y, edgeAz1[e], t * edgeLength[e], foot);
        foot[2] = feet.endAzimuth();
    }

    private void edge(int e) {
        if (!edgeKnown[e]) {
            edgeKnown[e] = true;
            Geodesic.inverse(ring[e].x, ring[e].y, ring[e + 1].x, ring[e + 1].y, dir);
            edgeLength[e] = dir[0];
            edgeAz1[e] = dir[1];
            edgeAz2[e] = dir[2];
        }
    }
}
