package org.standoff.print;

import java.util.ArrayList;
import java.util.List;
import org.standoff.geo.WebMercator;
import org.standoff.render.Rgba;
import org.standoff.render.Surface;
import org.standoff.render.TextStyle;
import org.standoff.render.Viewport;
import org.standoff.render.basemap.BasemapPainter;

/**
 * The map frame: chooses the Web Mercator view that shows the content's extent in the frame,
 * draws the basemap, the caller's painter and the placed map labels, clipped to the frame, then
 * the frame border. Stateless apart from the basemap painter, which is thread-safe.
 */
final class MapFrame {

    /** Metres of paper per point. */
    static final double METRES_PER_POINT = 0.0254 / 72;
    private static final double EARTH_RADIUS = 6378137;

    private final BasemapPainter basemap;

    MapFrame(BasemapPainter basemap) {
        this.basemap = basemap;
    }

    /**
     * The viewport of a frame {@code w} × {@code h} points: for a box, the largest fractional zoom
     * at which the box fits, centred on the box's Mercator middle; for a scale, the zoom at which
     * one point is {@code N} paper points of ground at the centre (spherical Mercator scale
     * factor, within 0.5 % of the ellipsoid; the scale bar is measured geodesically regardless).
     */
    static Viewport viewport(MapExtent e, double w, double h) {
        if (e.isScale()) {
            double lat = e.south();
            double groundPerPoint = e.scaleDenominator() * METRES_PER_POINT;
            double zoom = log2(2 * Math.PI * EARTH_RADIUS * Math.cos(Math.toRadians(lat)) / (WebMercator.TILE_SIZE * groundPerPoint));
            return Viewport.centredOn(e.west(), lat, zoom, w, h);
        }
        double x0 = WebMercator.x(e.west(), 0);
        double x1 = WebMercator.x(e.east(), 0);
        double y0 = WebMercator.y(e.north(), 0);
        double y1 = WebMercator.y(e.south(), 0);
        double zoom = log2(Math.min(w / (x1 - x0), h / (y1 - y0)));
        double k = Math.pow(2, zoom);
        return new Viewport(zoom, (x0 + x1) / 2 * k - w / 2, (y0 + y1) / 2 * k - h / 2, w, h);
    }

    /**
     * Draws the frame into {@code r}; returns the viewport used. Map labels keep clear of
     * {@code insets} (page rectangles of the scale bar, north arrow and anything else on the map).
     */
    Viewport draw(PageCanvas canvas, Rect r, BriefingContent content, List<Rect> insets) {
        Viewport v = viewport(content.extent(), r.width(), r.height());
        try (PageCanvas.Region region = canvas.region(r)) {
            Surface s = region.surface();
            basemap.paint(s, v);
            content.painter().paint(s, v);
            drawLabels(s, v, content.mapLabels(), r, insets);
        }
        Surface page = canvas.page();
        page.beginPath();
        page.moveTo(r.x(), r.y());
        page.lineTo(r.right(), r.y());
        page.lineTo(r.right(), r.bottom());
        page.lineTo(r.x(), r.bottom());
        page.closePath();
        page.strokePath(PrintStyles.FRAME);
        return v;
    }

    private static void drawLabels(Surface s, Viewport v, List<MapLabel> labels, Rect frame, List<Rect> insets) {
        if (labels.isEmpty()) {
            return;
        }
        TextStyle style = new TextStyle(PrintStyles.MAP_LABEL_SIZE, true, PrintStyles.INK, Rgba.hex("#ffffff"), 1.6);
        Rect bounds = new Rect(2, 2, Math.max(0, s.width() - 4), Math.max(0, s.height() - 4));
        LabelPlacer placer = new LabelPlacer(bounds, s::textWidth, style, Math.min(140, s.width() / 3), 6);
        for (Rect i : insets) {
            placer.addObstacle(new Rect(i.x() - frame.x(), i.y() - frame.y(), i.width(), i.height()));
        }
        List<LabelPlacer.Candidate> candidates = new ArrayList<>();
        for (MapLabel l : labels) {
            double x = v.x(l.lon());
            double y = v.y(l.lat());
            if (x >= 0 && y >= 0 && x <= s.width() && y <= s.height()) {
                candidates.add(new LabelPlacer.Candidate(l.text(), x, y, l.priority()));
                // Keep labels off every anchor, so no label hides another site's symbol.
                placer.addObstacle(new Rect(x - 4, y - 4, 8, 8));
            }
        }
        for (LabelPlacer.Placed p : placer.place(candidates)) {
            s.text(p.text(), p.x(), p.baseline(), style);
        }
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
