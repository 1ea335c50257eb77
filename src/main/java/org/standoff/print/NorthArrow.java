package org.standoff.print;

import org.standoff.render.Rgba;
import org.standoff.render.Stroke;
import org.standoff.render.Surface;
import org.standoff.render.TextStyle;

/**
 * A north arrow. The map is Web Mercator with north up everywhere, so the arrow always points
 * straight up; it is there because a printed page can be turned. Stateless.
 */
final class NorthArrow {

    private NorthArrow() {}

    static void draw(Surface s, Rect r) {
        TextStyle style =
                new TextStyle(Math.min(11, r.height() * 0.28), true, PrintStyles.INK, Rgba.hex("#ffffff"), 1.5);
        double textH = style.size() * 1.1;
        double cx = r.centreX();
        double top = r.y() + textH + 1;
        double h = Math.max(4, r.bottom() - top - 1);
        double w = Math.min(r.width() * 0.6, h * 0.55);
        TextBlock.draw(s, "N", new Rect(r.x(), r.y(), r.width(), textH), style, TextBlock.Align.CENTRE);
        // Left half dark, right half light: the classic arrow, readable on any basemap.
        s.beginPath();
        s.moveTo(cx, top);
        s.lineTo(cx - w / 2, top + h);
        s.lineTo(cx, top + h * 0.72);
        s.closePath();
        s.fillPath(PrintStyles.INK);
        s.beginPath();
        s.moveTo(cx, top);
        s.lineTo(cx + w / 2, top + h);
        s.lineTo(cx, top + h * 0.72);
        s.closePath();
        s.fillPath(Rgba.hex("#ffffff"));
        s.beginPath();
        s.moveTo(cx, top);
        s.lineTo(cx + w / 2, top + h);
        s.lineTo(cx, top + h * 0.72);
        s.lineTo(cx - w / 2, top + h);
        s.closePath();
        s.strokePath(Stroke.solid(PrintStyles.INK, 0.7));
    }
}
