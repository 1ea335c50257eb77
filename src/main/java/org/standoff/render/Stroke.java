package org.standoff.render;

/**
 * How a line is drawn: colour, width in surface units (pixels on screen, points in PDF) and an
 * optional dash pattern (empty for solid). Joins and caps are always round.
 */
public record Stroke(Rgba color, double width, double[] dashes) {

    public Stroke {
        if (width <= 0) {
            throw new IllegalArgumentException("stroke width must be positive: " + width);
        }
        dashes = dashes == null ? new double[0] : dashes.clone();
    }

    /** A solid stroke. */
    public static Stroke solid(Rgba color, double width) {
        return new Stroke(color, width, null);
    }

    @Override
    public double[] dashes() {
        return dashes.clone();
    }
}
