package org.standoff.ui.map;

import com.gluonhq.impl.maps.tile.osm.OsmTileRetriever;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;

/**
 * Chooses between the offline basemap and OpenStreetMap's online tiles, per request.
 *
 * <p>The online retriever is created only when the user first turns the online basemap on,
 * and is never asked for a tile while it is off: this class is the single place where Standoff
 * can reach the network. Thread-safe.
 */
public final class SwitchableTileSource implements TileSource {

    private final TileSource offline;
    private volatile boolean online;
    private volatile OsmTileRetriever osm;

    public SwitchableTileSource(TileSource offline, boolean online) {
        this.offline = offline;
        this.online = online;
    }

    /** Turns the online OpenStreetMap basemap on or off for subsequent requests. */
    public void setOnline(boolean online) {
        this.online = online;
    }

    public boolean isOnline() {
        return online;
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long x, long y) {
        if (!online) {
            return offline.loadTile(zoom, x, y);
        }
        OsmTileRetriever r = osm;
        if (r == null) {
            synchronized (this) {
                if (osm == null) {
                    osm = new OsmTileRetriever();
                }
                r = osm;
            }
        }
        return r.loadTile(zoom, x, y);
    }
}
