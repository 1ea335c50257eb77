package org.standoff.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.standoff.analysis.ZoneShapes;
import org.standoff.geo.LengthUnit;
import org.standoff.model.Zone;
import org.standoff.render.label.CandidateSource;
import org.standoff.render.label.Candidates;
import org.standoff.render.label.LabelEngine;
import org.standoff.render.label.LabelPriority;
import org.standoff.render.label.LabelRequest;

/**
 * Paints zones: the bands of one colour merged and filled once with the zone's colour, faintly
 * (vector transparency in PDF), so overlapping zones do not darken; each band outlined solid
 * and labelled with its radius in the display unit through the frame's
 * {@link LabelEngine}. When more than {@link #DENSE_PARTS} polygons are in view (national zoom)
 * the merged area of each colour is outlined instead, and each band is labelled once. The selected zone is drawn with a heavier outline. Thread-safe: the only
 * state is a cache of merged fills keyed weakly by shape list.
 */
public final class ZonePainter {

    static final double FILL_OPACITY = 0.14;
    private static final TextStyle LABEL = new TextStyle(11, true, Rgba.hex("#222222"), Rgba.hex("#ffffff"), 2);

    private ZonePainter() {}

    public static void paint(
            Surface s, Viewport v, List<ZoneShapes.Shape> shapes, String selectedZoneId, LengthUnit unit) {
        LabelEngine labels = new LabelEngine(s.width(), s.height(), 0);
        paint(s, v, shapes, selectedZoneId, unit, labels);
        labels.draw(s);
    }

