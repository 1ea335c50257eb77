package org.standoff.print;

import java.util.List;
import java.util.Optional;
import org.standoff.render.Viewport;
import org.standoff.render.basemap.Basemap;
import org.standoff.render.basemap.BasemapPainter;

/**
 * Lays a briefing out on pages through a {@link PageCanvas}, so the same code draws PDF pages
 * and PNG images. Page 1 carries every visible element of the layout; when the findings do not
 * fit its table, continuation pages follow with the same banners, a "continued" heading, the
 * table filling the page, and the credits line.
 *
 * <p>Every text is shortened with an ellipsis to its box; map labels go through the shared
 * label engine ({@link org.standoff.render.label.LabelEngine}), so nothing overprints. The map element is drawn first and the other
 * elements after it in layout order, so insets (scale bar, north arrow) sit on the map.
 * Does not open files; see {@link BriefingExport}. Thread-safe: holds only the basemap painter;
 * each call draws on its own canvas.
 */
public final class BriefingRenderer {

    private final BasemapPainter basemap;
    private final MapFrame mapFrame;
    private final LocatorInset locator;

    public BriefingRenderer(Basemap basemap) {
        this.basemap = new BasemapPainter(basemap);
        this.mapFrame = new MapFrame(this.basemap);
        this.locator = new LocatorInset(this.basemap);
    }

    /** How many pages the briefing takes with this layout (1 plus findings continuations). */
    public int pageCount(BriefingLayout layout, BriefingContent content) {
        return Pagination.of(layout, content).pages();
    }

    /** The map frame's viewport for this layout (frame size in points), or empty if it has no map. */
    public static Optional<Viewport> mapViewport(BriefingLayout layout, BriefingContent content) {
        return layout.visible(ElementKind.MAP).map(e -> {
            Rect r = layout.pageRect(e);
            return MapFrame.viewport(content.extent(), r.width(), r.height());
        });
    }

    /** Draws page {@code page} (0-based, below {@link #pageCount}) onto the canvas. */
    public void renderPage(BriefingLayout layout, BriefingContent content, int page, PageCanvas canvas) {
        Pagination pagination = Pagination.of(layout, content);
        if (page < 0 || page >= pagination.pages()) {
            throw new IllegalArgumentException("page " + page + " of a " + pagination.pages() + "-page briefing");
        }
        var s = canvas.page();
        s.fillRect(0, 0, layout.pageWidth(), layout.pageHeight(), PrintStyles.PAPER);
        if (page > 0) {
            continuation(layout, content, pagination, page, canvas);
            return;
        }
        MapGrid grid = MapGrid.of(layout, content).orElse(null);
        Viewport view = layout.visible(ElementKind.MAP)
                .map(e -> mapFrame.draw(canvas, layout.pageRect(e), content, insets(layout), grid))
                .orElse(null);
        for (LayoutElement e : layout.elements()) {
            if (!e.visible() || e.kind() == ElementKind.MAP) {
                continue;
            }
            Rect r = layout.pageRect(e);
            switch (e.kind()) {
                case MARKING_TOP, MARKING_BOTTOM -> PageFurniture.marking(s, r, e, content);
                case TITLE -> PageFurniture.title(s, r, e, content.title());
                case SUBTITLE ->
                    PageFurniture.line(
                            s, r, e, content.subtitle(), PrintStyles.SUBTITLE_SIZE, false, PrintStyles.MUTED);
                case CREDITS -> PageFurniture.credits(s, r, e, content, page, pagination.pages());
                case LEGEND ->
                    LegendElement.draw(s, r, content.legend(), e.options().fontSizeOr(PrintStyles.LEGEND_SIZE), 1);
                case SUMMARY ->
                    SummaryElement.draw(s, r, content.summary(), e.options().fontSizeOr(PrintStyles.LEGEND_SIZE));
                case FINDINGS_TABLE ->
                    FindingsTable.draw(
                            s,
                            r,
                            content.findingHeaders(),
                            pagination.rows(content.findings(), 0),
                            content.findings(),
                            e.options().fontSizeOr(PrintStyles.TABLE_SIZE),
                            1,
                            content.findingsLeftOut(),
                            grid);
                case SCALE_BAR -> {
                    if (view != null) {
                        ScaleBarElement.draw(s, r, view);
                    }
                }
                case NORTH_ARROW -> NorthArrow.draw(s, r);
                case LOCATOR -> {
                    if (view != null) {
                        locator.draw(canvas, r, view);
                    }
                }
                case MAP -> {}
            }
        }
    }

