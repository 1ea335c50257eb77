package org.standoff.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WebMercatorTest {

    @Test
    void placesTheOriginAtTheCentreOfTheWorld() {
        assertEquals(128, WebMercator.x(0, 0), 1e-9);
        assertEquals(128, WebMercator.y(0, 0), 1e-9);
        assertEquals(0, WebMercator.y(WebMercator.MAX_LATITUDE, 0), 1e-6);
        assertEquals(256, WebMercator.y(-WebMercator.MAX_LATITUDE, 0), 1e-6);
    }

    /** Reference: {@code echo "-104.82 41.14" | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:3857} (GDAL 3.6.2). */
    @Test
    void agreesWithGdalsEpsg3857() {
        double halfWorld = 20037508.342789244;
        double mx = -11668509.0249509;
        double my = 5033013.61456568;
        double zoom = 12;
        double size = WebMercator.worldSize(zoom);
        assertEquals((mx + halfWorld) / (2 * halfWorld) * size, WebMercator.x(-104.82, zoom), 1e-6);
        assertEquals((halfWorld - my) / (2 * halfWorld) * size, WebMercator.y(41.14, zoom), 1e-6);
    }

    @Test
    void inverts() {
        for (double lat = -80; lat <= 80; lat += 7.3) {
            assertEquals(lat, WebMercator.lat(WebMercator.y(lat, 6.5), 6.5), 1e-9);
        }
        for (double lon = -180; lon <= 180; lon += 11.1) {
            assertEquals(lon, WebMercator.lon(WebMercator.x(lon, 3), 3), 1e-9);
        }
    }
}
