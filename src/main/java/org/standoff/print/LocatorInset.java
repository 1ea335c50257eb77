package org.standoff.print;

import org.standoff.render.Rgba;
import org.standoff.render.Stroke;
import org.standoff.render.Surface;
import org.standoff.render.Viewport;
import org.standoff.render.basemap.BasemapPainter;

/**
 * The locator: the contiguous US filling the element, with Alaska and Hawaii in their usual
 * small insets at the bottom-left (each its own map, not to the CONUS scale, as on any US
 * reference map), and a red box where the map frame is, drawn in whichever panel contains the
 * frame's centre. A frame too small to see is marked with a minimum-size box so it is always
 * found. A frame outside all three panels (e.g. Guam) shows no box. Stateless.
 */
final class LocatorInset {

    /** One panel: a lon/lat box and where it goes, as fractions of the element rectangle. */
    private record Panel(MapExtent extent, double fx, double fy, double fw, double fh) {}

    private static final Panel CONUS = new Panel(MapExtent.box(-125.5, 23.5, -66, 50), 0, 0, 1, 1);
    private static final Panel ALASKA = new Panel(MapExtent.box(-171, 51, -129.5, 71.8), 0, 0.64, 0.27, 0.36);
    private static final Panel HAWAII = new Panel(MapExtent.box(-160.6, 18.7, -154.6, 22.4), 0.28, 0.78, 0.15, 0.22);
    private static final Stroke BOX = Stroke.solid(Rgba.hex("#d7191c"), 1.4);
    private static final double MIN_BOX = 6;

    private final BasemapPainter basemap;

    LocatorInset(BasemapPainter basemap) {
        this.basemap = basemap;
    }

    void draw(PageCanvas canvas, Rect r, Viewport frame) {
        double lon = frame.lon(frame.width() / 2);
        double lat = frame.lat(frame.height() / 2);
        for (Panel p : new Panel[] {CONUS, ALASKA, HAWAII}) {
            Rect pr = new Rect(
                    r.x() + p.fx() * r.width(), r.y() + p.fy() * r.height(), p.fw() * r.width(), p.fh() * r.height());
            Viewport v = MapFrame.viewport(p.extent(), pr.width(), pr.height());
            boolean here = p == CONUS ? inside(CONUS, lon, lat) && !inside(ALASKA, lon, lat) : inside(p, lon, lat);
            try (PageCanvas.Region region = canvas.region(pr)) {
                Surface s = region.surface();
                basemap.paint(s, v);
                if (here) {
                    drawBox(s, v, frame);
                }
            }
            outline(canvas.page(), pr, p == CONUS ? 0.8 : 0.6);
        }
    }

    private static boolean inside(Panel p, double lon, double lat) {
        MapExtent e = p.extent();
        return lon >= e.west() && lon <= e.east() && lat >= e.south() && lat <= e.north();
    }

    private static void drawBox(Surface s, Viewport v, Viewport frame) {
        double x0 = v.x(frame.lon(0));
        double x1 = v.x(frame.lon(frame.width()));
        double y0 = v.y(frame.lat(0));
        double y1 = v.y(frame.lat(frame.height()));
        double cx = (x0 + x1) / 2;
        double cy = (y0 + y1) / 2;
        double w = Math.max(MIN_BOX, x1 - x0);
        double h = Math.max(MIN_BOX, y1 - y0);
        s.beginPath();
        s.moveTo(cx - w / 2, cy - h / 2);
        s.lineTo(cx + w / 2, cy - h / 2);
        s.lineTo(cx + w / 2, cy + h / 2);
        s.lineTo(cx - w / 2, cy + h / 2);
        s.closePath();
        s.strokePath(BOX);
    }

    private static void outline(Surface s, Rect r, double width) {
        s.beginPath();
        s.moveTo(r.x(), r.y());
        s.lineTo(r.right(), r.y());
        s.lineTo(r.right(), r.bottom());
        s.lineTo(r.x(), r.bottom());
        s.closePath();
        s.strokePath(Stroke.solid(PrintStyles.INK, width));
    }
}
