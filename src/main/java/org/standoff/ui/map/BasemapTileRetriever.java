package org.standoff.ui.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;

/**
 * The tile source Gluon Maps finds through {@code META-INF/services}: it hands every request
 * to the current {@link TileSource}, the offline basemap unless the user has turned the online
 * one on.
 *
 * <p>Gluon Maps loads one retriever per JVM with {@link java.util.ServiceLoader} and keeps it
 * in a static field, so the source behind it is a static, swappable reference. Before any
 * source is installed every request fails, which Gluon shows as an empty tile; it never falls
 * back to the network.
 */
public final class BasemapTileRetriever implements TileRetriever {

    private static volatile TileSource source;

    /** Installs the source that serves all tile requests from now on. */
    public static void install(TileSource newSource) {
        source = newSource;
    }

    /** The installed source, or null before the application has installed one. */
    public static TileSource installed() {
        return source;
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        TileSource s = source;
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no basemap tile source installed yet"));
        }
        return s.loadTile(zoom, i, j);
    }
}
