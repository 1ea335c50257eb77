package org.standoff.print;

import java.util.List;
import org.standoff.render.Surface;
import org.standoff.render.TextStyle;

/**
 * The summary box: a "Summary" heading and the content's summary lines (how many sites, how
 * many per rule and ring, the closest ones), one per line, the first in bold. When the lines do
 * not fit the box's height the type shrinks (down to {@value #MIN_SIZE} pt) until they do; a
 * line too long for the box is shortened with an ellipsis. Only past the smallest size does
 * the last line that fits say how many lines are left out. Stateless.
 */
final class SummaryElement {

    private SummaryElement() {}

    static final double MIN_SIZE = 5.5;

    static void draw(Surface s, Rect r, List<String> lines, double requested) {
        double room = r.inset(4).height();
        // heading 1.6 lines, each line 1.45: shrink until everything fits
        double fontSize = Math.max(MIN_SIZE, Math.min(requested, room / (1.6 + 1.45 * Math.max(1, lines.size()))));
        TextStyle head = PrintStyles.text(fontSize + 1.5, true, PrintStyles.INK);
        TextStyle bold = PrintStyles.text(fontSize, true, PrintStyles.INK);
        TextStyle body = PrintStyles.text(fontSize, false, PrintStyles.INK);
        double line = fontSize * 1.45;
        Rect inner = r.inset(4);
        TextBlock.draw(s, "Summary", new Rect(inner.x(), inner.y(), inner.width(), fontSize * 1.6), head, TextBlock.Align.LEFT);
        double y = inner.y() + fontSize * 1.6;
        int fits = (int) Math.floor((inner.bottom() - y) / line + 1e-9);
        for (int i = 0; i < lines.size() && i < fits; i++) {
            String text = i == fits - 1 && lines.size() > fits ? "… " + (lines.size() - i) + " more lines: see the findings table" : lines.get(i);
            boolean indent = text.startsWith("  ");
            TextBlock.draw(s, text.strip(), new Rect(inner.x() + (indent ? 8 : 0), y, inner.width() - (indent ? 8 : 0), line), i == 0 ? bold : body,
                    TextBlock.Align.LEFT);
            y += line;
        }
    }
}
