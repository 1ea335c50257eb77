package org.standoff.print;

import java.util.List;
import org.standoff.render.Rgba;
import org.standoff.render.Surface;
import org.standoff.render.TextStyle;

/**
 * The findings table: a dark header row and zebra-striped rows, columns sized to their content,
 * every cell shortened with an ellipsis to its column. {@link #rowsThatFit} is pure arithmetic, so pagination is known
 * before anything is drawn. Stateless.
 */
final class FindingsTable {

    /** Largest share of the table one column may claim from its content. */
    private static final double MAX_SHARE = 0.34;

    private static final double CELL_PAD = 3;

    /** The header of the map column a {@link MapGrid} adds. */
    static final String MAP_HEADER = "Map";

    private FindingsTable() {}

    static double rowHeight(double fontSize) {
        return fontSize * 1.75;
    }

    /** How many body rows fit under the header in a table of height {@code h}. */
    static int rowsThatFit(double h, double fontSize) {
        double row = rowHeight(fontSize);
        return Math.max(0, (int) Math.floor((h - row * 1.15) / row + 1e-9));
    }

    /**
     * Column widths from content: each column's natural width (widest of header and cells, at
     * most {@link #MAX_SHARE} of the table); spare width is shared out in proportion, a
     * shortfall is taken from the widest columns only, which are cut to a common width. So short distance columns
     * give their room to names, and widths are the same on every page of one table.
     */
    static double[] columnWidths(
            Surface s, double width, List<String> headers, List<FindingRow> allRows, double fontSize) {
        int n = headers.size();
        double[] nat = new double[n];
        TextStyle head = PrintStyles.text(fontSize, true, PrintStyles.INK);
        TextStyle body = PrintStyles.text(fontSize, false, PrintStyles.INK);
        for (int c = 0; c < n; c++) {
            nat[c] = s.textWidth(headers.get(c), head);
        }
        for (FindingRow row : allRows) {
            List<String> cells = row.cells();
            for (int c = 0; c < n; c++) {
                nat[c] = Math.max(nat[c], s.textWidth(cells.get(c), body));
            }
        }
        double total = 0;
        for (int c = 0; c < n; c++) {
            nat[c] = Math.min(nat[c] + 2 * CELL_PAD + 2, width * MAX_SHARE);
            total += nat[c];
        }
        double[] w = new double[n];
        if (total <= width) {
            for (int c = 0; c < n; c++) {
                w[c] = nat[c] * width / total;
            }
            return w;
        }
        // Water-filling: find the cap t with sum(min(natural, t)) = width; narrow columns keep
        // their natural width and only the widest ones are cut, all to the same width.
        double[] sorted = nat.clone();
        java.util.Arrays.sort(sorted);
        double used = 0;
        double cap = width / n;
        for (int i = 0; i < n; i++) {
            double t = (width - used) / (n - i);
            if (sorted[i] >= t) {
                cap = t;
                break;
            }
            used += sorted[i];
        }
        for (int c = 0; c < n; c++) {
            w[c] = Math.min(nat[c], cap);
        }
        return w;
    }

    /**
     * Draws the header and {@code rows}, each led by its number in the whole table (the first is
     * {@code firstNumber}), which is how the map's numbered sites are looked up; column widths
     * are measured over {@code allRows}.
     */
    static void draw(
            Surface s,
            Rect r,
            List<String> headers,
            List<FindingRow> rows,
            List<FindingRow> allRows,
            double fontSize,
            int firstNumber) {
        draw(s, r, headers, rows, allRows, fontSize, firstNumber, 0, null);
    }

