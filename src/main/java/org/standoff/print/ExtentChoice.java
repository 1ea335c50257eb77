package org.standoff.print;

/**
 * What the briefing's map frame shows: every site and its nearest installation, the map
 * window's current view, or a map scale (1:N) centred where the view is centred. Immutable.
 *
 * @param scaleDenominator N of 1:N; 0 for "the current view", -1 for "all sites"
 */
public record ExtentChoice(double scaleDenominator) {

    /** The map window's current view. */
    public static final ExtentChoice CURRENT_VIEW = new ExtentChoice(0);
    /** Every site and the nearest installation of each (the lower 48 with insets when they reach beyond it). */
    public static final ExtentChoice ALL_SITES = new ExtentChoice(-1);

    public ExtentChoice {
        if (scaleDenominator != 0 && scaleDenominator != -1 && !(scaleDenominator >= 100)) {
            throw new IllegalArgumentException("map scale must be 1:100 or smaller: 1:" + scaleDenominator);
        }
    }

    /** A scale 1:{@code n} at the view's centre. */
    public static ExtentChoice scale(double n) {
        return new ExtentChoice(n);
    }

    public boolean isCurrentView() {
        return scaleDenominator == 0;
    }

    public boolean isAllSites() {
        return scaleDenominator == -1;
    }
}
