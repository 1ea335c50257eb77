package org.standoff.geo;

/**
 * The spherical Web Mercator pixel grid used by slippy-map tiles (EPSG:3857 as OpenStreetMap
 * and Gluon Maps use it): at zoom {@code z} the world is a square of {@code 256 * 2^z} pixels,
 * x growing east from the antimeridian, y growing south from latitude {@value #MAX_LATITUDE}.
 *
 * <p>This is a display grid only. No distance is ever measured in it (DESIGN.md decision 2);
 * use {@link Geodesic} for that. Zoom may be fractional. Latitudes beyond
 * ±{@value #MAX_LATITUDE} are clamped. Stateless and thread-safe.
 */
public final class WebMercator {

    /** The latitude at which the square world ends, north and south. */
    public static final double MAX_LATITUDE = 85.05112877980659;

    /** Pixels per tile side. */
    public static final int TILE_SIZE = 256;

    private WebMercator() {}

    /** World size in pixels at a zoom level. */
    public static double worldSize(double zoom) {
        return TILE_SIZE * Math.pow(2, zoom);
    }

    /** Pixel x of a longitude at a zoom level. */
    public static double x(double lon, double zoom) {
        return (lon + 180.0) / 360.0 * worldSize(zoom);
    }

    /** Pixel y of a latitude at a zoom level. */
    public static double y(double lat, double zoom) {
        double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        double sin = Math.sin(Math.toRadians(clamped));
        return (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * worldSize(zoom);
    }

    /** Longitude of a pixel x at a zoom level. */
    public static double lon(double x, double zoom) {
        return x / worldSize(zoom) * 360.0 - 180.0;
    }

    /** Latitude of a pixel y at a zoom level. */
    public static double lat(double y, double zoom) {
        double n = Math.PI - 2 * Math.PI * y / worldSize(zoom);
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }
}
