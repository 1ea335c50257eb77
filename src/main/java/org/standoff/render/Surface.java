package org.standoff.render;

/**
 * Where the map painter draws: the screen, a PNG image or a vector PDF page.
 *
 * <p>Coordinates are surface units with the origin at the top-left and y growing down. Paths
 * are built with {@link #beginPath()}, {@link #moveTo}, {@link #lineTo} and
 * {@link #closePath()}, then filled (even-odd rule, so polygon holes stay open) and/or stroked;
 * the path survives a fill so it can be stroked after. Implementations are not thread-safe;
 * one surface is drawn by one thread at a time.
 */
public interface Surface {

    /** Width of the drawable area in surface units. */
    double width();

    /** Height of the drawable area in surface units. */
    double height();

    /** Starts a new, empty path. */
    void beginPath();

    /** Starts a new sub-path at a point. */
    void moveTo(double x, double y);

    /** Adds a straight segment to the current sub-path. */
    void lineTo(double x, double y);

    /** Closes the current sub-path back to its start. */
    void closePath();

    /** Fills the current path with the even-odd rule. */
    void fillPath(Rgba fill);

    /** Strokes the current path. */
    void strokePath(Stroke stroke);

    /**
     * Draws the same symbol centred on many points at once; {@code xy} holds x0, y0, x1, y1, …
     * Batched so that a raster surface can stamp a cached image instead of building a shape
     * per point, which is what keeps 70,000 substations smooth.
     */
    void symbols(double[] xy, int count, SymbolStyle style);

    /** Fills an axis-aligned rectangle. */
    void fillRect(double x, double y, double w, double h, Rgba fill);

    /** Draws text with its baseline starting at (x, y). */
    void text(String text, double x, double y, TextStyle style);

    /** The advance width of text in the given style, for layout. */
    double textWidth(String text, TextStyle style);
}
