package org.standoff.print;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.standoff.render.Rgba;
import org.standoff.render.Stroke;
import org.standoff.render.Surface;
import org.standoff.render.TextStyle;
import org.standoff.render.Viewport;
import org.standoff.render.label.LabelEngine;

/**
 * A reference grid over the main map frame, as atlases have: lettered columns along the top,
 * numbered rows down the left, and every findings row told its square ("C4"), or its inset
 * ("Alaska"), or "off map". Used when the map cannot number every flagged site (the table is
 * cut to the nearest rows, or there are more rows than a page can number), so that a row the
 * map has no room to number is still found on the map, and nothing is left unexplained.
 *
 * <p>Pure geometry over the layout and the content (no text measured), so the table on every
 * page, drawn before or after the map, gives the same squares. Immutable.
 */
final class MapGrid {

    /** The grid is drawn when the table has more rows than this, or is cut. */
    static final int NUMBERED_ROWS = 120;
    /** Cells are about this many points square. */
    private static final double CELL = 70;
    /** The band along the top and left edges the grid's letters and numbers take. */
    static final double BAND = 9;

    private static final TextStyle REF = new TextStyle(6.5, true, Rgba.hex("#4a525c"), Rgba.hex("#ffffff"), 1.2);
    private static final Stroke LINE = Stroke.solid(Rgba.hex("#4a525c").withOpacity(0.6), 0.5);

    private final Viewport main;
    private final int columns;
    private final int rows;
    private final List<Rect> insetRects;
    private final List<Viewport> insetViews;
    private final List<String> insetNames;
    private final Map<Integer, String> refs = new HashMap<>();

    private MapGrid(
            Viewport main,
            List<Rect> insetRects,
            List<Viewport> insetViews,
            List<String> insetNames,
            List<MapLabel> labels) {
        this.main = main;
        this.columns = Math.max(2, Math.min(26, (int) Math.round(main.width() / CELL)));
        this.rows = Math.max(2, (int) Math.round(main.height() / CELL));
        this.insetRects = insetRects;
        this.insetViews = insetViews;
        this.insetNames = insetNames;
        for (MapLabel l : labels) {
            if (l.row() > 0) {
                refs.put(l.row(), ref(l.lon(), l.lat()));
            }
        }
    }

    /** The grid of a layout's map, or empty when the map numbers every row itself (or there is no map). */
    static Optional<MapGrid> of(BriefingLayout layout, BriefingContent content) {
        if (content.findingsLeftOut() == 0 && content.findings().size() <= NUMBERED_ROWS) {
            return Optional.empty();
        }
        return layout.visible(ElementKind.MAP).map(e -> {
            Rect r = layout.pageRect(e);
            MapExtent extent = content.extent();
            Viewport v = MapFrame.viewport(extent, r.width(), r.height());
            List<Rect> rects = UsInsets.rects(extent.insets(), r.width(), r.height());
            List<Viewport> views = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < rects.size(); i++) {
                views.add(MapFrame.viewport(
                        extent.insets().get(i).extent(),
                        rects.get(i).width(),
                        rects.get(i).height()));
                names.add(extent.insets().get(i).name());
            }
            return new MapGrid(v, rects, views, names, content.mapLabels());
        });
    }

    /** The square of findings row {@code row} (1-based), e.g. "C4", an inset's name, or "off map". */
    String refOfRow(int row) {
        return refs.getOrDefault(row, "");
    }

    /** Where a point is on the map: its square in the main frame, else the inset that shows it, else "off map". */
    String ref(double lon, double lat) {
        double x = main.x(lon);
        double y = main.y(lat);
        boolean shown = x >= 0 && y >= 0 && x <= main.width() && y <= main.height();
        for (Rect r : insetRects) {
            shown &= !(x >= r.x() && x <= r.right() && y >= r.y() && y <= r.bottom());
        }
        if (shown) {
            int c = Math.min(columns - 1, (int) (x / (main.width() / columns)));
            int r = Math.min(rows - 1, (int) (y / (main.height() / rows)));
            return column(c) + (r + 1);
        }
        for (int i = 0; i < insetViews.size(); i++) {
            Viewport iv = insetViews.get(i);
            double ix = iv.x(lon);
            double iy = iv.y(lat);
            if (ix >= 0 && iy >= 0 && ix <= iv.width() && iy <= iv.height()) {
                return insetNames.get(i);
            }
        }
        return "off map";
    }

    private static String column(int c) {
        return String.valueOf((char) ('A' + c));
    }

    /** Reserves the band of the edge references in the main frame's engine: call before any label is queued. */
    void reserve(LabelEngine engine, Surface s) {
        for (int c = 0; c < columns; c++) {
            double[] at = columnRef(s, c);
            engine.reserve(new double[] {at[0] - 2, 0, at[0] + at[1] + 2, BAND});
        }
        for (int r = 0; r < rows; r++) {
            double y = (r + 0.5) * s.height() / rows;
            engine.reserve(new double[] {0, y - BAND / 2, s.textWidth(Integer.toString(r + 1), REF) + 4, y + BAND / 2});
        }
    }

    /** Draws the grid lines and the edge references on the main frame's surface, under the labels. */
    void draw(Surface s) {
        double cw = s.width() / columns;
        double ch = s.height() / rows;
        s.beginPath();
        for (int c = 1; c < columns; c++) {
            s.moveTo(c * cw, 0);
            s.lineTo(c * cw, s.height());
        }
        for (int r = 1; r < rows; r++) {
            s.moveTo(0, r * ch);
            s.lineTo(s.width(), r * ch);
        }
        s.strokePath(LINE);
        for (int c = 0; c < columns; c++) {
            s.text(column(c), columnRef(s, c)[0], REF.size() + 1, REF);
        }
        for (int r = 0; r < rows; r++) {
            s.text(Integer.toString(r + 1), 2, (r + 0.5) * ch + REF.size() * 0.36, REF);
        }
    }

    /** Where column {@code c}'s letter starts, and its width. */
    private double[] columnRef(Surface s, int c) {
        double w = s.textWidth(column(c), REF);
        return new double[] {(c + 0.5) * s.width() / columns - w / 2, w};
    }
}
