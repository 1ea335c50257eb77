package org.standoff.print;

import java.util.List;

/**
 * How the findings rows and the legend are spread over pages: as many rows as fit in the
 * layout's table on the first page and as many legend entries as fit its legend; on page 2 the
 * rest of the legend as a block under the heading, then the table; further continuation pages
 * carry the table alone, filling the space between the banners. Pure arithmetic over the
 * layout, so the page count is known before drawing. Immutable.
 *
 * @param firstPageRows  rows on page 1
 * @param rowsPerPage    rows on each continuation page after page 2
 * @param pages          total pages, at least 1
 * @param legendShown    legend entries on page 1 (the rest go to page 2)
 * @param legendBlock    height of the continued legend block on page 2, 0 for none
 * @param secondPageRows rows on page 2, under the legend block
 */
record Pagination(
        int firstPageRows, int rowsPerPage, int pages, int legendShown, double legendBlock, int secondPageRows) {

    /** Gap between the continuation header and the furniture around it, points. */
    static final double GAP = 6;
    /** Height of the "continued" heading on continuation pages, points. */
    static final double CONTINUED_HEADER = 26;

    static Pagination of(BriefingLayout layout, BriefingContent content) {
        int entries = content.legend().size();
        var legend = layout.visible(ElementKind.LEGEND);
        double legendSize =
                legend.map(e -> e.options().fontSizeOr(PrintStyles.LEGEND_SIZE)).orElse(PrintStyles.LEGEND_SIZE);
        int legendShown = legend.map(e -> LegendElement.fit(layout.pageRect(e), entries, legendSize)
                        .shown())
                .orElse(entries);
        double block = legendShown < entries
                ? LegendElement.blockHeight(layout.printable().width(), entries - legendShown, legendSize)
                : 0;
        var table = layout.visible(ElementKind.FINDINGS_TABLE);
        // A cut table ends with a line saying how many rows are left out: it takes a row's room.
        int rows = content.findings().size() + (content.findingsLeftOut() > 0 ? 1 : 0);
        if (table.isEmpty()) {
            return new Pagination(0, 0, block > 0 ? 2 : 1, legendShown, block, 0);
        }
        double size = table.get().options().fontSizeOr(PrintStyles.TABLE_SIZE);
        int first = Math.min(
                rows, FindingsTable.rowsThatFit(layout.pageRect(table.get()).height(), size));
        double continued = continuationTable(layout).height();
        int per = Math.max(1, FindingsTable.rowsThatFit(continued, size));
        int second = block > 0 ? Math.max(0, FindingsTable.rowsThatFit(continued - block - GAP, size)) : per;
        int rest = rows - first;
        if (rest <= 0) {
            return new Pagination(first, per, block > 0 ? 2 : 1, legendShown, block, 0);
        }
        int afterSecond = Math.max(0, rest - second);
        return new Pagination(
                first, per, 2 + (afterSecond + per - 1) / per, legendShown, block, Math.min(rest, second));
    }

    /** The 1-based number in the whole table of the first row on a page (0-based). */
    int firstNumber(int page) {
        return 1 + start(page);
    }

    private int start(int page) {
        if (page == 0) {
            return 0;
        }
        return page == 1 ? firstPageRows : firstPageRows + secondPageRows + (page - 2) * rowsPerPage;
    }

    /** The rows of a page (0-based). */
    List<FindingRow> rows(List<FindingRow> all, int page) {
        int from = Math.min(all.size(), start(page));
        int count = page == 0 ? firstPageRows : page == 1 ? secondPageRows : rowsPerPage;
        return all.subList(from, Math.min(all.size(), from + count));
    }

    /** The heading band of a continuation page: under the top banner. */
    static Rect continuationHeader(BriefingLayout layout) {
        Rect p = layout.printable();
        double top = layout.visible(ElementKind.MARKING_TOP)
                        .map(e -> layout.pageRect(e).bottom())
                        .orElse(p.y())
                + GAP;
        return new Rect(p.x(), top, p.width(), CONTINUED_HEADER);
    }

    /** The table of a continuation page: from the heading down to the credits or bottom banner. */
    static Rect continuationTable(BriefingLayout layout) {
        Rect p = layout.printable();
        double top = continuationHeader(layout).bottom() + GAP;
        double bottom = p.bottom();
        for (ElementKind k : new ElementKind[] {ElementKind.CREDITS, ElementKind.MARKING_BOTTOM}) {
            var e = layout.visible(k);
            if (e.isPresent()) {
                bottom = Math.min(bottom, layout.pageRect(e.get()).y());
            }
        }
        return new Rect(p.x(), top, p.width(), Math.max(0, bottom - GAP - top));
    }
}
