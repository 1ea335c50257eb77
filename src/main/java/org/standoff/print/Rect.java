package org.standoff.print;

/**
 * An axis-aligned rectangle, top-left origin, y down. What the units are depends on where it is
 * used: {@link LayoutElement#bounds()} are fractions (0–1) of the printable area, page
 * rectangles from {@link BriefingLayout#pageRect} are points. Immutable.
 */
public record Rect(double x, double y, double width, double height) {

    public Rect {
        if (!(width >= 0) || !(height >= 0)) {
            throw new IllegalArgumentException("rectangle size must be non-negative: " + width + " × " + height);
        }
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }

    /** This rectangle shrunk by {@code d} on every side (never below zero size). */
    public Rect inset(double d) {
        double w = Math.max(0, width - 2 * d);
        double h = Math.max(0, height - 2 * d);
        return new Rect(x + Math.min(d, width / 2), y + Math.min(d, height / 2), w, h);
    }

    /** True if the two rectangles share interior area. */
    public boolean intersects(Rect o) {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }

    /** True if {@code o} lies entirely inside this rectangle. */
    public boolean contains(Rect o) {
        return o.x >= x && o.y >= y && o.right() <= right() && o.bottom() <= bottom();
    }
}
