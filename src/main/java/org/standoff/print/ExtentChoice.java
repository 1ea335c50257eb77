package org.standoff.print;

/**
 * What the briefing's map frame shows: the map window's current view, or a map scale (1:N)
 * centred where the view is centred. Immutable.
 *
 * @param scaleDenominator N of 1:N; 0 for "the current view"
 */
public record ExtentChoice(double scaleDenominator) {

    /** The map window's current view. */
    public static final ExtentChoice CURRENT_VIEW = new ExtentChoice(0);

    public ExtentChoice {
        if (scaleDenominator != 0 && !(scaleDenominator >= 100)) {
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
}
