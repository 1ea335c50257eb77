package org.standoff.ui.map;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.standoff.render.tiles.TileDiskCache;
import org.standoff.render.tiles.TileRenderer;

/**
 * Serves tiles of the bundled vector basemap: from a bounded in-memory cache, else from the
 * disk cache, else rendered on a small pool of background threads (never the JavaFX thread).
 *
 * <p>Requests made before the basemap has finished loading wait for it rather than caching an
 * empty tile. Makes no network access of any kind. Thread-safe.
 */
public final class OfflineTileSource implements TileSource {

    /** About 256 KB each, so this bounds the memory cache near 64 MB. */
    static final int MEMORY_TILES = 256;

    /** What tiles are made with: the renderer and, optionally, a disk cache (null for none). */
    public record Backend(TileRenderer renderer, TileDiskCache disk) {}

    private final CompletableFuture<Backend> backend;
    private final ExecutorService pool;
    private final Map<Long, Image> memory = new LinkedHashMap<>(MEMORY_TILES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) {
            return size() > MEMORY_TILES;
        }
    };
    private final AtomicInteger rendered = new AtomicInteger();

    /** @param pools where the tile threads come from: all cores (tiles are short and the user waits on them) */
    public OfflineTileSource(CompletableFuture<Backend> backend, org.standoff.ui.base.ThreadPools pools) {
        this.backend = backend;
        this.pool = pools.threads("basemap-tiles", Math.max(2, pools.cores()));
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long x, long y) {
        long key = key(zoom, x, y);
        synchronized (memory) {
            Image hit = memory.get(key);
            if (hit != null) {
                return CompletableFuture.completedFuture(hit);
            }
        }
        return backend.thenApplyAsync(
                b -> {
                    TileDiskCache disk = b.disk();
                    BufferedImage img =
                            disk == null ? null : disk.get(zoom, x, y).orElse(null);
                    if (img == null) {
                        img = b.renderer().render(zoom, x, y);
                        rendered.incrementAndGet();
                        if (disk != null) {
                            disk.put(zoom, x, y, img);
                        }
                    }
                    Image fx = toFxImage(img);
                    synchronized (memory) {
                        memory.put(key, fx);
                    }
                    return fx;
                },
                pool);
    }

    /** How many tiles this source has rendered (rather than found in a cache). */
    public int renderedCount() {
        return rendered.get();
    }

    /** Converts a Java2D image to a JavaFX one; safe off the JavaFX thread. */
    static Image toFxImage(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return out;
    }

    private static long key(int zoom, long x, long y) {
        return ((long) zoom << 58) | (x << 29) | y;
    }
}
