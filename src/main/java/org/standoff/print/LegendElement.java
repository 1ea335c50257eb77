package org.standoff.print;

import java.util.List;
import org.standoff.render.Stroke;
import org.standoff.render.Surface;
import org.standoff.render.SymbolStyle;
import org.standoff.render.TextStyle;

/**
 * The legend: a "Legend" heading and one line per entry, swatch then label, in as many columns
 * (each at least {@value #COLUMN_MIN} points wide) as the entries need. What does not fit the
 * element is never dropped: the last line says "continued on page 2" and the rest is drawn as
 * a block at the top of the next page ({@link #block}). {@link #fit} is arithmetic only, so the
 * page count is known before drawing. Stateless.
 */
final class LegendElement {

    private static final double SWATCH_W = 20;
    /** Narrowest legend column, points: a swatch and about twenty characters. */
    static final double COLUMN_MIN = 150;

    /** How entries are set in a legend box: columns, lines per column, how many entries it shows, at what type size. */
    record Fit(int columns, int rows, int shown, double fontSize) {}

    /** The legend's type never shrinks below this share of its size to avoid continuing on page 2. */
    static final double MIN_SHRINK = 0.8;

    private LegendElement() {}

    static double line(double fontSize) {
        return fontSize * 1.5;
    }

    /**
     * How {@code entries} entries fit in a legend element of rectangle {@code r}: at the
     * requested size if they fit, else at the largest size down to {@link #MIN_SHRINK} of it at
     * which they do, else at that smallest size with the rest left for page 2.
     */
    static Fit fit(Rect r, int entries, double fontSize) {
        Fit f = fitAt(r, entries, fontSize);
        for (double k = 0.95; f.shown() < entries && k >= MIN_SHRINK - 1e-9; k -= 0.05) {
            f = fitAt(r, entries, fontSize * k);
        }
        return f;
    }

    private static Fit fitAt(Rect r, int entries, double fontSize) {
        Rect inner = r.inset(4);
        double line = line(fontSize);
        int rows = Math.max(0, (int) Math.floor((inner.height() - line) / line + 1e-9));
        int maxColumns = Math.max(1, (int) Math.floor(inner.width() / COLUMN_MIN));
        if (rows == 0) {
            return new Fit(1, 0, 0, fontSize);
        }
        if (entries <= rows) {
            return new Fit(1, rows, entries, fontSize);
        }
        int columns = Math.min(maxColumns, (entries + rows - 1) / rows);
        if (entries <= columns * rows) {
            return new Fit(columns, (entries + columns - 1) / columns, entries, fontSize);
        }
        // One line says where the rest went.
        return new Fit(columns, rows, columns * rows - 1, fontSize);
    }

    /** The height of a block {@code width} wide holding {@code entries} entries under a heading. */
    static double blockHeight(double width, int entries, double fontSize) {
        int columns = Math.max(1, (int) Math.floor((width - 8) / COLUMN_MIN));
        return line(fontSize) * (1 + (entries + columns - 1) / columns) + 8;
    }

    /** Draws the legend element; entries past what fits are left for the block on {@code nextPage}. */
    static void draw(Surface s, Rect r, List<LegendEntry> entries, double requested, int nextPage) {
        Fit fit = fit(r, entries.size(), requested);
        double fontSize = fit.fontSize();
        draw(s, r, "Legend", entries.subList(0, fit.shown()), fit.columns(), fit.rows(), fontSize);
        if (fit.shown() < entries.size() && fit.rows() > 0) {
            Rect inner = r.inset(4);
            double line = line(fontSize);
            double colW = inner.width() / fit.columns();
            Rect last = new Rect(inner.x() + (fit.columns() - 1) * colW, inner.y() + line * fit.rows(), colW, line);
            TextBlock.draw(
                    s,
                    "Legend continued on page " + (nextPage + 1) + " (" + (entries.size() - fit.shown()) + " more)",
                    last,
                    PrintStyles.text(fontSize, true, PrintStyles.MUTED),
                    TextBlock.Align.LEFT);
        }
    }

    /** The continued legend as a block: heading, then the entries in as many columns as the width allows. */
    static void block(Surface s, Rect r, List<LegendEntry> entries, double fontSize) {
        int columns = Math.max(1, (int) Math.floor((r.width() - 8) / COLUMN_MIN));
        draw(s, r, "Legend (continued)", entries, columns, (entries.size() + columns - 1) / columns, fontSize);
    }

    private static void draw(
            Surface s, Rect r, String heading, List<LegendEntry> entries, int columns, int rows, double fontSize) {
        TextStyle head = PrintStyles.text(fontSize + 1.5, true, PrintStyles.INK);
        TextStyle label = PrintStyles.text(fontSize, false, PrintStyles.INK);
        TextStyle groupStyle = PrintStyles.text(fontSize, true, PrintStyles.INK);
        double line = line(fontSize);
        Rect inner = r.inset(4);
        TextBlock.draw(s, heading, new Rect(inner.x(), inner.y(), inner.width(), line), head, TextBlock.Align.LEFT);
        double colW = inner.width() / Math.max(1, columns);
        for (int i = 0; i < entries.size(); i++) {
            LegendEntry e = entries.get(i);
            int col = rows == 0 ? 0 : i / rows;
            int row = rows == 0 ? 0 : i % rows;
            Rect cell = new Rect(inner.x() + col * colW, inner.y() + line * (1 + row), Math.max(0, colW - 6), line);
            if (e.kind() == LegendEntry.Kind.HEADING) {
                TextBlock.draw(s, e.label(), cell, groupStyle, TextBlock.Align.LEFT);
                continue;
            }
            swatch(s, e, new Rect(cell.x(), cell.y() + line * 0.2, SWATCH_W, line * 0.6));
            Rect text = new Rect(cell.x() + SWATCH_W + 6, cell.y(), Math.max(0, cell.width() - SWATCH_W - 6), line);
            // A label a little too long shrinks (to 80 %) before it loses words to the ellipsis.
            double natural = s.textWidth(e.label(), label);
            TextStyle fitted = natural > text.width() && natural > 0
                    ? PrintStyles.text(fontSize * Math.max(0.8, text.width() / natural * 0.999), false, PrintStyles.INK)
                    : label;
            TextBlock.draw(s, e.label(), text, fitted, TextBlock.Align.LEFT);
        }
    }

    private static void swatch(Surface s, LegendEntry e, Rect b) {
        switch (e.kind()) {
            case FILL -> {
                s.beginPath();
                s.moveTo(b.x(), b.y());
                s.lineTo(b.right(), b.y());
                s.lineTo(b.right(), b.bottom());
                s.lineTo(b.x(), b.bottom());
                s.closePath();
                if (e.fill() != null) {
                    s.fillPath(e.fill());
                }
                s.strokePath(Stroke.solid(e.stroke(), 1.0));
            }
            case LINE -> {
                s.beginPath();
                s.moveTo(b.x(), b.centreY());
                s.lineTo(b.right(), b.centreY());
                s.strokePath(Stroke.solid(e.stroke(), 1.6));
            }
            case SYMBOL -> {
                SymbolStyle sym = e.symbol();
                // Legend symbols are drawn at least readable and at most the swatch height.
                double size = Math.max(5, Math.min(b.height(), sym.size()));
                SymbolStyle shown = new SymbolStyle(sym.shape(), size, sym.fill(), sym.outline(), sym.outlineWidth());
                s.symbols(new double[] {b.centreX(), b.centreY()}, 1, shown);
            }
            case HEADING -> {}
        }
    }
}