    /**
     * Paints the zones' fills and outlines, and queues their labels in the frame's label engine
     * (the caller draws them with the frame's other labels): one label per drawn part, along its
     * outline (above its top, below its foot, then on the outline itself), the zone's name with
     * the radius on the first part of each band, the radius alone on the rest.
     */
    public static void paint(
            Surface s,
            Viewport v,
            List<ZoneShapes.Shape> shapes,
            String selectedZoneId,
            LengthUnit unit,
            LabelEngine labels) {
        Envelope box = v.lonLatEnvelope(GeometryPath.CLIP_MARGIN_PX);
        fill(s, v, shapes, box);
        boolean dense = partsInView(shapes, box) > DENSE_PARTS;
        if (dense) {
            outlineMerged(s, v, shapes, selectedZoneId, box);
        }
        for (ZoneShapes.Shape shape : dense ? List.<ZoneShapes.Shape>of() : shapes) {
            if (!shape.geometry().getEnvelopeInternal().intersects(box)) {
                continue;
            }
            boolean selected = shape.zone().id().equals(selectedZoneId);
            s.beginPath();
            GeometryPath.trace(s, v, shape.geometry());
            s.strokePath(Stroke.solid(colour(shape.zone()), selected ? 3.0 : 1.6));
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        for (ZoneShapes.Shape shape : shapes) {
            Zone.Band band = shape.zone().bands().get(shape.bandIndex());
            String key = shape.zone().id() + "#" + shape.bandIndex();
            if (dense && named.contains(key)) {
                continue; // named already, and dense views carry no per-part radii
            }
            for (int i = 0; i < shape.geometry().getNumGeometries(); i++) {
                Geometry part = shape.geometry().getGeometryN(i);
                Envelope e = part.getEnvelopeInternal();
                if (!e.intersects(box) || v.x(e.getMaxX()) - v.x(e.getMinX()) < 30 || !(part instanceof Polygon p)) {
                    continue;
                }
                CandidateSource where = Candidates.outline(outline(v, p), 16, 4);
                if (named.add(key)) {
                    labels.add(new LabelRequest(
                            LabelPriority.ZONE,
                            List.of(
                                    new LabelRequest.Option(label(shape.zone(), band, unit), LABEL, where, false),
                                    new LabelRequest.Option(radius(band, unit), LABEL, where, false)),
                            key));
                } else if (dense) {
                    break; // merged outlines: one label per band says it, hundreds of radii would bury the map
                } else {
                    labels.add(LabelRequest.of(LabelPriority.ZONE_PART, radius(band, unit), LABEL, where, key));
                }
            }
        }
    }

    /**
     * Above this many polygons in view the zones are outlined as the merged area of each colour
     * rather than shape by shape: at national zoom 1,600 overlapping buffer outlines cost about
     * 200 ms of anti-aliased stroking per frame (OverlayFrameBenchmark) and read as a tangle,
     * while the merged outline shows the same covered area, as a dissolved buffer does.
     */
    static final int DENSE_PARTS = 150;

    private static int partsInView(List<ZoneShapes.Shape> shapes, Envelope box) {
        int n = 0;
        for (ZoneShapes.Shape shape : shapes) {
            Geometry g = shape.geometry();
            if (!g.getEnvelopeInternal().intersects(box)) {
                continue;
            }
            for (int i = 0; i < g.getNumGeometries() && n <= DENSE_PARTS; i++) {
                if (g.getGeometryN(i).getEnvelopeInternal().intersects(box)) {
                    n++;
                }
            }
            if (n > DENSE_PARTS) {
                break;
            }
        }
        return n;
    }

    /** Strokes the merged area of each colour once, heavier for the colour of the selected zone. */
    private static void outlineMerged(
            Surface s, Viewport v, List<ZoneShapes.Shape> shapes, String selectedZoneId, Envelope box) {
        Rgba selected = null;
        for (ZoneShapes.Shape shape : shapes) {
            if (shape.zone().id().equals(selectedZoneId)) {
                selected = colour(shape.zone());
                break;
            }
        }
        for (Map.Entry<Rgba, Merged> e : merged(shapes).entrySet()) {
            if (!e.getValue().geometry().getEnvelopeInternal().intersects(box)) {
                continue;
            }
            s.beginPath();
            e.getValue().trace(s, v);
            s.strokePath(Stroke.solid(e.getKey(), e.getKey().equals(selected) ? 3.0 : 1.6));
        }
    }

    /**
     * Fills the zones so that overlaps do not darken: the shapes of one colour are merged into
     * one area (cached per shape list, since the screen redraws the same zones on every pan)
     * and filled once, so a fill is as faint where ten buffers overlap as where one lies.
     */
    private static void fill(Surface s, Viewport v, List<ZoneShapes.Shape> shapes, Envelope box) {
        for (Map.Entry<Rgba, Merged> e : merged(shapes).entrySet()) {
            if (!e.getValue().geometry().getEnvelopeInternal().intersects(box)) {
                continue;
            }
            s.beginPath();
            e.getValue().trace(s, v);
            s.fillPath(e.getKey().withOpacity(FILL_OPACITY));
        }
    }

    /**
     * The merged area of one colour, with its rings projected and thinned per whole zoom level
     * up to {@link DecimatedRings#MAX_LEVEL} as they are first drawn there: a national view of
     * 800 buffer rings then costs the few thousand vertices it shows, not 400,000 projections
     * per frame. A ring outside the view is skipped by its box; one reaching beyond the view is
     * clipped and traced from the geometry, as {@link GeometryPath} does; closer in than the
     * cached levels every ring is.
     */
    static final class Merged {
        private final Geometry geometry;
        private final List<org.locationtech.jts.geom.LinearRing> rings = new java.util.ArrayList<>();
        private final java.util.concurrent.ConcurrentHashMap<Integer, double[][]> levels =
                new java.util.concurrent.ConcurrentHashMap<>();

        Merged(Geometry geometry) {
            this.geometry = geometry;
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                if (geometry.getGeometryN(i) instanceof Polygon p) {
                    rings.add(p.getExteriorRing());
                    for (int h = 0; h < p.getNumInteriorRing(); h++) {
                        rings.add(p.getInteriorRingN(h));
                    }
                }
            }
        }

        Geometry geometry() {
            return geometry;
        }

        void trace(Surface s, Viewport v) {
            int level = (int) Math.floor(v.zoom());
            if (level > DecimatedRings.MAX_LEVEL || !(geometry instanceof Polygonal)) {
                GeometryPath.trace(s, v, geometry);
                return;
            }
            double[][] projected = levels.computeIfAbsent(level, z -> DecimatedRings.project(geometry, z));
            double k = Math.pow(2, v.zoom() - level);
            double ox = v.originX();
            double oy = v.originY();
            double m = GeometryPath.CLIP_MARGIN_PX;
            for (int i = 0; i < projected.length; i++) {
                double[] r = projected[i];
                if (r.length < 4) {
                    continue;
                }
                double minX = Double.MAX_VALUE;
                double minY = Double.MAX_VALUE;
                double maxX = -Double.MAX_VALUE;
                double maxY = -Double.MAX_VALUE;
                for (int j = 0; j < r.length; j += 2) {
                    minX = Math.min(minX, r[j]);
                    maxX = Math.max(maxX, r[j]);
                    minY = Math.min(minY, r[j + 1]);
                    maxY = Math.max(maxY, r[j + 1]);
                }
                minX = minX * k - ox;
                maxX = maxX * k - ox;
                minY = minY * k - oy;
                maxY = maxY * k - oy;
                if (maxX < -m || maxY < -m || minX > v.width() + m || minY > v.height() + m) {
                    continue;
                }
                if (minX < -m || minY < -m || maxX > v.width() + m || maxY > v.height() + m) {
                    GeometryPath.traceRing(s, v, rings.get(i));
                    continue;
                }
                s.moveTo(r[0] * k - ox, r[1] * k - oy);
                for (int j = 2; j < r.length; j += 2) {
                    s.lineTo(r[j] * k - ox, r[j + 1] * k - oy);
                }
                s.closePath();
            }
        }
    }

