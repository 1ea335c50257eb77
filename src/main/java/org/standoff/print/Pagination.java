package org.standoff.print;

import java.util.List;

/**
 * How the findings rows are spread over pages: as many as fit in the layout's table on the
 * first page, the rest on continuation pages whose table fills the space between the banners.
 * Pure arithmetic over the layout, so the page count is known before drawing. Immutable.
 *
 * @param firstPageRows rows on page 1
 * @param rowsPerPage   rows on each continuation page
 * @param pages         total pages, at least 1
 */
record Pagination(int firstPageRows, int rowsPerPage, int pages) {

    /** Gap between the continuation header and the furniture around it, points. */
    static final double GAP = 6;
    /** Height of the "continued" heading on continuation pages, points. */
    static final double CONTINUED_HEADER = 26;

    static Pagination of(BriefingLayout layout, BriefingContent content) {
        var table = layout.visible(ElementKind.FINDINGS_TABLE);
        int rows = content.findings().size();
        if (table.isEmpty()) {
            return new Pagination(0, 0, 1);
        }
        double size = table.get().options().fontSizeOr(PrintStyles.TABLE_SIZE);
        int first = Math.min(rows, FindingsTable.rowsThatFit(layout.pageRect(table.get()).height(), size));
        int per = Math.max(1, FindingsTable.rowsThatFit(continuationTable(layout).height(), size));
        int rest = rows - first;
        return new Pagination(first, per, 1 + (rest <= 0 ? 0 : (rest + per - 1) / per));
    }

    /** The 1-based number in the whole table of the first row on a page (0-based). */
    int firstNumber(int page) {
        return page == 0 ? 1 : 1 + firstPageRows + (page - 1) * rowsPerPage;
    }

    /** The rows of a page (0-based). */
    List<FindingRow> rows(List<FindingRow> all, int page) {
        if (page == 0) {
            return all.subList(0, Math.min(firstPageRows, all.size()));
        }
        int from = Math.min(all.size(), firstPageRows + (page - 1) * rowsPerPage);
        return all.subList(from, Math.min(all.size(), from + rowsPerPage));
    }

    /** The heading band of a continuation page: under the top banner. */
    static Rect continuationHeader(BriefingLayout layout) {
        Rect p = layout.printable();
        double top = layout.visible(ElementKind.MARKING_TOP).map(e -> layout.pageRect(e).bottom()).orElse(p.y()) + GAP;
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
