package org.standoff.ui.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.standoff.analysis.Finding;
import org.standoff.analysis.ProgressListener;
import org.standoff.analysis.ScreeningOp;
import org.standoff.analysis.ZoneShapes;
import org.standoff.geo.BufferLimitException;
import org.standoff.model.Layer;
import org.standoff.model.MiningSite;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Zone;
import org.standoff.ui.UiExecutor;
import org.standoff.ui.layers.LayersViewModel;
import org.standoff.ui.sites.SitesViewModel;
import org.standoff.ui.zones.ZonesViewModel;

/**
 * Keeps the analysis current: whenever sites, layers or zones change it recomputes, in the
 * background, the zones' drawn shapes and every site's findings (nearest installation and
 * substation, zones and rules tripped), and publishes them on the JavaFX thread.
 *
 * <p>Changes are gathered for a moment ({@link #SETTLE}) so a slider drag or an import causes
 * one run, not hundreds; a run that is overtaken by a newer one is dropped. Findings never wait
 * for drawing: zone shapes (a national layer buffer can take a while) are computed by their own
 * worker, one zone at a time, always for the latest zones, published as each one is ready and
 * cached per zone value and layer data, so changing one zone's radius recomputes that zone only.
 */
public final class AnalysisService {

    static final Duration SETTLE = Duration.millis(120);

    private record ShapeKey(Zone zone, Layer data) {}