    /** Page rectangles of the elements that may sit on the map, which labels must avoid. */
    private static java.util.List<Rect> insets(BriefingLayout layout) {
        return layout.elements().stream()
                .filter(e -> e.visible() && e.kind() != ElementKind.MAP)
                .map(layout::pageRect)
                .toList();
    }

    private void continuation(
            BriefingLayout layout, BriefingContent content, Pagination pagination, int page, PageCanvas canvas) {
        var s = canvas.page();
        for (LayoutElement e : layout.elements()) {
            if (!e.visible()) {
                continue;
            }
            Rect r = layout.pageRect(e);
            switch (e.kind()) {
                case MARKING_TOP, MARKING_BOTTOM -> PageFurniture.marking(s, r, e, content);
                case CREDITS -> PageFurniture.credits(s, r, e, content, page, pagination.pages());
                default -> {}
            }
        }
        Rect header = Pagination.continuationHeader(layout);
        Rect body = Pagination.continuationTable(layout);
        List<FindingRow> rows = pagination.rows(content.findings(), page);
        boolean legendHere = page == 1 && pagination.legendBlock() > 0;
        String what = rows.isEmpty() ? "legend" : legendHere ? "legend and findings" : "findings";
        String heading = (content.title().isBlank()
                        ? what.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + what.substring(1)
                        : content.title() + " — " + what)
                + " (continued)";
        TextBlock.draw(s, heading, header, PrintStyles.text(13, true, PrintStyles.INK), TextBlock.Align.LEFT);
        if (legendHere) {
            double size = layout.visible(ElementKind.LEGEND)
                    .map(e -> e.options().fontSizeOr(PrintStyles.LEGEND_SIZE))
                    .orElse(PrintStyles.LEGEND_SIZE);
            LegendElement.block(
                    s,
                    new Rect(body.x(), body.y(), body.width(), pagination.legendBlock()),
                    content.legend()
                            .subList(pagination.legendShown(), content.legend().size()),
                    size);
            double top = body.y() + pagination.legendBlock() + Pagination.GAP;
            body = new Rect(body.x(), top, body.width(), Math.max(0, body.bottom() - top));
        }
        var table = layout.visible(ElementKind.FINDINGS_TABLE);
        if (table.isPresent() && !rows.isEmpty()) {
            FindingsTable.draw(
                    s,
                    body,
                    content.findingHeaders(),
                    rows,
                    content.findings(),
                    table.get().options().fontSizeOr(PrintStyles.TABLE_SIZE),
                    pagination.firstNumber(page),
                    content.findingsLeftOut(),
                    MapGrid.of(layout, content).orElse(null));
        } else if (table.isPresent()
                && content.findingsLeftOut() > 0
                && page == pagination.pages() - 1
                && !content.findings().isEmpty()) {
            // The rows filled the page before; the closing line is all this page's table has.
            double size = table.get().options().fontSizeOr(PrintStyles.TABLE_SIZE);
            TextBlock.draw(
                    s,
                    FindingsTable.leftOutNote(content.findings().size(), content.findingsLeftOut()),
                    new Rect(body.x(), body.y(), body.width(), FindingsTable.rowHeight(size)),
                    PrintStyles.text(size, true, PrintStyles.MUTED),
                    TextBlock.Align.LEFT);
        }
    }
}
