package org.standoff.render;

import org.locationtech.jts.geom.Envelope;
import org.standoff.geo.WebMercator;

/**
 * An immutable snapshot of what a surface shows: a Web Mercator zoom level and the world-pixel
 * position of the surface's top-left corner, with the surface's size in pixels.
 *
 * <p>Converts lon/lat to surface pixels and back. This is the "snapshot the view state" step
 * of rendering: a painter works from a viewport and never from live UI state.
 */
public record Viewport(double zoom, double originX, double originY, double width, double height) {

    /** The viewport of slippy-map tile (zoom, x, y). */
    public static Viewport forTile(int zoom, long x, long y) {
        int s = WebMercator.TILE_SIZE;
        return new Viewport(zoom, (double) x * s, (double) y * s, s, s);
    }

    /** A viewport of the given size centred on a lon/lat point. */
    public static Viewport centredOn(double lon, double lat, double zoom, double width, double height) {
        return new Viewport(
                zoom, WebMercator.x(lon, zoom) - width / 2, WebMercator.y(lat, zoom) - height / 2, width, height);
    }

    /** Surface x of a longitude. */
    public double x(double lon) {
        return WebMercator.x(lon, zoom) - originX;
    }

    /** Surface y of a latitude. */
    public double y(double lat) {
        return WebMercator.y(lat, zoom) - originY;
    }

    /** Longitude at surface x. */
    public double lon(double x) {
        return WebMercator.lon(x + originX, zoom);
    }

    /** Latitude at surface y. */
    public double lat(double y) {
        return WebMercator.lat(y + originY, zoom);
    }

    /** The lon/lat box this viewport covers, grown by {@code marginPx} pixels on each side. */
    public Envelope lonLatEnvelope(double marginPx) {
        return new Envelope(lon(-marginPx), lon(width + marginPx), lat(height + marginPx), lat(-marginPx));
    }
}
