package org.standoff.print;

import java.util.List;
import org.standoff.render.Rgba;
import org.standoff.render.Surface;
import org.standoff.render.TextStyle;

/**
 * The findings table: a dark header row and zebra-striped rows, every cell shortened with an
 * ellipsis to its column. {@link #rowsThatFit} is pure arithmetic, so pagination is known
 * before anything is drawn. Stateless.
 */
final class FindingsTable {

    /** Column widths as fractions of the table width, in {@link FindingRow#cells()} order. */
    static final double[] COLUMNS = {0.21, 0.21, 0.08, 0.21, 0.08, 0.21};
    private static final double CELL_PAD = 3;

    private FindingsTable() {}

    static double rowHeight(double fontSize) {
        return fontSize * 1.75;
    }

    /** How many body rows fit under the header in a table of height {@code h}. */
    static int rowsThatFit(double h, double fontSize) {
        double row = rowHeight(fontSize);
        return Math.max(0, (int) Math.floor((h - row * 1.15) / row + 1e-9));
    }

    /** Draws the header and {@code rows}. */
    static void draw(Surface s, Rect r, List<String> headers, List<FindingRow> rows, double fontSize) {
        double row = rowHeight(fontSize);
        double headerH = row * 1.15;
        s.fillRect(r.x(), r.y(), r.width(), headerH, PrintStyles.TABLE_HEADER);
        TextStyle head = PrintStyles.text(fontSize, true, Rgba.hex("#ffffff"));
        TextStyle body = PrintStyles.text(fontSize, false, PrintStyles.INK);
        cells(s, r.x(), r.y(), r.width(), headerH, headers, head);
        double y = r.y() + headerH;
        if (rows.isEmpty()) {
            TextBlock.draw(s, "No findings.", new Rect(r.x() + CELL_PAD, y, r.width(), row), PrintStyles.text(fontSize, false, PrintStyles.MUTED),
                    TextBlock.Align.LEFT);
            y += row;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (i % 2 == 1) {
                s.fillRect(r.x(), y, r.width(), row, PrintStyles.ZEBRA);
            }
            cells(s, r.x(), y, r.width(), row, rows.get(i).cells(), body);
            y += row;
        }
        s.beginPath();
        s.moveTo(r.x(), y);
        s.lineTo(r.right(), y);
        s.strokePath(PrintStyles.HAIRLINE);
    }

    private static void cells(Surface s, double x, double y, double width, double h, List<String> texts, TextStyle style) {
        double cx = x;
        for (int c = 0; c < COLUMNS.length; c++) {
            double w = COLUMNS[c] * width;
            TextBlock.draw(s, texts.get(c), new Rect(cx + CELL_PAD, y, Math.max(0, w - 2 * CELL_PAD), h), style, TextBlock.Align.LEFT);
            cx += w;
        }
    }
}
