package org.standoff.ui.map;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.standoff.io.store.StoreException;
import org.standoff.render.MapStyles;
import org.standoff.render.basemap.BasemapLoader;
import org.standoff.render.basemap.BasemapPainter;
import org.standoff.render.tiles.TileDiskCache;
import org.standoff.render.tiles.TileRenderer;

/**
 * Sets up the basemap: loads the bundled vector basemap on a background thread, builds the
 * tile renderer and disk cache, and installs the switchable tile source into Gluon Maps.
 *
 * <p>The disk cache lives under {@code cacheDir/tiles/<basemap>-style<version>}, so a new
 * basemap file or a style change starts a fresh cache. Returns at once; tiles requested
 * before loading finishes wait for it.
 */
public final class BasemapService {

    /** Budget of the on-disk tile cache. */
    public static final long DISK_CACHE_BYTES = 200L * 1024 * 1024;

    private final CompletableFuture<OfflineTileSource.Backend> ready;
    private final SwitchableTileSource source;
    private final OfflineTileSource offline;

    private BasemapService(
            CompletableFuture<OfflineTileSource.Backend> ready,
            OfflineTileSource offline,
            SwitchableTileSource source) {
        this.ready = ready;
        this.offline = offline;
        this.source = source;
    }

    /** Starts loading the bundled basemap and installs the tile source; its threads come from {@code pools}. */
    public static BasemapService start(Path cacheDir, boolean online, org.standoff.ui.base.ThreadPools pools) {
        CompletableFuture<OfflineTileSource.Backend> ready = new CompletableFuture<>();
        pools.start("basemap-loader", () -> {
            try {
                Path gpkg = BasemapLoader.extractBundled(cacheDir);
                TileRenderer renderer = new TileRenderer(BasemapPainter.forScreen(BasemapLoader.loadShared(gpkg)));
                ready.complete(new OfflineTileSource.Backend(
                        renderer, new TileDiskCache(tileCacheRoot(cacheDir, gpkg), DISK_CACHE_BYTES)));
            } catch (StoreException | RuntimeException e) {
                ready.completeExceptionally(e);
            }
        });
        OfflineTileSource offline = new OfflineTileSource(ready, pools);
        SwitchableTileSource switchable = new SwitchableTileSource(offline, online);
        BasemapTileRetriever.install(switchable);
        return new BasemapService(ready, offline, switchable);
    }

    /** Completes when the basemap is loaded, or fails with the reason it could not be. */
    public CompletableFuture<OfflineTileSource.Backend> ready() {
        return ready;
    }

    public SwitchableTileSource source() {
        return source;
    }

    public OfflineTileSource offline() {
        return offline;
    }

    /** Disk cache folder for a basemap file and the current style version. */
    static Path tileCacheRoot(Path cacheDir, Path basemapFile) {
        String name = basemapFile.getFileName().toString().replace(".gpkg", "");
        return cacheDir.resolve("tiles").resolve(name + "-style" + MapStyles.VERSION);
    }
}
