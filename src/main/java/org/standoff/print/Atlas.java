package org.standoff.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.standoff.geo.CoordinateFormat;
import org.standoff.geo.CoordinateStyle;
import org.standoff.model.MiningSite;

/**
 * Builds atlas pages: one briefing per site, centred on it at a chosen scale, titled with the
 * site's name and coordinates, carrying only that site's findings rows (matched by site name).
 * The base content supplies everything else (marking, painter, legend, credits). Stateless.
 */
public final class Atlas {

    private Atlas() {}

    /** One content per site, in the given order. */
    public static List<BriefingContent> pages(BriefingContent base, List<MiningSite> sites, double scaleDenominator) {
        List<BriefingContent> pages = new ArrayList<>(sites.size());
        for (MiningSite site : sites) {
            List<FindingRow> rows = base.findings().stream()
                    .filter(r -> r.site().equals(site.name()))
                    .toList();
            String subtitle = CoordinateFormat.latLon(site.lat(), site.lon(), CoordinateStyle.DMS)
                    + String.format(Locale.US, "  ·  1:%,d", Math.round(scaleDenominator));
            pages.add(base.withPage(site.name(), subtitle, rows)
                    .withExtent(MapExtent.centred(site.lon(), site.lat(), scaleDenominator)));
        }
        return pages;
    }
}
