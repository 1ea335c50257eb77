package org.standoff.print;

import org.standoff.render.TextStyle;

/**
 * Shortens text to a width with an ellipsis ("…"), cutting at a word boundary when one leaves
 * enough of the text to be useful, else between characters. Stateless and thread-safe.
 */
public final class TextFit {

    /** The ellipsis appended to shortened text. */
    public static final String ELLIPSIS = "…";

    private TextFit() {}

    /**
     * {@code text} if it fits {@code maxWidth}, else its longest prefix that fits with an
     * ellipsis appended, preferring to end at a word; empty if not even the ellipsis fits.
     */
    public static String fit(String text, TextStyle style, double maxWidth, TextMeasure m) {
        if (text.isEmpty() || m.width(text, style) <= maxWidth) {
            return text;
        }
        if (m.width(ELLIPSIS, style) > maxWidth) {
            return "";
        }
        // Binary search the longest character prefix that fits with the ellipsis.
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (m.width(prefix(text, mid) + ELLIPSIS, style) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int cut = lo;
        int space = text.lastIndexOf(' ', cut);
        // A word boundary is used only if it keeps at least half of what fits: "SYNTHETIC…"
        // reads better than "SYNTHETIC Insta…", but "…" alone is worse than "Fort Wainwr…".
        if (space > 0 && space >= cut / 2) {
            cut = space;
        }
        return prefix(text, cut) + ELLIPSIS;
    }

    private static String prefix(String text, int n) {
        String p = text.substring(0, n);
        // Never split a surrogate pair, never end on a space or punctuation before the ellipsis.
        if (!p.isEmpty() && Character.isHighSurrogate(p.charAt(p.length() - 1))) {
            p = p.substring(0, p.length() - 1);
        }
        return p.replaceAll("[\\s,;:\\-–—(/]+$", "");
    }
}
