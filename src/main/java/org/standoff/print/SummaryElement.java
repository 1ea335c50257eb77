package org.standoff.print;

import java.util.ArrayList;
import java.util.List;
import org.standoff.render.Surface;
import org.standoff.render.TextStyle;

/**
 * The summary box: a "Summary" heading and the content's summary lines (how many sites, how
 * many per rule and ring, the closest ones), the first in bold. A line too long for the box
 * wraps at spaces, its further parts indented. When the wrapped lines do not fit the box's
 * height the type shrinks (down to {@value #MIN_SIZE} pt) until they do. Only past the smallest
 * size does the last line that fits say how many lines are left out. Stateless.
 */
final class SummaryElement {

    private SummaryElement() {}

    static final double MIN_SIZE = 5.5;
    private static final double INDENT = 8;
    private static final double HEADING = 1.6;
    private static final double LINE = 1.45;

    /** One drawn line: its text, its indent and whether it is bold. */
    private record Row(String text, double indent, boolean bold) {}

    static void draw(Surface s, Rect r, List<String> lines, double requested) {
        Rect inner = r.inset(4);
        double fontSize = Math.max(MIN_SIZE, Math.min(requested, inner.height() / (HEADING + LINE)));
        List<Row> rows = rows(s, lines, inner.width(), fontSize);
        while (fontSize > MIN_SIZE && HEADING * fontSize + LINE * fontSize * rows.size() > inner.height() + 1e-9) {
            fontSize = Math.max(MIN_SIZE, fontSize - 0.25);
            rows = rows(s, lines, inner.width(), fontSize);
        }
        TextStyle head = PrintStyles.text(fontSize + 1.5, true, PrintStyles.INK);
        TextStyle bold = PrintStyles.text(fontSize, true, PrintStyles.INK);
        TextStyle body = PrintStyles.text(fontSize, false, PrintStyles.INK);
        double line = fontSize * LINE;
        TextBlock.draw(
                s,
                "Summary",
                new Rect(inner.x(), inner.y(), inner.width(), fontSize * HEADING),
                head,
                TextBlock.Align.LEFT);
        double y = inner.y() + fontSize * HEADING;
        int fits = (int) Math.floor((inner.bottom() - y) / line + 1e-9);
        for (int i = 0; i < rows.size() && i < fits; i++) {
            Row row = rows.get(i);
            String text = i == fits - 1 && rows.size() > fits
                    ? "… " + (rows.size() - i) + " more lines: see the findings table"
                    : row.text();
            TextBlock.draw(
                    s,
                    text,
                    new Rect(inner.x() + row.indent(), y, inner.width() - row.indent(), line),
                    row.bold() ? bold : body,
                    TextBlock.Align.LEFT);
            y += line;
        }
    }

    /** The summary's lines wrapped to the box at a size: an indented line ("  " in front) and a wrapped line's further parts go in. */
    private static List<Row> rows(Surface s, List<String> lines, double width, double size) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            double indent = text.startsWith("  ") ? INDENT : 0;
            TextStyle style = PrintStyles.text(size, i == 0, PrintStyles.INK);
            List<String> parts = TextWrap.lines(text, style, width - indent, s::textWidth);
            for (int k = 0; k < parts.size(); k++) {
                if (k == 0) {
                    out.add(new Row(parts.get(0), indent, i == 0));
                } else {
                    // Further parts are wrapped again at the deeper indent.
                    for (String p : TextWrap.lines(
                            String.join(" ", parts.subList(k, parts.size())),
                            style,
                            width - indent - INDENT,
                            s::textWidth)) {
                        out.add(new Row(p, indent + INDENT, i == 0));
                    }
                    break;
                }
            }
        }
        return out;
    }
}
