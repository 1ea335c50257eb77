package org.standoff.print;

/** Page margins in points. Immutable. */
public record Margins(double top, double right, double bottom, double left) {

    public Margins {
        for (double m : new double[] {top, right, bottom, left}) {
            if (!(m >= 0) || m > 300) {
                throw new IllegalArgumentException("margins must be 0–300 pt: " + m);
            }
        }
    }

    /** The same margin on every side. */
    public static Margins uniform(double m) {
        return new Margins(m, m, m, m);
    }
}
