package org.standoff.print;

/**
 * Paper sizes, in PDF points (1/72 inch), portrait. ISO sizes are rounded to 0.01 pt.
 */
public enum Paper {
    /** US Letter, 8.5 × 11 in. */
    LETTER(612, 792),
    /** US Legal, 8.5 × 14 in. */
    LEGAL(612, 1008),
    /** US Tabloid (ledger), 11 × 17 in. */
    TABLOID(792, 1224),
    /** ISO A4, 210 × 297 mm. */
    A4(595.28, 841.89),
    /** ISO A3, 297 × 420 mm. */
    A3(841.89, 1190.55);

    private final double width;
    private final double height;

    Paper(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** Width in points of the page in the given orientation. */
    public double width(Orientation o) {
        return o == Orientation.PORTRAIT ? width : height;
    }

    /** Height in points of the page in the given orientation. */
    public double height(Orientation o) {
        return o == Orientation.PORTRAIT ? height : width;
    }
}
