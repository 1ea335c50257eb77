package org.standoff.render;

/**
 * How the mining-site layer is drawn: the categories its symbols show and their size on
 * screen, in pixels at regional and closer zoom (symbols never grow when zoomed in; they shrink
 * to 40 % at national zoom so a dense country does not turn into one blot). Immutable.
 *
 * @param scheme what the symbols say
 * @param sizePx the symbol's diameter in pixels, between {@link #MIN_SIZE_PX} and {@link #MAX_SIZE_PX}
 */
public record SiteStyle(SiteSymbols.Scheme scheme, double sizePx) {

    public static final double MIN_SIZE_PX = 5;
    public static final double MAX_SIZE_PX = 16;
    public static final SiteStyle DEFAULT = new SiteStyle(SiteSymbols.Scheme.STATUS_AND_CONTROL, SiteSymbols.SIZE);

    public SiteStyle {
        if (scheme == null) {
            throw new IllegalArgumentException("a site style needs a scheme");
        }
        if (!(sizePx >= MIN_SIZE_PX && sizePx <= MAX_SIZE_PX)) {
            throw new IllegalArgumentException(
                    "site symbol size " + sizePx + " px is outside " + MIN_SIZE_PX + "–" + MAX_SIZE_PX);
        }
    }

    public SiteStyle withScheme(SiteSymbols.Scheme s) {
        return new SiteStyle(s, sizePx);
    }

    public SiteStyle withSizePx(double px) {
        return new SiteStyle(scheme, px);
    }
}