    private final LayersViewModel layers;
    private final SitesViewModel sites;
    private final ZonesViewModel zones;
    private final UiExecutor executor;
    private final ObjectProperty<List<ZoneShapes.Shape>> shapes = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Map<Long, Finding>> findings = new SimpleObjectProperty<>(Map.of());
    private final ReadOnlyStringWrapper shapeProblem = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final Map<ShapeKey, List<ZoneShapes.Shape>> shapeCache = new ConcurrentHashMap<>();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private volatile long generation;
    private final java.util.concurrent.atomic.AtomicReference<List<ShapeKey>> wantedShapes = new java.util.concurrent.atomic.AtomicReference<>(List.of());
    private final java.util.concurrent.ExecutorService shapeWorker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "zone-shapes");
        t.setDaemon(true);
        return t;
    });
    private volatile Map<String, ProjectLayer> shapeLayers = Map.of();

    public AnalysisService(LayersViewModel layers, SitesViewModel sites, ZonesViewModel zones, UiExecutor executor) {
        this.layers = layers;
        this.sites = sites;
        this.zones = zones;
        this.executor = executor;
        settle.setOnFinished(e -> run());
        layers.layers().addListener((ListChangeListener<ProjectLayer>) c -> schedule());
        sites.sites().addListener((ListChangeListener<MiningSite>) c -> schedule());
        zones.zones().addListener((ListChangeListener<Zone>) c -> schedule());
    }

    /** The drawn shapes of all zones, in zone order. */
    public ObjectProperty<List<ZoneShapes.Shape>> shapesProperty() {
        return shapes;
    }

    /** Findings by site id, for every site. */
    public ObjectProperty<Map<Long, Finding>> findingsProperty() {
        return findings;
    }

    /** The latest zone that could not be drawn and why, in words for the status bar; null until one fails. */
    public ReadOnlyStringProperty shapeProblemProperty() {
        return shapeProblem.getReadOnlyProperty();
    }

    /** True while a run is in progress. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Asks for a run soon (Analysis &gt; Proximity does this, as does every change). */
    public void schedule() {
        settle.playFromStart();
    }

    /** Runs now, without waiting for changes to settle. */
    public void run() {
        settle.stop();
        long gen = ++generation;
        List<ProjectLayer> layerSnapshot = List.copyOf(layers.layers());
        List<MiningSite> siteSnapshot = List.copyOf(sites.sites());
        List<Zone> zoneSnapshot = List.copyOf(zones.zones());
        running.set(true);
        requestShapes(zoneSnapshot, layerSnapshot);
        Task<Result> task = new Task<>() {
            @Override
            protected Result call() {
                updateMessage("Analysing " + siteSnapshot.size() + " sites…");
                ScreeningOp op = screeningOp(layerSnapshot, zoneSnapshot);
                List<Finding> list = op.run(siteSnapshot, ForkJoinPool.commonPool(), new ProgressListener() {
                    @Override
                    public void progress(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return gen != generation;
                    }
                });
                Map<Long, Finding> byId = new HashMap<>(list.size() * 2);
                list.forEach(f -> byId.put(f.siteId(), f));
                return new Result(List.of(), byId);
            }
        };
        task.setOnSucceeded(e -> {
            if (gen == generation) {
                findings.set(task.getValue().findings());
                running.set(false);
            }
        });
        task.setOnFailed(e -> {
            if (gen == generation) {
                running.set(false);
                System.getLogger(AnalysisService.class.getName()).log(System.Logger.Level.WARNING, "analysis failed", task.getException());
            }
        });
        executor.submit(task);
    }

    private record OpKey(List<ProjectLayer> layers, List<Zone> zones) {}

    private OpKey lastOpKey;
    private ScreeningOp lastOp;

    /**
     * The screening operation for these layers and zones, reused while they are unchanged: an
     * edit to sites (the common case) then costs no re-indexing of 70,000 substations.
     */
    private synchronized ScreeningOp screeningOp(List<ProjectLayer> layerList, List<Zone> zoneList) {
        OpKey key = new OpKey(layerList, zoneList);
        if (!key.equals(lastOpKey)) {
            lastOp = new ScreeningOp(layerList, zoneList);
            lastOpKey = key;
        }
        return lastOp;
    }

    private record Result(List<ZoneShapes.Shape> shapes, Map<Long, Finding> findings) {}

    /** Publishes what is cached for the zones now, and asks the worker for the rest. */
    private void requestShapes(List<Zone> zoneList, List<ProjectLayer> layerList) {
        Map<String, ProjectLayer> byId = new HashMap<>();
        layerList.forEach(l -> byId.put(l.id(), l));
        List<ShapeKey> keys = new ArrayList<>();
        for (Zone z : zoneList) {
            ProjectLayer src = z.sourceLayerId() == null ? null : byId.get(z.sourceLayerId());
            keys.add(new ShapeKey(z, src == null ? null : src.data()));
        }
        shapeLayers = byId;
        wantedShapes.set(List.copyOf(keys));
        shapes.set(cachedShapes(keys));
        if (keys.stream().anyMatch(k -> !shapeCache.containsKey(k))) {
            shapeWorker.submit(this::computeMissingShapes);
        }
    }

    /** On the worker: computes uncached shapes of the latest wanted zones, one zone at a time. */
    private void computeMissingShapes() {
        while (true) {
            List<ShapeKey> wanted = wantedShapes.get();
            ShapeKey next = wanted.stream().filter(k -> !shapeCache.containsKey(k)).findFirst().orElse(null);
            if (next == null) {
                shapeCache.keySet().retainAll(new java.util.HashSet<>(wanted));
                return;
            }
            List<ZoneShapes.Shape> computed;
            try {
                computed = ZoneShapes.of(next.zone(), shapeLayers);
            } catch (BufferLimitException e) {
                String message = "Zone \u201c" + next.zone().name() + "\u201d is not drawn. " + e.getMessage();
                executor.onFxThread(() -> shapeProblem.set(message));
                computed = List.of();
            } catch (RuntimeException e) {
                System.getLogger(AnalysisService.class.getName()).log(System.Logger.Level.WARNING, "cannot draw zone " + next.zone().name(), e);
                computed = List.of();
            }
            shapeCache.put(next, computed);
            executor.onFxThread(() -> shapes.set(cachedShapes(wantedShapes.get())));
        }
    }

    private List<ZoneShapes.Shape> cachedShapes(List<ShapeKey> keys) {
        List<ZoneShapes.Shape> out = new ArrayList<>();
        for (ShapeKey k : keys) {
            out.addAll(shapeCache.getOrDefault(k, List.of()));
        }
        return out;
    }

    /** Counts of sites per zone id. */
    public static Map<String, Integer> countsByZone(Map<Long, Finding> findings) {
        Map<String, Integer> counts = new HashMap<>();
        for (Finding f : findings.values()) {
            f.hits().stream().map(Finding.ZoneHit::zoneId).distinct().forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        return counts;
    }
}
