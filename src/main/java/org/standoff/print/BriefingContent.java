package org.standoff.print;

import java.util.List;
import org.standoff.render.Rgba;

/**
 * Everything a briefing shows, independent of where it goes on the page ({@link BriefingLayout}
 * decides that). Texts are shown as given; the renderer shortens them with an ellipsis where
 * they do not fit. Immutable apart from the caller's {@link MapPainter}, which must be safe to
 * call once per exported page group.
 *
 * @param title          the briefing title
 * @param subtitle       the line under it; may be empty
 * @param marking        the banner text top and bottom of every page (e.g. a classification or
 *                       handling marking); empty for no banners
 * @param markingColour  the banner colour; the text colour (black or white) follows from it
 * @param author         who prepared it
 * @param date           the date line as it should read, e.g. "2025-03-14"
 * @param dataSources    citation strings, one per source
 * @param extent         what the map frame shows
 * @param painter        draws the caller's layers over the basemap
 * @param mapLabels      labels placed on the map without overlapping (may be empty)
 * @param legend         legend entries, in order
 * @param findingHeaders the six column headers of the findings table
 * @param findings       the findings rows, in order
 * @param summary        the summary box's lines, in order (may be empty)
 * @param findingsLeftOut how many more rows the findings would have had: a briefing's table is
 *                       cut to the nearest ones, and its last page says how many are left out
 *                       and where the full table is
 * @param notes          what the map must warn of beside its own notices, e.g. a layer whose datum
 *                       transformation is coarser than the one-mile rule allows (may be empty)
 */
public record BriefingContent(
        String title,
        String subtitle,
        String marking,
        Rgba markingColour,
        String author,
        String date,
        List<String> dataSources,
        MapExtent extent,
        MapPainter painter,
        List<MapLabel> mapLabels,
        List<LegendEntry> legend,
        List<String> findingHeaders,
        List<FindingRow> findings,
        List<String> summary,
        int findingsLeftOut,
        List<String> notes) {

    /** A briefing whose table has every row, without notes. */
    public BriefingContent(
            String title,
            String subtitle,
            String marking,
            Rgba markingColour,
            String author,
            String date,
            List<String> dataSources,
            MapExtent extent,
            MapPainter painter,
            List<MapLabel> mapLabels,
            List<LegendEntry> legend,
            List<String> findingHeaders,
            List<FindingRow> findings,
            List<String> summary) {
        this(
                title,
                subtitle,
                marking,
                markingColour,
                author,
                date,
                dataSources,
                extent,
                painter,
                mapLabels,
                legend,
                findingHeaders,
                findings,
                summary,
                0,
                List.of());
    }

    /** A briefing without a summary box's lines. */
    public BriefingContent(
            String title,
            String subtitle,
            String marking,
            Rgba markingColour,
            String author,
            String date,
            List<String> dataSources,
            MapExtent extent,
            MapPainter painter,
            List<MapLabel> mapLabels,
            List<LegendEntry> legend,
            List<String> findingHeaders,
            List<FindingRow> findings) {
        this(
                title,
                subtitle,
                marking,
                markingColour,
                author,
                date,
                dataSources,
                extent,
                painter,
                mapLabels,
                legend,
                findingHeaders,
                findings,
                List.of());
    }

    public BriefingContent {
        title = title == null ? "" : title;
        subtitle = subtitle == null ? "" : subtitle;
        marking = marking == null ? "" : marking;
        markingColour = markingColour == null ? Rgba.hex("#007a33") : markingColour;
        author = author == null ? "" : author;
        date = date == null ? "" : date;
        dataSources = List.copyOf(dataSources == null ? List.of() : dataSources);
        if (extent == null) {
            throw new IllegalArgumentException("briefing '" + title + "' needs a map extent");
        }
        painter = painter == null ? MapPainter.NONE : painter;
        mapLabels = List.copyOf(mapLabels == null ? List.of() : mapLabels);
        legend = List.copyOf(legend == null ? List.of() : legend);
        findingHeaders = List.copyOf(findingHeaders == null ? FindingRow.HEADERS : findingHeaders);
        if (findingHeaders.size() != FindingRow.HEADERS.size()) {
            throw new IllegalArgumentException(
                    "the findings table has " + FindingRow.HEADERS.size() + " columns, not " + findingHeaders.size());
        }
        findings = List.copyOf(findings == null ? List.of() : findings);
        summary = List.copyOf(summary == null ? List.of() : summary);
        if (findingsLeftOut < 0) {
            throw new IllegalArgumentException("findings left out must be 0 or more: " + findingsLeftOut);
        }
        notes = List.copyOf(notes == null ? List.of() : notes);
    }

    /** A copy showing another extent, e.g. one atlas page per site. */
    public BriefingContent withExtent(MapExtent e) {
        return new BriefingContent(
                title,
                subtitle,
                marking,
                markingColour,
                author,
                date,
                dataSources,
                e,
                painter,
                mapLabels,
                legend,
                findingHeaders,
                findings,
                summary,
                findingsLeftOut,
                notes);
    }

    /** A copy with other findings rows and the map labels keyed to them (flagged sites carry their row numbers). */
    public BriefingContent withFindings(List<FindingRow> rows, List<MapLabel> labels) {
        return withFindings(rows, labels, 0);
    }

    /** A copy with the nearest findings rows, {@code leftOut} more not listed, and the map labels keyed to them. */
    public BriefingContent withFindings(List<FindingRow> rows, List<MapLabel> labels, int leftOut) {
        return new BriefingContent(
                title,
                subtitle,
                marking,
                markingColour,
                author,
                date,
                dataSources,
                extent,
                painter,
                labels,
                legend,
                findingHeaders,
                rows,
                summary,
                leftOut,
                notes);
    }

    /** A copy with the page's own legend (what its frame shows) and summary lines. */
    public BriefingContent withLegend(List<LegendEntry> entries, List<String> lines) {
        return new BriefingContent(
                title,
                subtitle,
                marking,
                markingColour,
                author,
                date,
                dataSources,
                extent,
                painter,
                mapLabels,
                entries,
                findingHeaders,
                findings,
                lines,
                findingsLeftOut,
                notes);
    }

    /**
     * A copy with other title, subtitle and findings, for an atlas page. The map labels lose
     * their row numbers, which were keyed to the old table.
     */
    public BriefingContent withPage(String newTitle, String newSubtitle, List<FindingRow> rows) {
        return new BriefingContent(
                newTitle,
                newSubtitle,
                marking,
                markingColour,
                author,
                date,
                dataSources,
                extent,
                painter,
                mapLabels.stream().map(MapLabel::withoutRow).toList(),
                legend,
                findingHeaders,
                rows,
                summary,
                0,
                notes);
    }
}
