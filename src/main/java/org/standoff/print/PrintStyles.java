package org.standoff.print;

import org.standoff.render.Rgba;
import org.standoff.render.Stroke;
import org.standoff.render.TextStyle;

/**
 * Colours and text styles of the page furniture (titles, frames, legend, table), in points.
 * Map colours stay in {@link org.standoff.render.MapStyles}. Constants only.
 */
final class PrintStyles {

    private PrintStyles() {}

    static final Rgba INK = Rgba.hex("#1b1f24");
    static final Rgba MUTED = Rgba.hex("#4a525c");
    static final Rgba PAPER = Rgba.hex("#ffffff");
    static final Rgba RULE = Rgba.hex("#c5cbd2");
    static final Rgba TABLE_HEADER = Rgba.hex("#26384a");
    static final Rgba ZEBRA = Rgba.hex("#eef1f4");
    static final Stroke FRAME = Stroke.solid(INK, 0.9);
    static final Stroke HAIRLINE = Stroke.solid(RULE, 0.5);

    static final double TITLE_SIZE = 20;
    static final double SUBTITLE_SIZE = 11;
    static final double MARKING_SIZE = 10;
    static final double SMALL_SIZE = 7;
    static final double TABLE_SIZE = 7.5;
    static final double LEGEND_SIZE = 8;
    static final double MAP_LABEL_SIZE = 8;

    static TextStyle text(double size, boolean bold, Rgba colour) {
        return new TextStyle(size, bold, colour, colour, 0);
    }

    /** Black or white, whichever reads better on {@code background} (WCAG relative luminance). */
    static Rgba inkOn(Rgba background) {
        double l = 0.2126 * lin(background.red()) + 0.7152 * lin(background.green()) + 0.0722 * lin(background.blue());
        return l > 0.179 ? Rgba.hex("#000000") : Rgba.hex("#ffffff");
    }

    private static double lin(int c) {
        double s = c / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
