package org.standoff.render;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.CoordinateArraySequence;
import org.locationtech.jts.operation.overlayng.RingClipper;

/**
 * Traces JTS geometries into the current path of a {@link Surface}, projecting lon/lat through
 * a {@link Viewport}.
 *
 * <p>Vertices closer than {@link #MIN_STEP_PX} to the previous emitted vertex are dropped: at
 * national zoom a coastline of thousands of vertices collapses to the few hundred that can be
 * seen, which keeps tile and frame times low without a separate simplified copy of the data.
 * The first and last vertex of every ring or line are always kept, so shapes stay closed.
 *
 * <p>Polygon rings that reach beyond the viewport are first clipped to it, grown by
 * {@link #CLIP_MARGIN_PX} (Sutherland–Hodgman, JTS's {@link RingClipper}): a continent-sized
 * ring then costs a tile only the vertices it shows. The clipped ring's extra edges run along
 * the margin, outside the surface, so neither fills nor strokes show them. Points are ignored
 * (symbols are drawn elsewhere). Stateless and thread-safe.
 */
public final class GeometryPath {

    /** Vertices nearer than this to the last kept one are skipped, in surface units. */
    public static final double MIN_STEP_PX = 0.4;

    /** How far outside the surface rings are clipped, in surface units; wider than any stroke. */
    public static final double CLIP_MARGIN_PX = 8;

    private GeometryPath() {}

    /** Appends the polygons and lines of {@code g} to the surface's current path. */
    public static void trace(Surface s, Viewport v, Geometry g) {
        trace(s, v, g, v.lonLatEnvelope(CLIP_MARGIN_PX));
    }

    private static void trace(Surface s, Viewport v, Geometry g, Envelope clip) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (!part.getEnvelopeInternal().intersects(clip)) {
                continue;
            }
            if (part instanceof Polygon p) {
                traceRing(s, v, p.getExteriorRing(), clip);
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    traceRing(s, v, p.getInteriorRingN(h), clip);
                }
            } else if (part instanceof LineString l) {
                traceSequence(s, v, l.getCoordinateSequence(), false);
            } else if (part.getNumGeometries() > 1 || part != g) {
                trace(s, v, part, clip);
            }
        }
    }

    /** Appends one ring, clipped to the viewport grown by {@link #CLIP_MARGIN_PX}. */
    static void traceRing(Surface s, Viewport v, LinearRing ring) {
        traceRing(s, v, ring, v.lonLatEnvelope(CLIP_MARGIN_PX));
    }

    private static void traceRing(Surface s, Viewport v, LinearRing ring, Envelope clip) {
        Envelope env = ring.getEnvelopeInternal();
        if (!env.intersects(clip)) {
            return;
        }
        if (clip.contains(env)) {
            traceSequence(s, v, ring.getCoordinateSequence(), true);
            return;
        }
        Coordinate[] clipped = new RingClipper(clip).clip(ring.getCoordinates());
        if (clipped.length >= 3) {
            traceSequence(s, v, new CoordinateArraySequence(clipped), true);
        }
    }

    private static void traceSequence(Surface s, Viewport v, CoordinateSequence seq, boolean close) {
        int n = seq.size();
        if (n < 2) {
            return;
        }
        double lastX = v.x(seq.getX(0));
        double lastY = v.y(seq.getY(0));
        s.moveTo(lastX, lastY);
        double minSq = MIN_STEP_PX * MIN_STEP_PX;
        for (int i = 1; i < n; i++) {
            double x = v.x(seq.getX(i));
            double y = v.y(seq.getY(i));
            double dx = x - lastX;
            double dy = y - lastY;
            if (i == n - 1 || dx * dx + dy * dy >= minSq) {
                s.lineTo(x, y);
                lastX = x;
                lastY = y;
            }
        }
        if (close) {
            s.closePath();
        }
    }
}
