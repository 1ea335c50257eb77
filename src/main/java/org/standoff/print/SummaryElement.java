package org.standoff.print;

import java.util.List;
import org.standoff.render.Surface;
import org.standoff.render.TextStyle;

/**
 * The summary box: a "Summary" heading and the content's summary lines (how many sites, how
 * many per rule and ring, the closest ones), one per line, the first in bold. A line too long
 * for the box is shortened with an ellipsis; lines past the box's height are not drawn, so the
 * builder keeps the list short. Stateless.
 */
final class SummaryElement {

    private SummaryElement() {}

    static void draw(Surface s, Rect r, List<String> lines, double fontSize) {
        TextStyle head = PrintStyles.text(fontSize + 1.5, true, PrintStyles.INK);
        TextStyle bold = PrintStyles.text(fontSize, true, PrintStyles.INK);
        TextStyle body = PrintStyles.text(fontSize, false, PrintStyles.INK);
        double line = fontSize * 1.45;
        Rect inner = r.inset(4);
        TextBlock.draw(s, "Summary", new Rect(inner.x(), inner.y(), inner.width(), fontSize * 1.6), head, TextBlock.Align.LEFT);
        double y = inner.y() + fontSize * 1.6;
        for (int i = 0; i < lines.size() && y + line <= inner.bottom() + 1e-9; i++) {
            String text = lines.get(i);
            boolean indent = text.startsWith("  ");
            TextBlock.draw(s, text.strip(), new Rect(inner.x() + (indent ? 8 : 0), y, inner.width() - (indent ? 8 : 0), line), i == 0 ? bold : body,
                    TextBlock.Align.LEFT);
            y += line;
        }
    }
}
