package org.standoff.render.tiles;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.standoff.geo.WebMercator;
import org.standoff.render.Java2DSurface;
import org.standoff.render.Viewport;
import org.standoff.render.basemap.BasemapPainter;

/**
 * Renders 256-pixel slippy-map tiles of the offline basemap with Java2D.
 *
 * <p>Thread-safe: each call draws into its own image, and the painter is immutable, so the
 * tile executor may render several tiles at once. Tile coordinates outside the world at that
 * zoom wrap in x (the world repeats east and west) and are all water in y.
 */
public final class TileRenderer {

    private final BasemapPainter painter;

    public TileRenderer(BasemapPainter painter) {
        this.painter = painter;
    }

    /** Renders tile (zoom, x, y) as an ARGB image of {@value WebMercator#TILE_SIZE} pixels square. */
    public BufferedImage render(int zoom, long x, long y) {
        long n = 1L << zoom;
        long wrappedX = Math.floorMod(x, n);
        int size = WebMercator.TILE_SIZE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            Java2DSurface surface = new Java2DSurface(g, size, size);
            Viewport v = Viewport.forTile(zoom, wrappedX, y);
            if (y < 0 || y >= n) {
                surface.fillRect(0, 0, size, size, org.standoff.render.MapStyles.WATER);
            } else {
                painter.paint(surface, v);
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
