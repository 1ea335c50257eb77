package org.standoff.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.standoff.model.Feature;
import org.standoff.model.Layer;

/**
 * A lon/lat STR-tree over one layer's features, for culling what a frame draws and for
 * picking what the mouse is over. Built once per layer and shared (see {@link #of(Layer)}).
 *
 * <p>Envelope queries only: exact geodesic questions belong to {@code analysis}. Thread-safe
 * once built.
 */
public final class CullingIndex {

    /** Per layer, the index or its build in progress; the map's lock is held only to find or add an entry, never while building. */
    private static final Map<Layer, java.util.concurrent.FutureTask<CullingIndex>> CACHE = new WeakHashMap<>();

    private final STRtree tree = new STRtree();
    private final STRtree nonPoints = new STRtree();
    private final int size;

    private CullingIndex(Layer layer) {
        for (Feature f : layer.features()) {
            if (!f.geometry().isEmpty()) {
                tree.insert(f.geometry().getEnvelopeInternal(), f);
                if (f.geometry().getDimension() > 0) {
                    nonPoints.insert(f.geometry().getEnvelopeInternal(), f);
                }
            }
        }
        tree.build();
        nonPoints.build();
        size = layer.features().size();
    }

    /** The index of a layer, built on first use and kept as long as the layer lives. */
    public static CullingIndex of(Layer layer) {
        java.util.concurrent.FutureTask<CullingIndex> build;
        boolean mine = false;
        synchronized (CACHE) {
            build = CACHE.get(layer);
            if (build == null) {
                build = new java.util.concurrent.FutureTask<>(() -> new CullingIndex(layer));
                CACHE.put(layer, build);
                mine = true;
            }
        }
        if (mine) {
            build.run(); // outside the lock: indexing 70,000 features holds up no other layer's lookup
        }
        try {
            return build.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing " + layer.name(), e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot index " + layer.name(), e.getCause());
        }
    }

    /** Features whose envelope meets the box. */
    @SuppressWarnings("unchecked")
    public List<Feature> query(Envelope box) {
        return new ArrayList<>((List<Feature>) tree.query(box));
    }

    /** Lines and polygons whose envelope meets the box (points are drawn from their own cache). */
    @SuppressWarnings("unchecked")
    public List<Feature> queryNonPoints(Envelope box) {
        return new ArrayList<>((List<Feature>) nonPoints.query(box));
    }

    public int size() {
        return size;
    }
}
