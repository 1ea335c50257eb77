package org.standoff.print;

import java.util.List;
import org.standoff.render.Stroke;
import org.standoff.render.Surface;
import org.standoff.render.SymbolStyle;
import org.standoff.render.TextStyle;

/**
 * The legend: a "Legend" heading and one line per entry, swatch then label, each label
 * shortened with an ellipsis to the element's width. Entries that do not fit the height are
 * summarised as "+ N more" rather than drawn over whatever is below. Stateless.
 */
final class LegendElement {

    private static final double SWATCH_W = 20;

    private LegendElement() {}

    static void draw(Surface s, Rect r, List<LegendEntry> entries, double fontSize) {
        TextStyle head = PrintStyles.text(fontSize + 1.5, true, PrintStyles.INK);
        TextStyle label = PrintStyles.text(fontSize, false, PrintStyles.INK);
        double line = fontSize * 1.9;
        Rect inner = r.inset(4);
        TextBlock.draw(s, "Legend", new Rect(inner.x(), inner.y(), inner.width(), line), head, TextBlock.Align.LEFT);
        double y = inner.y() + line;
        int fits = (int) Math.floor((inner.bottom() - y) / line);
        int shown = entries.size() <= fits ? entries.size() : Math.max(0, fits - 1);
        for (int i = 0; i < shown; i++) {
            LegendEntry e = entries.get(i);
            Rect row = new Rect(inner.x(), y, inner.width(), line);
            swatch(s, e, new Rect(row.x(), row.y() + line * 0.2, SWATCH_W, line * 0.6));
            TextBlock.draw(s, e.label(), new Rect(row.x() + SWATCH_W + 6, row.y(), Math.max(0, row.width() - SWATCH_W - 6), line), label,
                    TextBlock.Align.LEFT);
            y += line;
        }
        if (shown < entries.size() && fits > 0) {
            TextBlock.draw(s, "+ " + (entries.size() - shown) + " more", new Rect(inner.x(), y, inner.width(), line),
                    PrintStyles.text(fontSize, false, PrintStyles.MUTED), TextBlock.Align.LEFT);
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
        }
    }
}
