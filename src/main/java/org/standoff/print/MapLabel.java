package org.standoff.print;

import org.locationtech.jts.geom.Envelope;

/**
 * A name to place on the map: a site's beside its symbol, or an installation's in or beside its
 * outline. The renderer places labels with the shared label engine
 * ({@link org.standoff.render.label.LabelEngine}) after the caller's painter, flagged sites
 * first, then installations, zones, other sites and basemap names, each clear of the others,
 * of the site symbols and of the frame edge. A flagged site whose name finds no place shows its
 * findings row number instead (map "7" = table row 7). Immutable.
 *
 * @param text the name, shortened with an ellipsis on the map when long
 * @param lon  the anchor: a site's position, an installation's interior point
 * @param lat  see {@code lon}
 * @param role what is labelled, which sets the priority and the candidate places
 * @param area an installation's lon/lat box (labels go inside or around it); null for a site
 * @param row  a flagged site's 1-based row in the findings table, 0 for none
 */
public record MapLabel(String text, double lon, double lat, Role role, Envelope area, int row) {

    /** What a label names. */
    public enum Role {
        /** A site the rules flag: never lost (named or numbered). */
        FLAGGED_SITE,
        /** A military installation. */
        INSTALLATION,
        /** Any other site. */
        SITE
    }

    public MapLabel {
        if (text == null || role == null) {
            throw new IllegalArgumentException("a map label needs text and a role");
        }
        if (row < 0) {
            throw new IllegalArgumentException("findings row must be 1 or more, or 0 for none: " + row);
        }
        area = area == null ? null : new Envelope(area);
    }

    /** A site's name; a flagged site's with its findings row (0 if it has none). */
    public static MapLabel site(String text, double lon, double lat, boolean flagged, int row) {
        return new MapLabel(text, lon, lat, flagged ? Role.FLAGGED_SITE : Role.SITE, null, flagged ? row : 0);
    }

    /** An installation's name, anchored at an interior point of its outline's box {@code area}. */
    public static MapLabel installation(String text, double lon, double lat, Envelope area) {
        return new MapLabel(text, lon, lat, Role.INSTALLATION, area, 0);
    }

    /** This label without its findings row (for a page whose table has other rows). */
    public MapLabel withoutRow() {
        return new MapLabel(text, lon, lat, role, area, 0);
    }

    @Override
    public Envelope area() {
        return area == null ? null : new Envelope(area);
    }
}
