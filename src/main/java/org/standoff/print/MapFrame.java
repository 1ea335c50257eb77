package org.standoff.print;

import java.util.ArrayList;
import java.util.List;
import org.standoff.geo.WebMercator;
import org.standoff.render.Stroke;
import org.standoff.render.Surface;
import org.standoff.render.TextStyle;
import org.standoff.render.Viewport;
import org.standoff.render.basemap.BasemapPainter;
import org.standoff.render.label.LabelEngine;

/**
 * The map frame: chooses the Web Mercator view that shows the content's extent in the frame,
 * draws the basemap and the caller's painter, then every name of the frame (basemap names, zone
 * radii, site and installation names, row numbers) through one {@link LabelEngine}, clipped to
 * the frame, then the frame border. When sites lie outside the frame or a flagged site finds no
 * place even for its number, a notice in the frame's corner says so. Stateless apart from the basemap painter, which is thread-safe.
 */
final class MapFrame {

    /** Metres of paper per point. */
    static final double METRES_PER_POINT = 0.0254 / 72;

    private static final double EARTH_RADIUS = 6378137;
    /** Labels keep this far from the frame's edge, points. */
    static final double EDGE = 2;

    private static final TextStyle CAPTION = PrintStyles.text(6.5, true, PrintStyles.INK);

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
            double zoom = log2(2
                    * Math.PI
                    * EARTH_RADIUS
                    * Math.cos(Math.toRadians(lat))
                    / (WebMercator.TILE_SIZE * groundPerPoint));
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
     * A {@code grid} (may be null) is drawn over the map, under the labels, with its references
     * kept clear.
     */
    Viewport draw(PageCanvas canvas, Rect r, BriefingContent content, List<Rect> insets, MapGrid grid) {
        MapExtent extent = content.extent();
        Viewport v = viewport(extent, r.width(), r.height());
        List<Rect> insetRects = UsInsets.rects(extent.insets(), r.width(), r.height());
        List<MapLabels.Panel> panels = new ArrayList<>();
        LabelEngine engine;
        Surface main;
        try (PageCanvas.Region region = canvas.region(r)) {
            main = region.surface();
            engine = new LabelEngine(main.width(), main.height(), EDGE);
            for (Rect i : insets) {
                engine.reserve(new double[] {i.x() - r.x(), i.y() - r.y(), i.right() - r.x(), i.bottom() - r.y()});
            }
            for (Rect i : insetRects) {
                engine.reserve(new double[] {i.x() - 2, i.y() - 2, i.right() + 2, i.bottom() + 2});
            }
            if (grid != null) {
                grid.reserve(engine, main);
            }
            basemap.paint(main, v, engine);
            content.painter().paint(main, v, engine);
            if (grid != null) {
                grid.draw(main);
            }
            MapLabels.Panel panel = new MapLabels.Panel(engine, main, v, insetRects);
            MapLabels.queue(panel, content.mapLabels());
            panels.add(panel);
        }
        for (int i = 0; i < insetRects.size(); i++) {
            Rect ir = insetRects.get(i);
            panels.add(inset(
                    canvas,
                    new Rect(r.x() + ir.x(), r.y() + ir.y(), ir.width(), ir.height()),
                    extent.insets().get(i),
                    content));
        }
        MapLabels.Counts counts =
                new MapLabels.Counts(grid != null, content.findings().size(), content.findingsLeftOut());
        List<String> notices = notices(panels, content, counts);
        try (PageCanvas.Region region = canvas.region(r)) {
            Surface s = region.surface();
            if (!notices.isEmpty()) {
                // Plan again with the notice's corner reserved, then name what the notice must.
                // Room for what the second plan may add: with a grid, its line for every row.
                List<String> worst = new ArrayList<>(notices);
                if (grid != null) {
                    worst.removeIf(l -> l.contains("Map column"));
                    worst.add(MapLabels.gridLine(
                            content.findings().size(), content.findings().size()));
                }
                double[] box = grid == null
                        ? Notice.box(s, worst, EDGE, EDGE)
                        : Notice.box(s, worst, MapGrid.BAND + EDGE, MapGrid.BAND + EDGE);
                engine = engine.replan(box);
                panels.set(0, new MapLabels.Panel(engine, s, v, insetRects));
                notices = notices(panels, content, counts);
                BasemapPainter.townDots(s, v, engine.place(s::textWidth));
                engine.draw(s);
                Notice.draw(s, box, notices);
            } else {
                BasemapPainter.townDots(s, v, engine.place(s::textWidth));
                engine.draw(s);
            }
        }
        Surface page = canvas.page();
        outline(page, r, PrintStyles.FRAME);
        return v;
    }

    /** Draws one inset (basemap, the caller's painter, its own labels, its caption) into page rectangle {@code r}. */
    private MapLabels.Panel inset(PageCanvas canvas, Rect r, MapExtent.Inset inset, BriefingContent content) {
        Viewport v = viewport(inset.extent(), r.width(), r.height());
        MapLabels.Panel panel;
        try (PageCanvas.Region region = canvas.region(r)) {
            Surface s = region.surface();
            LabelEngine engine = new LabelEngine(s.width(), s.height(), EDGE);
            String caption = TextFit.fit(inset.name(), CAPTION, s.width() - 6, s::textWidth);
            double captionW = s.textWidth(caption, CAPTION) + 6;
            engine.reserve(new double[] {0, 0, captionW, CAPTION.size() + 4});
            basemap.paint(s, v, engine);
            content.painter().paint(s, v, engine);
            panel = new MapLabels.Panel(engine, s, v, List.of());
            MapLabels.queue(panel, content.mapLabels());
            BasemapPainter.townDots(s, v, engine.place(s::textWidth));
            engine.draw(s);
            s.fillRect(0, 0, captionW, CAPTION.size() + 4, PrintStyles.PAPER.withOpacity(0.85));
            s.text(caption, 3, CAPTION.size() + 1, CAPTION);
        }
        outline(canvas.page(), r, Stroke.solid(PrintStyles.INK, 0.6));
        return panel;
    }

    /** The content's notes (datum warnings), then what the label plan could not show. */
    private static List<String> notices(
            List<MapLabels.Panel> panels, BriefingContent content, MapLabels.Counts counts) {
        List<String> labels = MapLabels.notices(panels, content.mapLabels(), counts);
        if (content.notes().isEmpty()) {
            return labels;
        }
        List<String> out = new java.util.ArrayList<>(content.notes());
        out.addAll(labels);
        return out;
    }

    private static void outline(Surface page, Rect r, Stroke stroke) {
        page.beginPath();
        page.moveTo(r.x(), r.y());
        page.lineTo(r.right(), r.y());
        page.lineTo(r.right(), r.bottom());
        page.lineTo(r.x(), r.bottom());
        page.closePath();
        page.strokePath(stroke);
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
