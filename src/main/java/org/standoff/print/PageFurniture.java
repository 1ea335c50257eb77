package org.standoff.print;

import java.util.Locale;
import org.standoff.render.Rgba;
import org.standoff.render.Surface;
import org.standoff.render.TextStyle;

/**
 * The text elements every page carries: marking banners, title and subtitle, and the credits
 * line with the page number. Stateless.
 */
final class PageFurniture {

    private PageFurniture() {}

    /** A coloured bar with the marking centred in bold; nothing if there is no marking text. */
    static void marking(Surface s, Rect r, LayoutElement e, BriefingContent c) {
        String text = e.options().textOr(c.marking());
        if (text.isBlank()) {
            return;
        }
        Rgba bar = e.options().colorHex().isEmpty() ? c.markingColour() : Rgba.hex(e.options().colorHex());
        s.fillRect(r.x(), r.y(), r.width(), r.height(), bar);
        double size = Math.min(e.options().fontSizeOr(PrintStyles.MARKING_SIZE), r.height() * 0.7);
        TextBlock.draw(s, text.toUpperCase(Locale.ROOT), r.inset(2), PrintStyles.text(size, true, PrintStyles.inkOn(bar)), TextBlock.Align.CENTRE);
    }

    /** Single-line text in the element's rectangle, its size capped to the height and shrunk to the width. */
    static void line(Surface s, Rect r, LayoutElement e, String fallback, double defaultSize, boolean bold, Rgba colour) {
        String text = e.options().textOr(fallback);
        double size = Math.min(e.options().fontSizeOr(defaultSize), r.height() * 0.8);
        // A long title shrinks (down to 70 %) before it loses words to the ellipsis.
        double natural = s.textWidth(text, PrintStyles.text(size, bold, colour));
        if (natural > r.width() && natural > 0) {
            size = Math.max(size * 0.7, size * r.width() / natural);
        }
        Rgba ink = e.options().colorHex().isEmpty() ? colour : Rgba.hex(e.options().colorHex());
        TextBlock.draw(s, text, r, PrintStyles.text(size, bold, ink), TextBlock.Align.LEFT);
    }

    /**
     * The title: never cut. It shrinks (down to 70 %) to fit one line; failing that it wraps
     * onto two lines if the element is tall enough, at the largest size both lines fit; failing
     * that it shrinks on one line until it fits.
     */
    static void title(Surface s, Rect r, LayoutElement e, String fallback) {
        String text = e.options().textOr(fallback);
        Rgba ink = e.options().colorHex().isEmpty() ? PrintStyles.INK : Rgba.hex(e.options().colorHex());
        double size = Math.min(e.options().fontSizeOr(PrintStyles.TITLE_SIZE), r.height() * 0.8);
        double natural = s.textWidth(text, PrintStyles.text(size, true, ink));
        if (natural <= r.width() || natural * 0.7 <= r.width()) {
            double fitted = natural <= r.width() ? size : size * r.width() / natural;
            TextBlock.draw(s, text, r, PrintStyles.text(fitted * 0.999, true, ink), TextBlock.Align.LEFT);
            return;
        }
        String[] two = split(s, text, PrintStyles.text(size, true, ink));
        double lineSize = Math.min(size, r.height() / 2 / 1.1);
        double wide = Math.max(s.textWidth(two[0], PrintStyles.text(lineSize, true, ink)), s.textWidth(two[1], PrintStyles.text(lineSize, true, ink)));
        if (!two[1].isEmpty() && wide > 0) {
            lineSize = Math.min(lineSize, lineSize * r.width() / wide) * 0.999;
        }
        if (!two[1].isEmpty() && lineSize >= size * 0.5) {
            double h = r.height() / 2;
            TextBlock.draw(s, two[0], new Rect(r.x(), r.y(), r.width(), h), PrintStyles.text(lineSize, true, ink), TextBlock.Align.LEFT);
            TextBlock.draw(s, two[1], new Rect(r.x(), r.y() + h, r.width(), h), PrintStyles.text(lineSize, true, ink), TextBlock.Align.LEFT);
            return;
        }
        TextBlock.draw(s, text, r, PrintStyles.text(size * r.width() / natural * 0.999, true, ink), TextBlock.Align.LEFT);
    }

    /** The text split at the space nearest its middle by width; the second part empty if it has no space. */
    static String[] split(Surface s, String text, TextStyle style) {
        double half = s.textWidth(text, style) / 2;
        int best = -1;
        double bestGap = Double.MAX_VALUE;
        for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
            double gap = Math.abs(s.textWidth(text.substring(0, i), style) - half);
            if (gap < bestGap) {
                bestGap = gap;
                best = i;
            }
        }
        return best < 0 ? new String[] {text, ""} : new String[] {text.substring(0, best), text.substring(best + 1)};
    }

    /**
     * Author and date on the left, "Page n of m" on the right, and the numbered data sources,
     * on a second line when the element is tall enough for two, else after the author.
     */
    static void credits(Surface s, Rect r, LayoutElement e, BriefingContent c, int page, int pages) {
        double size = e.options().fontSizeOr(PrintStyles.SMALL_SIZE);
        TextStyle style = PrintStyles.text(size, false, PrintStyles.MUTED);
        StringBuilder who = new StringBuilder();
        if (!c.author().isBlank()) {
            who.append("Prepared by ").append(c.author());
        }
        if (!c.date().isBlank()) {
            who.append(who.isEmpty() ? "" : " · ").append(c.date());
        }
        StringBuilder sources = new StringBuilder();
        for (int i = 0; i < c.dataSources().size(); i++) {
            sources.append(i == 0 ? "Sources: " : "; ").append('[').append(i + 1).append("] ").append(c.dataSources().get(i));
        }
        String pageText = "Page " + (page + 1) + " of " + pages;
        double pageW = s.textWidth(pageText, style) + 8;
        double lineH = size * 1.35;
        boolean twoLines = r.height() >= 2 * lineH;
        Rect first = twoLines ? new Rect(r.x(), r.y(), r.width(), lineH) : r;
        String firstText = twoLines || sources.isEmpty() ? who.toString() : who + (who.isEmpty() ? "" : " · ") + sources;
        TextBlock.draw(s, e.options().textOr(firstText), new Rect(first.x(), first.y(), Math.max(0, first.width() - pageW), first.height()), style,
                TextBlock.Align.LEFT);
        TextBlock.draw(s, pageText, first, style, TextBlock.Align.RIGHT);
        if (twoLines) {
            TextBlock.draw(s, sources.toString(), new Rect(r.x(), r.y() + lineH, r.width(), lineH), style, TextBlock.Align.LEFT);
        }
    }
}
