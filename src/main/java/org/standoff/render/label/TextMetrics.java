package org.standoff.render.label;

import org.standoff.render.TextStyle;

/**
 * The vertical extent of one line of label text and its halo, from the style's size with the
 * ascent and descent of DejaVu Sans (the font both the PDF and the image surfaces use), so a
 * label's box is the same on every surface. Immutable.
 */
public record TextMetrics(double ascent, double descent, double halo) {

    public static TextMetrics of(TextStyle s) {
        return new TextMetrics(s.size() * 0.78, s.size() * 0.24, Math.max(0.5, s.haloWidth()));
    }

    public double height() {
        return ascent + descent;
    }
}
