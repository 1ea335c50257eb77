package org.standoff.print;

import java.util.List;
import java.util.Locale;
import org.standoff.geo.Geodesic;
import org.standoff.geo.LengthUnit;
import org.standoff.render.Rgba;
import org.standoff.render.ScaleBar;
import org.standoff.render.Stroke;
import org.standoff.render.Surface;
import org.standoff.render.TextStyle;
import org.standoff.render.Viewport;

/**
 * The scale bars (kilometres and miles) and representative fraction, true at the map frame's
 * centre. The ground size of a point is measured with {@link Geodesic#distance} across the
 * frame's centre, never derived from the zoom alone: Web Mercator stretches with latitude (2.3×
 * at 64°N), and a bar computed at the equator would be that much wrong. Stateless.
 */
final class ScaleBarElement {

    private ScaleBarElement() {}

    /** Ground metres per surface unit along the parallel through the viewport's centre. */
    static double metresPerPoint(Viewport v) {
        double cx = v.width() / 2;
        double cy = v.height() / 2;
        double half = Math.max(1, Math.min(v.width(), 200) / 2);
        double lat = v.lat(cy);
        return Geodesic.distance(v.lon(cx - half), lat, v.lon(cx + half), lat) / (2 * half);
    }

    /** The bars for a frame: kilometres then miles, each at most {@code maxPoints} long. */
    static List<ScaleBar> bars(Viewport v, double maxPoints) {
        double mpp = metresPerPoint(v);
        return List.of(
                ScaleBar.fit(mpp, maxPoints, LengthUnit.KILOMETRE), ScaleBar.fit(mpp, maxPoints, LengthUnit.MILE));
    }

    /** "1:250,000", rounded to 3 significant digits. */
    static String fraction(Viewport v) {
        double n = metresPerPoint(v) / MapFrame.METRES_PER_POINT;
        double p = Math.pow(10, Math.floor(Math.log10(n)) - 2);
        return String.format(Locale.US, "1:%,d", Math.round(Math.round(n / p) * p));
    }

    static void draw(Surface s, Rect r, Viewport v) {
        s.fillRect(r.x(), r.y(), r.width(), r.height(), Rgba.hex("#ffffff").withOpacity(0.85));
        double pad = 4;
        double labelRoom = 34;
        double maxBar = Math.max(10, r.width() - 2 * pad - labelRoom);
        List<ScaleBar> bars = bars(v, maxBar);
        TextStyle small = PrintStyles.text(PrintStyles.SMALL_SIZE, false, PrintStyles.INK);
        double rowH = (r.height() - 2 * pad) / 3;
        double y = r.y() + pad;
        for (ScaleBar bar : bars) {
            drawBar(s, r.x() + pad, y + rowH * 0.25, bar, rowH * 0.4, small);
            y += rowH;
        }
        double lat = v.lat(v.height() / 2);
        String note = fraction(v) + "  ·  true at "
                + String.format(Locale.ROOT, "%.1f°%s", Math.abs(lat), lat >= 0 ? "N" : "S");
        TextBlock.draw(s, note, new Rect(r.x() + pad, y, r.width() - 2 * pad, rowH), small, TextBlock.Align.LEFT);
    }

    /** Two halves, black and white, outlined, with the length label at the right end. */
    private static void drawBar(Surface s, double x, double y, ScaleBar bar, double h, TextStyle style) {
        double half = bar.pixels() / 2;
        s.fillRect(x, y, half, h, PrintStyles.INK);
        s.fillRect(x + half, y, half, h, Rgba.hex("#ffffff"));
        s.beginPath();
        s.moveTo(x, y);
        s.lineTo(x + bar.pixels(), y);
        s.lineTo(x + bar.pixels(), y + h);
        s.lineTo(x, y + h);
        s.closePath();
        s.strokePath(Stroke.solid(PrintStyles.INK, 0.6));
        s.text(bar.label(), x + bar.pixels() + 3, y + h / 2 + style.size() * 0.36, style);
    }
}
