package org.standoff.ui.map;

import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;

/** Something that produces basemap tile images, asynchronously, for slippy-map tile coordinates. */
public interface TileSource {

    /** The image of tile (zoom, x, y); completes on a background thread. */
    CompletableFuture<Image> loadTile(int zoom, long x, long y);
}
