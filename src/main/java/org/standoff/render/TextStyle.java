package org.standoff.render;

/**
 * How text is drawn: size in surface units, weight, fill colour and an optional halo (an
 * outline in another colour that keeps labels readable over busy maps; width 0 for none).
 */
public record TextStyle(double size, boolean bold, Rgba fill, Rgba halo, double haloWidth) {

    /** Plain text without halo. */
    public static TextStyle plain(double size, Rgba fill) {
        return new TextStyle(size, false, fill, fill, 0);
    }
}