    /**
     * Draws the page's rows; on the page with the table's last row, when {@code leftOut} rows
     * were cut from the table, a closing line says how many and where they all are (the
     * caller's pagination leaves a row's room for it). With a {@code grid} (may be null), a
     * "Map" column after the row number gives each row's square on the map.
     */
    static void draw(
            Surface s,
            Rect r,
            List<String> headers,
            List<FindingRow> rows,
            List<FindingRow> allRows,
            double fontSize,
            int firstNumber,
            int leftOut,
            MapGrid grid) {
        TextStyle numberStyle = PrintStyles.text(fontSize, true, PrintStyles.INK);
        double numberW = s.textWidth(Integer.toString(Math.max(9, allRows.size())), numberStyle) + 2 * CELL_PAD + 2;
        double mapW = 0;
        if (grid != null) {
            mapW = s.textWidth(MAP_HEADER, numberStyle);
            for (int i = 1; i <= allRows.size(); i++) {
                mapW = Math.max(mapW, s.textWidth(grid.refOfRow(i), numberStyle));
            }
            mapW += 2 * CELL_PAD;
        }
        double bottom = drawColumns(
                s,
                new Rect(r.x(), r.y(), r.width(), r.height()),
                headers,
                rows,
                allRows,
                fontSize,
                numberW,
                mapW,
                firstNumber);
        if (grid != null) {
            double row = rowHeight(fontSize);
            TextBlock.draw(
                    s,
                    MAP_HEADER,
                    new Rect(r.x() + numberW + CELL_PAD, r.y(), mapW - 2 * CELL_PAD, row * 1.15),
                    PrintStyles.text(fontSize, true, Rgba.hex("#ffffff")),
                    TextBlock.Align.LEFT);
            for (int i = 0; i < rows.size(); i++) {
                TextBlock.draw(
                        s,
                        grid.refOfRow(firstNumber + i),
                        new Rect(r.x() + numberW + CELL_PAD, r.y() + row * 1.15 + i * row, mapW - 2 * CELL_PAD, row),
                        numberStyle,
                        TextBlock.Align.LEFT);
            }
        }
        boolean last = !rows.isEmpty() && firstNumber + rows.size() - 1 == allRows.size();
        if (leftOut > 0 && last) {
            TextBlock.draw(
                    s,
                    leftOutNote(allRows.size(), leftOut),
                    new Rect(r.x() + CELL_PAD, bottom, r.width() - 2 * CELL_PAD, rowHeight(fontSize)),
                    PrintStyles.text(fontSize, true, PrintStyles.MUTED),
                    TextBlock.Align.LEFT);
        }
    }

    /** "12,278 more rows, farther than row 300, are not printed: the findings CSV export lists all 12,578." */
    static String leftOutNote(int shown, int leftOut) {
        return String.format(
                java.util.Locale.US,
                "%,d more row%s, farther than row %,d, %s not printed: the findings CSV export"
                        + " (Findings ▸ Export ▸ CSV, or standoff analyze) lists all %,d.",
                leftOut,
                leftOut == 1 ? "" : "s",
                shown,
                leftOut == 1 ? "is" : "are",
                shown + leftOut);
    }

    /** Draws the header and rows, leaving {@code mapW} after the number for the map column; returns the y under the last row. */
    private static double drawColumns(
            Surface s,
            Rect r,
            List<String> headers,
            List<FindingRow> rows,
            List<FindingRow> allRows,
            double fontSize,
            double numberW,
            double mapW,
            int firstNumber) {
        double[] columns = columnWidths(s, r.width() - numberW - mapW, headers, allRows, fontSize);
        double row = rowHeight(fontSize);
        double headerH = row * 1.15;
        s.fillRect(r.x(), r.y(), r.width(), headerH, PrintStyles.TABLE_HEADER);
        TextStyle head = PrintStyles.text(fontSize, true, Rgba.hex("#ffffff"));
        TextStyle body = PrintStyles.text(fontSize, false, PrintStyles.INK);
        TextBlock.draw(
                s,
                "#",
                new Rect(r.x() + CELL_PAD, r.y(), numberW - 2 * CELL_PAD, headerH),
                head,
                TextBlock.Align.RIGHT);
        cells(s, r.x() + numberW + mapW, r.y(), columns, headerH, headers, head);
        double y = r.y() + headerH;
        if (rows.isEmpty()) {
            TextBlock.draw(
                    s,
                    "No findings.",
                    new Rect(r.x() + CELL_PAD, y, r.width(), row),
                    PrintStyles.text(fontSize, false, PrintStyles.MUTED),
                    TextBlock.Align.LEFT);
            y += row;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (i % 2 == 1) {
                s.fillRect(r.x(), y, r.width(), row, PrintStyles.ZEBRA);
            }
            TextBlock.draw(
                    s,
                    Integer.toString(firstNumber + i),
                    new Rect(r.x() + CELL_PAD, y, numberW - 2 * CELL_PAD, row),
                    PrintStyles.text(fontSize, true, PrintStyles.INK),
                    TextBlock.Align.RIGHT);
            cells(s, r.x() + numberW + mapW, y, columns, row, rows.get(i).cells(), body);
            y += row;
        }
        s.beginPath();
        s.moveTo(r.x(), y);
        s.lineTo(r.right(), y);
        s.strokePath(PrintStyles.HAIRLINE);
        return y;
    }

    private static void cells(
            Surface s, double x, double y, double[] columns, double h, List<String> texts, TextStyle style) {
        double cx = x;
        for (int c = 0; c < columns.length; c++) {
            double w = columns[c];
            TextBlock.draw(
                    s,
                    texts.get(c),
                    new Rect(cx + CELL_PAD, y, Math.max(0, w - 2 * CELL_PAD), h),
                    style,
                    TextBlock.Align.LEFT);
            cx += w;
        }
    }
}
