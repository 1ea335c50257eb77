package org.standoff.print;

import java.util.List;
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
        Rgba bar = e.options().colorHex().isEmpty()
                ? c.markingColour()
                : Rgba.hex(e.options().colorHex());
        s.fillRect(r.x(), r.y(), r.width(), r.height(), bar);
        double size = Math.min(e.options().fontSizeOr(PrintStyles.MARKING_SIZE), r.height() * 0.7);
        TextBlock.draw(
                s,
                text.toUpperCase(Locale.ROOT),
                r.inset(2),
                PrintStyles.text(size, true, PrintStyles.inkOn(bar)),
                TextBlock.Align.CENTRE);
    }

    /** Single-line text in the element's rectangle, its size capped to the height and shrunk to the width. */
    static void line(
            Surface s, Rect r, LayoutElement e, String fallback, double defaultSize, boolean bold, Rgba colour) {
        String text = e.options().textOr(fallback);
        double size = Math.min(e.options().fontSizeOr(defaultSize), r.height() * 0.8);
        // A long title shrinks (down to 70 %) before it loses words to the ellipsis.
        double natural = s.textWidth(text, PrintStyles.text(size, bold, colour));
        if (natural > r.width() && natural > 0) {
            size = Math.max(size * 0.7, size * r.width() / natural);
        }
        Rgba ink =
                e.options().colorHex().isEmpty() ? colour : Rgba.hex(e.options().colorHex());
        TextBlock.draw(s, text, r, PrintStyles.text(size, bold, ink), TextBlock.Align.LEFT);
    }

    /**
     * The title: never cut. It shrinks (down to 70 %) to fit one line; failing that it wraps
     * onto two lines if the element is tall enough, at the largest size both lines fit; failing
     * that it shrinks on one line until it fits.
     */
    static void title(Surface s, Rect r, LayoutElement e, String fallback) {
        String text = e.options().textOr(fallback);
        Rgba ink = e.options().colorHex().isEmpty()
                ? PrintStyles.INK
                : Rgba.hex(e.options().colorHex());
        double size = Math.min(e.options().fontSizeOr(PrintStyles.TITLE_SIZE), r.height() * 0.8);
        double natural = s.textWidth(text, PrintStyles.text(size, true, ink));
        if (natural <= r.width() || natural * 0.7 <= r.width()) {
            double fitted = natural <= r.width() ? size : size * r.width() / natural;
            TextBlock.draw(s, text, r, PrintStyles.text(fitted * 0.999, true, ink), TextBlock.Align.LEFT);
            return;
        }
        String[] two = split(s, text, PrintStyles.text(size, true, ink));
        double lineSize = Math.min(size, r.height() / 2 / 1.1);
        double wide = Math.max(
                s.textWidth(two[0], PrintStyles.text(lineSize, true, ink)),
                s.textWidth(two[1], PrintStyles.text(lineSize, true, ink)));
        if (!two[1].isEmpty() && wide > 0) {
            lineSize = Math.min(lineSize, lineSize * r.width() / wide) * 0.999;
        }
        if (!two[1].isEmpty() && lineSize >= size * 0.5) {
            double h = r.height() / 2;
            TextBlock.draw(
                    s,
                    two[0],
                    new Rect(r.x(), r.y(), r.width(), h),
                    PrintStyles.text(lineSize, true, ink),
                    TextBlock.Align.LEFT);
            TextBlock.draw(
                    s,
                    two[1],
                    new Rect(r.x(), r.y() + h, r.width(), h),
                    PrintStyles.text(lineSize, true, ink),
                    TextBlock.Align.LEFT);
            return;
        }
        TextBlock.draw(
                s, text, r, PrintStyles.text(size * r.width() / natural * 0.999, true, ink), TextBlock.Align.LEFT);
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

    /** The credits' sources shrink down to this size before any is cut. */
    static final double MIN_CREDITS_SIZE = 5;

    private static final double CREDITS_LINE = 1.3;

    /**
     * Author and date on the left, "Page n of m" on the right, and the numbered data sources
     * on the lines below, wrapped at spaces. The type shrinks from the element's size (down to
     * {@value #MIN_CREDITS_SIZE} pt) until the sources fit the element's height; only when they
     * do not at that size is the last line shortened with an ellipsis. An element too low for
     * two lines puts the sources after the author on one line.
     */
    static void credits(Surface s, Rect r, LayoutElement e, BriefingContent c, int page, int pages) {
        double requested = e.options().fontSizeOr(PrintStyles.SMALL_SIZE);
        StringBuilder who = new StringBuilder();
        if (!c.author().isBlank()) {
            who.append("Prepared by ").append(c.author());
        }
        if (!c.date().isBlank()) {
            who.append(who.isEmpty() ? "" : " · ").append(c.date());
        }
        StringBuilder sources = new StringBuilder();
        for (int i = 0; i < c.dataSources().size(); i++) {
            sources.append(i == 0 ? "Sources: " : "; ")
                    .append('[')
                    .append(i + 1)
                    .append("] ")
                    .append(c.dataSources().get(i));
        }
        String pageText = "Page " + (page + 1) + " of " + pages;
        double size = requested;
        List<String> sourceLines = List.of();
        boolean twoLines = r.height() >= 2 * MIN_CREDITS_SIZE * CREDITS_LINE;
        if (twoLines && !sources.isEmpty()) {
            TextStyle base = PrintStyles.text(requested, false, PrintStyles.MUTED);
            for (size = requested; ; size = Math.max(MIN_CREDITS_SIZE, size - 0.25)) {
                int room = (int) Math.floor(r.height() / (size * CREDITS_LINE) + 1e-9) - 1;
                sourceLines = TextWrap.lines(sources.toString(), TextWrap.sized(base, size), r.width(), s::textWidth);
                if (room >= 1 && sourceLines.size() <= room || size <= MIN_CREDITS_SIZE) {
                    if (sourceLines.size() > Math.max(1, room)) {
                        // Past the smallest size: the last line that fits carries the rest, cut.
                        List<String> kept = new java.util.ArrayList<>(sourceLines.subList(0, Math.max(1, room) - 1));
                        kept.add(String.join(" ", sourceLines.subList(kept.size(), sourceLines.size())));
                        sourceLines = kept;
                    }
                    break;
                }
            }
        } else if (twoLines) {
            twoLines = false;
        }
        TextStyle style = PrintStyles.text(size, false, PrintStyles.MUTED);
        double pageW = s.textWidth(pageText, style) + 8;
        double lineH = twoLines ? size * CREDITS_LINE : r.height();
        Rect first = new Rect(r.x(), r.y(), r.width(), lineH);
        String firstText =
                twoLines || sources.isEmpty() ? who.toString() : who + (who.isEmpty() ? "" : " · ") + sources;
        TextBlock.draw(
                s,
                e.options().textOr(firstText),
                new Rect(first.x(), first.y(), Math.max(0, first.width() - pageW), first.height()),
                style,
                TextBlock.Align.LEFT);
        TextBlock.draw(s, pageText, first, style, TextBlock.Align.RIGHT);
        double y = r.y() + lineH;
        for (String line : sourceLines) {
            TextBlock.draw(s, line, new Rect(r.x(), y, r.width(), lineH), style, TextBlock.Align.LEFT);
            y += lineH;
        }
    }
}