    private static final Map<List<ZoneShapes.Shape>, Map<Rgba, Merged>> MERGED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    static Map<Rgba, Merged> merged(List<ZoneShapes.Shape> shapes) {
        Map<Rgba, Merged> cached = MERGED.get(shapes);
        if (cached != null) {
            return cached;
        }
        Map<Rgba, List<Geometry>> byColour = new java.util.LinkedHashMap<>();
        for (ZoneShapes.Shape shape : shapes) {
            byColour.computeIfAbsent(colour(shape.zone()), c -> new java.util.ArrayList<>())
                    .add(shape.geometry());
        }
        Map<Rgba, Merged> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<Rgba, List<Geometry>> e : byColour.entrySet()) {
            out.put(e.getKey(), new Merged(union(e.getValue())));
        }
        MERGED.put(shapes, out);
        return out;
    }

    private static Geometry union(List<Geometry> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        try {
            return UnaryUnionOp.union(parts);
        } catch (TopologyException e) {
            // A pathological outline: fall back to the parts' snapped union rather than no fill.
            return org.locationtech.jts.operation.overlayng.OverlayNGRobust.union(parts);
        }
    }

    /** The exterior ring of a part in surface units, x0, y0, x1, y1, … */
    private static double[] outline(Viewport v, Polygon p) {
        Coordinate[] cs = p.getExteriorRing().getCoordinates();
        int step = Math.max(1, cs.length / 720);
        double[] xy = new double[2 * ((cs.length + step - 1) / step)];
        int n = 0;
        for (int i = 0; i < cs.length; i += step) {
            xy[n++] = v.x(cs[i].x);
            xy[n++] = v.y(cs[i].y);
        }
        return java.util.Arrays.copyOf(xy, n);
    }

    /** "CFIUS close proximity · 1 mi", or "Extended · 1–100 mi" for a ring. */
    public static String label(Zone z, Zone.Band band, LengthUnit unit) {
        return z.name() + " · " + radius(band, unit);
    }

    /** "1 mi", or "1–100 mi" for a ring. */
    public static String radius(Zone.Band band, LengthUnit unit) {
        String r = band.isRing()
                ? number(unit.fromMetres(band.innerMetres())) + "–" + number(unit.fromMetres(band.outerMetres()))
                : number(unit.fromMetres(band.outerMetres()));
        return r + " " + unit.symbol();
    }

    /** A distance value with sensible precision: whole numbers plain, 27.3, 0.84. */
    public static String number(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return v >= 10
                ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }

    public static Rgba colour(Zone z) {
        return z.color() != null && z.color().matches("#[0-9a-fA-F]{6}") ? Rgba.hex(z.color()) : Rgba.hex("#c0392b");
    }
}
