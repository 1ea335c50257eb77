package org.standoff.render;

import java.lang.ref.WeakReference;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.standoff.geo.WebMercator;
import org.standoff.model.MiningSite;

/**
 * Paints mining sites as symbols (see {@link SiteSymbols}), culled to the viewport, thinned to
 * one symbol per cell of about 40 % of a symbol, with the selected site ringed on top. Symbols
 * keep their screen size when zoomed in and shrink when zoomed out, like data-layer points.
 * Stateless and thread-safe.
 */
public final class SitePainter {

    private SitePainter() {}

    /** The size sites are drawn at in this viewport: they shrink when zoomed out. */
    public static double symbolSize(Viewport v) {
        return symbolSize(v, SiteStyle.DEFAULT);
    }

    /** The size sites of a style are drawn at in this viewport. */
    public static double symbolSize(Viewport v, SiteStyle style) {
        return LayerPainter.symbolSize(style.sizePx(), v.zoom());
    }

    /** The last site list projected, and its positions: the screen redraws the same list on every pan. */
    private static final AtomicReference<Object[]> LAST =
            new AtomicReference<>(new Object[] {new WeakReference<>(null), new double[0]});

    /**
     * The sites' positions in Web Mercator world units of the unit square (x, y interleaved),
     * computed once per list: a frame then costs a multiply-add per site instead of a logarithm
     * and a sine. One list is kept (weakly), the one drawn last, and only an unmodifiable one
     * (as {@code List.copyOf} returns it unchanged): a list that can change is projected anew.
     */
    static double[] projected(List<MiningSite> sites) {
        Object[] last = LAST.get();
        if (((WeakReference<?>) last[0]).get() == sites) {
            return (double[]) last[1];
        }
        boolean fixed = List.copyOf(sites) == sites;
        double[] xy = new double[2 * sites.size()];
        int i = 0;
        for (MiningSite site : sites) {
            xy[i++] = (site.lon() + 180.0) / 360.0;
            xy[i++] = WebMercator.y(site.lat(), 0) / WebMercator.TILE_SIZE;
        }
        if (fixed) {
            LAST.set(new Object[] {new WeakReference<>(sites), xy});
        }
        return xy;
    }

    /** Paints the sites in the default style. */
    public static void paint(Surface s, Viewport v, List<MiningSite> sites, MiningSite selected) {
        paint(s, v, sites, selected, SiteStyle.DEFAULT);
    }

    public static void paint(Surface s, Viewport v, List<MiningSite> sites, MiningSite selected, SiteStyle style) {
        SiteSymbols.Scheme scheme = style.scheme();
        double size = symbolSize(v, style);
        int w = (int) Math.ceil(v.width());
        int h = (int) Math.ceil(v.height());
        double k = WebMercator.worldSize(v.zoom());
        double ox = v.originX();
        double oy = v.originY();
        double margin = GeometryPath.CLIP_MARGIN_PX;
        double lonMin = v.lon(-margin);
        double lonMax = v.lon(w + margin);
        double latMin = v.lat(h + margin);
        double latMax = v.lat(-margin);
        double[] unit = projected(sites);
        // Styles are few (shape by status x colour by control): batch by a small integer key.
        int keys = SiteSymbols.KEYS;
        SymbolStyle[] styles = new SymbolStyle[keys];
        double[][] batches = new double[keys][];
        int[] counts = new int[keys];
        // One symbol per cell: a symbol is several pixels wide, so a cell of ~40 % of it hides nothing.
        int cell = Math.max(1, (int) (size / 2.5));
        int cw = w / cell + 1;
        BitSet used = new BitSet(Math.max(1, cw * (h / cell + 1)));
        double xMax = w + margin;
        double yMax = h + margin;
        for (int i = 0, count = sites.size(); i < count; i++) {
            double x = unit[2 * i] * k - ox;
            double y = unit[2 * i + 1] * k - oy;
            if (!(x >= -margin && x <= xMax && y >= -margin && y <= yMax)) {
                continue; // NaN too: a site without a position is not drawn
            }
            MiningSite site = sites.get(i);
            int px = (int) x;
            int py = (int) y;
            if (px >= 0 && py >= 0 && px < w && py < h) {
                int bit = (py / cell) * cw + px / cell;
                if (used.get(bit)) {
                    continue;
                }
                used.set(bit);
            }
            int key = SiteSymbols.key(site, scheme);
            if (styles[key] == null) {
                styles[key] = SiteSymbols.symbol(site, size, scheme);
                batches[key] = new double[256];
            }
            double[] xy = batches[key];
            int n = counts[key];
            if (2 * n + 2 > xy.length) {
                xy = java.util.Arrays.copyOf(xy, xy.length * 2);
                batches[key] = xy;
            }
            xy[2 * n] = x;
            xy[2 * n + 1] = y;
            counts[key] = n + 1;
        }
        // Closed sites (faded) first, so active ones sit on top where they overlap.
        for (int pass = 0; pass < 2; pass++) {
            for (int key = 0; key < keys; key++) {
                if (styles[key] != null && (styles[key].fill().alpha() < 255) == (pass == 0)) {
                    s.symbols(batches[key], counts[key], styles[key]);
                }
            }
        }
        if (selected != null
                && selected.lon() >= lonMin
                && selected.lon() <= lonMax
                && selected.lat() >= latMin
                && selected.lat() <= latMax) {
            double[] xy = {v.x(selected.lon()), v.y(selected.lat())};
            s.symbols(
                    xy,
                    1,
                    new SymbolStyle(
                            SymbolStyle.Shape.CIRCLE,
                            size + 10,
                            LayerPainter.SELECTION.withOpacity(0.25),
                            LayerPainter.SELECTION,
                            2.5));
            s.symbols(xy, 1, SiteSymbols.symbol(selected, size, scheme));
        }
    }
}
