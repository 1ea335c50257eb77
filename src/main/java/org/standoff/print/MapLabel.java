package org.standoff.print;

/**
 * A label to place on the map next to a lon/lat point, e.g. a site's name. The renderer places
 * labels with {@link LabelPlacer} after the caller's painter, highest priority first, dropping
 * those that would overlap an already placed one. Immutable.
 *
 * @param priority higher is placed first (and so survives collisions)
 */
public record MapLabel(String text, double lon, double lat, int priority) {

    public MapLabel {
        if (text == null) {
            throw new IllegalArgumentException("a map label needs text");
        }
    }
}
