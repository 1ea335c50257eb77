package org.standoff.print;

import org.standoff.render.Surface;
import org.standoff.render.TextStyle;

/**
 * Draws one line of text in a page rectangle, left-aligned, centred or right-aligned and
 * vertically centred, shortened with an ellipsis to the rectangle's width. Stateless.
 */
final class TextBlock {

    enum Align {
        LEFT,
        CENTRE,
        RIGHT
    }

    private TextBlock() {}

    /** Draws the text; returns its drawn width (0 if nothing fitted). */
    static double draw(Surface s, String text, Rect r, TextStyle style, Align align) {
        String shown = TextFit.fit(text, style, r.width(), s::textWidth);
        if (shown.isEmpty()) {
            return 0;
        }
        double w = s.textWidth(shown, style);
        double x = switch (align) {
            case LEFT -> r.x();
            case CENTRE -> r.centreX() - w / 2;
            case RIGHT -> r.right() - w;
        };
        // Cap-height centring: digits and capitals sit visually in the middle of the box.
        double baseline = r.centreY() + style.size() * 0.36;
        s.text(shown, x, baseline, style);
        return w;
    }
}
