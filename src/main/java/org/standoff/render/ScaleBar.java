package org.standoff.render;

import org.standoff.geo.LengthUnit;

/**
 * A scale bar of a round length (1, 2 or 5 times a power of ten, in the display unit) and its
 * length on the surface.
 *
 * <p>{@link #fit} takes the ground size of one surface unit, which the caller measures
 * geodesically at the view's centre (Web Mercator's scale changes with latitude, so a bar
 * computed from the zoom alone would be wrong away from the equator). Immutable.
 */
public record ScaleBar(double length, LengthUnit unit, double pixels) {

    /**
     * The longest round bar no longer than {@code maxPixels}.
     *
     * @param metresPerPixel ground metres per surface unit at the bar's position; positive
     * @param maxPixels      the longest bar the caller has room for
     */
    public static ScaleBar fit(double metresPerPixel, double maxPixels, LengthUnit unit) {
        if (!(metresPerPixel > 0) || !(maxPixels > 0)) {
            throw new IllegalArgumentException(
                    "scale needs positive sizes: " + metresPerPixel + " m/px, " + maxPixels + " px");
        }
        double maxLength = unit.fromMetres(metresPerPixel * maxPixels);
        double power = Math.pow(10, Math.floor(Math.log10(maxLength)));
        double length = power;
        for (double step : new double[] {5, 2, 1}) {
            if (step * power <= maxLength) {
                length = step * power;
                break;
            }
        }
        return new ScaleBar(length, unit, unit.toMetres(length) / metresPerPixel);
    }

    /** The bar's label, e.g. {@code "50 mi"} or {@code "0.2 km"}. */
    public String label() {
        String number = length >= 1 ? String.format(java.util.Locale.ROOT, "%.0f", length) : stripZeros(length);
        return number + " " + unit.symbol();
    }

    private static String stripZeros(double v) {
        return new java.math.BigDecimal(v)
                .round(new java.math.MathContext(1))
                .stripTrailingZeros()
                .toPlainString();
    }
}
