package org.standoff.render;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.standoff.model.MiningSite;

/**
 * Paints mining sites as symbols (see {@link SiteSymbols}), culled to the viewport, one symbol
 * per pixel per style, with the selected site ringed on top. Symbols shrink when zoomed out,
 * like data-layer points. Stateless and thread-safe.
 */
public final class SitePainter {

    private SitePainter() {}

    public static void paint(Surface s, Viewport v, List<MiningSite> sites, MiningSite selected) {
        Envelope box = v.lonLatEnvelope(GeometryPath.CLIP_MARGIN_PX);
        double size = LayerPainter.symbolSize(SiteSymbols.SIZE, v.zoom());
        int w = (int) Math.ceil(v.width());
        int h = (int) Math.ceil(v.height());
        Map<SymbolStyle, double[]> batches = new HashMap<>();
        Map<SymbolStyle, Integer> counts = new HashMap<>();
        Map<SymbolStyle, BitSet> used = new HashMap<>();
        for (MiningSite site : sites) {
            if (!box.contains(site.lon(), site.lat())) {
                continue;
            }
            SymbolStyle style = SiteSymbols.symbol(site, size);
            double x = v.x(site.lon());
            double y = v.y(site.lat());
            int px = (int) x;
            int py = (int) y;
            if (px >= 0 && py >= 0 && px < w && py < h) {
                BitSet bits = used.computeIfAbsent(style, k -> new BitSet(w * h));
                int bit = py * w + px;
                if (bits.get(bit)) {
                    continue;
                }
                bits.set(bit);
            }
            int n = counts.getOrDefault(style, 0);
            double[] xy = batches.computeIfAbsent(style, k -> new double[64]);
            if (2 * n + 2 > xy.length) {
                xy = java.util.Arrays.copyOf(xy, xy.length * 2);
                batches.put(style, xy);
            }
            xy[2 * n] = x;
            xy[2 * n + 1] = y;
            counts.put(style, n + 1);
        }
        // Closed sites first, so active ones sit on top where they overlap.
        batches.entrySet().stream()
                .sorted((a, b) -> Integer.compare(a.getKey().fill().alpha(), b.getKey().fill().alpha()))
                .forEach(e -> s.symbols(e.getValue(), counts.get(e.getKey()), e.getKey()));
        if (selected != null && box.contains(selected.lon(), selected.lat())) {
            double[] xy = {v.x(selected.lon()), v.y(selected.lat())};
            s.symbols(xy, 1, new SymbolStyle(SymbolStyle.Shape.CIRCLE, size + 10, LayerPainter.SELECTION.withOpacity(0.25), LayerPainter.SELECTION, 2.5));
            s.symbols(xy, 1, SiteSymbols.symbol(selected, size));
        }
    }
}
