package org.standoff.render;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Puntal;
import org.standoff.model.Feature;
import org.standoff.model.LayerStyle;
import org.standoff.model.ProjectLayer;

/**
 * Paints data layers (installations, substations, anything loaded) through a {@link Surface}:
 * polygons filled semi-transparent and outlined, lines stroked, points as symbols.
 *
 * <p>Only features whose envelope meets the viewport are touched (through
 * {@link CullingIndex}). Where many points fall on the same pixel only one symbol is drawn,
 * which changes nothing visible and keeps a national view of 70,000 points fast. Selected
 * features are drawn last, highlighted. Stateless and thread-safe.
 */
public final class LayerPainter {

    /** Highlight colour for selected features. */
    public static final Rgba SELECTION = Rgba.hex("#00b7ff");

    private LayerPainter() {}

    /** Paints the visible layers in order (first is bottom), then the selection on top. */
    public static void paint(Surface s, Viewport v, List<ProjectLayer> layers, Set<Feature> selected) {
        Envelope box = v.lonLatEnvelope(GeometryPath.CLIP_MARGIN_PX);
        for (ProjectLayer layer : layers) {
            if (layer.visible()) {
                paintLayer(s, v, box, layer, CullingIndex.of(layer.data()).queryNonPoints(box));
            }
        }
        if (!selected.isEmpty()) {
            paintSelection(s, v, box, selected);
        }
    }

    private static void paintLayer(Surface s, Viewport v, Envelope box, ProjectLayer layer, List<Feature> features) {
        LayerStyle style = layer.style();
        Rgba colour = Rgba.hex(style.color());
        Stroke outline = Stroke.solid(colour, style.lineWidth());
        boolean anyArea = false;
        int level = (int) Math.floor(v.zoom());
        double k = Math.pow(2, v.zoom() - level);
        s.beginPath();
        for (Feature f : features) {
            Geometry g = f.geometry();
            if (g.getDimension() == 2) {
                trace(s, v, layer, f, level, k, true);
                anyArea = true;
            }
        }
        if (anyArea) {
            s.fillPath(colour.withOpacity(style.fillOpacity()));
            s.strokePath(outline);
        }
        s.beginPath();
        boolean anyLine = false;
        for (Feature f : features) {
            if (f.geometry().getDimension() == 1) {
                trace(s, v, layer, f, level, k, false);
                anyLine = true;
            }
        }
        if (anyLine) {
            s.strokePath(outline);
        }
        double size = symbolSize(style.pointSize(), v.zoom());
        paintProjectedPoints(
                s,
                v,
                ProjectedPoints.of(layer.data()),
                new SymbolStyle(SymbolStyle.Shape.CIRCLE, size, colour, Rgba.hex("#ffffff"), size >= 4 ? 1.0 : 0));
    }

    /** Points from the per-layer projected cache: a multiply-add per point, culled and thinned to one per pixel. */
    private static void paintProjectedPoints(Surface s, Viewport v, ProjectedPoints pts, SymbolStyle symbol) {
        if (pts.count == 0) {
            return;
        }
        int w = (int) Math.ceil(v.width());
        int h = (int) Math.ceil(v.height());
        double k = org.standoff.geo.WebMercator.worldSize(v.zoom()) / org.standoff.geo.WebMercator.TILE_SIZE;
        double ox = v.originX();
        double oy = v.originY();
        double margin = GeometryPath.CLIP_MARGIN_PX;
        // One symbol per cell: a symbol is several pixels wide, so a cell of ~40 % of it hides nothing.
        int cell = Math.max(1, (int) (symbol.size() / 2.5));
        int cw = w / cell + 1;
        BitSet used = new BitSet(Math.max(1, cw * (h / cell + 1)));
        double[] xy = new double[1024];
        int n = 0;
        for (int i = 0; i < pts.count; i++) {
            double x = pts.x[i] * k - ox;
            double y = pts.y[i] * k - oy;
            if (x < -margin || y < -margin || x > w + margin || y > h + margin) {
                continue;
            }
            int px = (int) x;
            int py = (int) y;
            if (px >= 0 && py >= 0 && px < w && py < h) {
                int bit = (py / cell) * cw + px / cell;
                if (used.get(bit)) {
                    continue;
                }
                used.set(bit);
            }
            if (2 * n + 2 > xy.length) {
                xy = java.util.Arrays.copyOf(xy, xy.length * 2);
            }
            xy[2 * n] = x;
            xy[2 * n + 1] = y;
            n++;
        }
        if (n > 0) {
            s.symbols(xy, n, symbol);
        }
    }

    /**
     * Point symbols shrink when zoomed out (to 40 % at zoom 2 and below, full size from zoom 8),
     * so a national view of dense points stays readable instead of a solid mass.
     */
    static double symbolSize(double size, double zoom) {
        double f = Math.max(0.4, Math.min(1, 0.4 + 0.6 * (zoom - 2) / 6));
        return Math.max(2, size * f);
    }

    /** Traces from the decimated cache when it has the feature at this level, else directly. */
    private static void trace(
            Surface s, Viewport v, ProjectLayer layer, Feature f, int level, double k, boolean close) {
        double[][] rings = DecimatedRings.rings(layer.data(), f, level);
        if (rings == null) {
            GeometryPath.trace(s, v, f.geometry());
            return;
        }
        double ox = v.originX();
        double oy = v.originY();
        for (double[] r : rings) {
            if (r.length < 4) {
                continue;
            }
            s.moveTo(r[0] * k - ox, r[1] * k - oy);
            for (int i = 2; i < r.length; i += 2) {
                s.lineTo(r[i] * k - ox, r[i + 1] * k - oy);
            }
            if (close) {
                s.closePath();
            }
        }
    }

    private static void paintPoints(Surface s, Viewport v, Envelope box, List<Feature> features, SymbolStyle symbol) {
        int w = (int) Math.ceil(v.width());
        int h = (int) Math.ceil(v.height());
        BitSet used = new BitSet(Math.max(1, w * h));
        double[] xy = new double[256];
        int n = 0;
        for (Feature f : features) {
            Geometry g = f.geometry();
            if (!(g instanceof Puntal)) {
                continue;
            }
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Point p = (Point) g.getGeometryN(i);
                if (p.isEmpty() || !box.contains(p.getX(), p.getY())) {
                    continue;
                }
                double x = v.x(p.getX());
                double y = v.y(p.getY());
                int px = (int) x;
                int py = (int) y;
                if (px >= 0 && py >= 0 && px < w && py < h) {
                    int bit = py * w + px;
                    if (used.get(bit)) {
                        continue;
                    }
                    used.set(bit);
                }
                if (n * 2 == xy.length) {
                    xy = java.util.Arrays.copyOf(xy, xy.length * 2);
                }
                xy[2 * n] = x;
                xy[2 * n + 1] = y;
                n++;
            }
        }
        if (n > 0) {
            s.symbols(xy, n, symbol);
        }
    }

    private static void paintSelection(Surface s, Viewport v, Envelope box, Set<Feature> selected) {
        Stroke halo = Stroke.solid(SELECTION, 3.0);
        s.beginPath();
        for (Feature f : selected) {
            if (f.geometry().getDimension() > 0) {
                GeometryPath.trace(s, v, f.geometry());
            }
        }
        s.strokePath(halo);
        paintPoints(
                s,
                v,
                box,
                List.copyOf(selected),
                new SymbolStyle(SymbolStyle.Shape.CIRCLE, 11, SELECTION.withOpacity(0.35), SELECTION, 2.5));
    }
}
