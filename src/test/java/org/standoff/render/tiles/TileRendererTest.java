package org.standoff.render.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.standoff.geo.WebMercator;
import org.standoff.render.MapStyles;
import org.standoff.render.Rgba;
import org.standoff.render.basemap.BasemapPainter;
import org.standoff.render.basemap.TestBasemap;

class TileRendererTest {

    private static TileRenderer renderer;

    @BeforeAll
    static void load() throws Exception {
        renderer = new TileRenderer(new BasemapPainter(TestBasemap.get()));
    }

    /** The colour of the pixel at lon/lat within the tile of that zoom which contains it. */
    private static Rgba pixelAt(int zoom, double lon, double lat) {
        double px = WebMercator.x(lon, zoom);
        double py = WebMercator.y(lat, zoom);
        long tx = (long) Math.floor(px / 256);
        long ty = (long) Math.floor(py / 256);
        BufferedImage tile = renderer.render(zoom, tx, ty);
        int argb = tile.getRGB((int) (px - tx * 256), (int) (py - ty * 256));
        return new Rgba((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, (argb >>> 24));
    }

    private static void assertColour(Rgba expected, Rgba actual, String where) {
        int d = Math.abs(expected.red() - actual.red())
                + Math.abs(expected.green() - actual.green())
                + Math.abs(expected.blue() - actual.blue());
        assertTrue(d <= 12, where + ": expected " + expected + " but was " + actual);
    }

    private static int distance(Rgba a, Rgba b) {
        return Math.abs(a.red() - b.red()) + Math.abs(a.green() - b.green()) + Math.abs(a.blue() - b.blue());
    }

    @Test
    void zoomZeroTileShowsTheUnitedStatesAsLandAndThePacificAsWater() {
        // At zoom 0 a state is a few pixels wide, so a pixel mixes fill and borders: land, not water.
        Rgba kansas = pixelAt(0, -100, 40);
        assertTrue(distance(kansas, MapStyles.WATER) > 60, "Kansas at zoom 0: " + kansas);
        assertColour(MapStyles.US_LAND, pixelAt(2, -98.5, 38.5), "Kansas at zoom 2");
        assertColour(MapStyles.WATER, pixelAt(0, -150, 0), "mid-Pacific at zoom 0");
        assertColour(MapStyles.FOREIGN_LAND, pixelAt(0, 20, 0), "central Africa at zoom 0");
    }

    @Test
    void zoomFourTileOfFloridaHasLandOnThePeninsulaAndWaterInTheGulf() {
        assertColour(MapStyles.US_LAND, pixelAt(4, -81.38, 28.54), "Orlando at zoom 4");
        assertColour(MapStyles.WATER, pixelAt(4, -85.5, 26.0), "Gulf of Mexico at zoom 4");
        assertColour(MapStyles.WATER, pixelAt(4, -77.5, 28.0), "Atlantic east of Florida at zoom 4");
    }

    @Test
    void zoomTenTilesPlaceLandWaterAndTheWyomingColoradoBorder() {
        assertColour(MapStyles.US_LAND, pixelAt(10, -104.82, 41.10), "Cheyenne at zoom 10");
        assertColour(MapStyles.WATER, pixelAt(10, -84.0, 27.0), "Gulf off Florida at zoom 10");
        // The WY/CO border runs along 41°N: within a few pixels of it (the boundary is generalised
        // at 1:10M) a pixel is drawn darker than the plain land a few kilometres either side.
        assertColour(MapStyles.US_LAND, pixelAt(10, -105.5, 41.06), "Wyoming north of the border");
        assertColour(MapStyles.US_LAND, pixelAt(10, -105.5, 40.94), "Colorado south of the border");
        int darkest = Integer.MAX_VALUE;
        for (double lat = 40.985; lat <= 41.015; lat += 0.0005) {
            Rgba p = pixelAt(10, -105.5, lat);
            darkest = Math.min(darkest, p.red() + p.green() + p.blue());
        }
        int plain = MapStyles.US_LAND.red() + MapStyles.US_LAND.green() + MapStyles.US_LAND.blue();
        assertTrue(
                plain - darkest > 60, "a border should be drawn within 0.015° of 41°N; darkest pixel sum " + darkest);
    }

    @Test
    void tilesAreFullSizeAndOpaque() {
        BufferedImage tile = renderer.render(3, 1, 3);
        assertEquals(256, tile.getWidth());
        assertEquals(256, tile.getHeight());
        for (int y = 0; y < 256; y += 17) {
            for (int x = 0; x < 256; x += 17) {
                assertEquals(255, tile.getRGB(x, y) >>> 24, "alpha at " + x + "," + y);
            }
        }
    }

    @Test
    void tilesWrapEastWestAcrossTheAntimeridian() {
        BufferedImage a = renderer.render(2, 1, 1);
        BufferedImage b = renderer.render(2, 1 + 4, 1);
        for (int y = 0; y < 256; y += 9) {
            for (int x = 0; x < 256; x += 9) {
                assertEquals(a.getRGB(x, y), b.getRGB(x, y));
            }
        }
    }
}
