package org.standoff.ui.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.standoff.analysis.Finding;
import org.standoff.analysis.ProgressListener;
import org.standoff.analysis.ScreeningOp;
import org.standoff.analysis.ZoneCounts;
import org.standoff.analysis.ZoneShapes;
import org.standoff.geo.buffer.BufferLimitException;
import org.standoff.model.Layer;
import org.standoff.model.MiningSite;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Zone;
import org.standoff.ui.base.UiExecutor;
import org.standoff.ui.layers.LayersViewModel;
import org.standoff.ui.sites.SitesViewModel;
import org.standoff.ui.zones.ZonesViewModel;

/**
 * Keeps the analysis current: whenever sites, layers or zones change it recomputes, in the
 * background, the zones' drawn shapes and every site's findings (nearest installation and
 * substation, zones and rules tripped), and publishes them on the JavaFX thread.
 *
 * <p>The first change after a quiet spell is answered at once (at the end of the event that
 * made it); changes that come while a run is in flight are gathered for a moment ({@link #SETTLE} at most; twice the last run's time, at
 * least {@link #MIN_SETTLE}, once runs are quick, as they are once distances are kept: a radius
 * typed is then answered in a frame or two, not after a fixed pause) so an import causes one run, not
 * hundreds, and while they keep coming, as when a radius is dragged, a run starts at least every
 * {@link #MAX_WAIT}; a run that is overtaken by a newer one is dropped. Findings never wait for
 * drawing: zone shapes (a national layer buffer can take a while) are computed by their own
 * worker, requested at once on every zone change, one zone at a time, always for the latest
 * zones, published as each one is ready and cached per zone value and layer data, so changing
 * one zone's radius recomputes that zone only. Until a zone's new shape is ready its previous
 * one stays drawn.
 *
 * <p><b>Which inputs a result answers.</b> Every change to sites, layers or zones bumps
 * {@link #inputsProperty() the input generation}; each published {@link Findings} carries the
 * generation it was computed from, so a view (and a test) can tell a current result from a
 * stale one: {@link #pendingProperty()} is true from the moment an input changes until findings
 * for it are published. A run started by {@link #MAX_WAIT} never cancels the run in flight (it
 * starts when that one ends), so a steady stream of changes still yields results however slow
 * a run is; a run started once changes settle does cancel it, since it answers newer inputs.
 */
public final class AnalysisService {

    static final Duration SETTLE = Duration.millis(120);
    /** The shortest settle: changes made within one event (an import, a preset's zones) still make one run. */
    static final Duration MIN_SETTLE = Duration.millis(8);
    /** While changes keep coming (a radius being dragged), a run starts at least this often. */
    static final Duration MAX_WAIT = Duration.millis(300);

    private record ShapeKey(Zone zone, Layer data) {}

    /**
     * Where zone drawing's parallel streams run: all cores but one, so that a national buffer
     * (seconds of work on every radius change) never takes the core that screening and the
     * JavaFX thread need to answer the change. On two cores that makes drawing sequential.
     */
    private final ForkJoinPool shapesPool;

    /**
     * Screening's own threads, one per core. Not the common pool: zone drawing ran its parallel
     * streams there, and a run of a few milliseconds queued behind them (measured: 0.5–1.5 s from
     * a radius change to the counts on the national project, of which the run itself was tens of
     * milliseconds). Every core, unlike drawing: an edit's run is milliseconds either way, and a
     * full run (opening a national project: seconds) is what the user waits for, with counts
     * shown as computing; on two cores leaving one free would double that wait.
     */
    private final ForkJoinPool screeningPool;

    /**
     * Findings by site id, published together with the input generation they answer
     * ({@link #inputsProperty()} as it was when the run took its snapshot), and the zone counts
     * made from them. Immutable. Compared by identity, not content: every publish is a new
     * result, and a change listener on the result property then costs nothing (a content
     * comparison would walk 100,000 findings).
     */
    public static final class Findings {
        private final long inputs;
        private final Map<Long, Finding> bySite;
        private final ZoneCounts counts;

        private Findings(long inputs, Map<Long, Finding> bySite, ZoneCounts counts) {
            this.inputs = inputs;
            this.bySite = bySite;
            this.counts = counts;
        }

        /** Findings of a copy of {@code bySite}, with their counts computed here (a pass over them: off the JavaFX thread for many). */
        public Findings(long inputs, Map<Long, Finding> bySite) {
            this(inputs, Map.copyOf(bySite), ZoneCounts.of(bySite.values()));
        }

        /**
         * Takes over a map nobody changes after (a run's own), without copying it, with the counts
         * of {@code inOrder}, the same findings as a list: counted over the run's array rather than
         * the map's scattered entries.
         */
        static Findings owning(long inputs, Map<Long, Finding> bySite, List<Finding> inOrder) {
            return new Findings(inputs, java.util.Collections.unmodifiableMap(bySite), ZoneCounts.of(inOrder));
        }

        public long inputs() {
            return inputs;
        }

        public Map<Long, Finding> bySite() {
            return bySite;
        }

        public ZoneCounts counts() {
            return counts;
        }

        @Override
        public String toString() {
            return "Findings[inputs=" + inputs + ", " + bySite.size() + " sites]";
        }
    }

    private final LayersViewModel layers;
    private final SitesViewModel sites;
    private final ZonesViewModel zones;
    private final UiExecutor executor;
    private final ObjectProperty<List<ZoneShapes.Shape>> shapes = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Map<Long, Finding>> findings = new SimpleObjectProperty<>(Map.of());
    private final ReadOnlyStringWrapper shapeProblem = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyLongWrapper inputs = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<Findings> result = new ReadOnlyObjectWrapper<>(new Findings(0, Map.of()));
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper();
    private final BooleanBinding pending =
            Bindings.createBooleanBinding(() -> result.get().inputs() != inputs.get(), result, inputs);
    /** A {@link #MAX_WAIT} run came due while a run was in flight: start it when that one ends. */
    private boolean runWhenDone;

    private final Map<ShapeKey, List<ZoneShapes.Shape>> shapeCache = new ConcurrentHashMap<>();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final PauseTransition maxWait = new PauseTransition(MAX_WAIT);
    /** Each zone's shapes as last computed, drawn while a newer value of the zone computes. */
    private final Map<String, List<ZoneShapes.Shape>> lastShapes = new ConcurrentHashMap<>();

    private volatile long generation;
    private final java.util.concurrent.atomic.AtomicReference<List<ShapeKey>> wantedShapes =
            new java.util.concurrent.atomic.AtomicReference<>(List.of());
    private final java.util.concurrent.ExecutorService shapeWorker;
    private volatile Map<String, ProjectLayer> shapeLayers = Map.of();

    public AnalysisService(LayersViewModel layers, SitesViewModel sites, ZonesViewModel zones, UiExecutor executor) {
        this.layers = layers;
        this.sites = sites;
        this.zones = zones;
        this.executor = executor;
        this.shapesPool =
                executor.pools().forkJoin("zone-shapes", executor.pools().allButOneCore());
        this.screeningPool =
                executor.pools().forkJoin("screening", executor.pools().cores());
        this.shapeWorker = executor.pools().threads("zone-shapes", 1);
        settle.setOnFinished(e -> run());
        maxWait.setOnFinished(e -> {
            if (running.get()) {
                runWhenDone = true;
            } else {
                run();
            }
        });
        layers.layers().addListener((ListChangeListener<ProjectLayer>) c -> inputChanged());
        sites.sites().addListener((ListChangeListener<MiningSite>) c -> inputChanged());
        // drawing follows a zone at once (its own worker keeps only the latest); findings follow the schedule
        zones.zones().addListener((ListChangeListener<Zone>) c -> {
            requestShapes(List.copyOf(zones.zones()), List.copyOf(layers.layers()));
            inputChanged();
        });
    }

    /** The drawn shapes of all zones, in zone order. */
    public ObjectProperty<List<ZoneShapes.Shape>> shapesProperty() {
        return shapes;
    }

    /** Findings by site id, for every site, as last published (see {@link #resultProperty()} for what they answer). */
    public ObjectProperty<Map<Long, Finding>> findingsProperty() {
        return findings;
    }

    /** The last published findings with the input generation they answer; set just before {@link #findingsProperty()}. */
    public ReadOnlyObjectProperty<Findings> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The generation of the inputs (sites, layers, zones): one more on every change. */
    public ReadOnlyLongProperty inputsProperty() {
        return inputs.getReadOnlyProperty();
    }

    /** True while the published findings do not answer the current inputs: they are still being computed. */
    public BooleanBinding pendingProperty() {
        return pending;
    }

    /** Why the last run failed, in words for the user; null after a run succeeds. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The latest zone that could not be drawn and why, in words for the status bar; null until one fails. */
    public ReadOnlyStringProperty shapeProblemProperty() {
        return shapeProblem.getReadOnlyProperty();
    }

    /** True while a run is in progress. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /**
     * Asks for a run soon (Analysis &gt; Proximity does this, as does every change): once changes
     * have settled for {@link #SETTLE}, or after {@link #MAX_WAIT} while they keep coming, so
     * that counts follow a dragged radius instead of waiting for the drag to pause.
     */
    public void schedule() {
        assert javafx.application.Platform.isFxApplicationThread();
        boolean quiet = settle.getStatus() != javafx.animation.Animation.Status.RUNNING
                && maxWait.getStatus() != javafx.animation.Animation.Status.RUNNING
                && !running.get()
                && !leadingQueued;
        settle.playFromStart();
        if (maxWait.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            maxWait.playFromStart();
        }
        if (quiet) {
            // the first change after a quiet spell runs at the end of the event that made it (with every change that
            // event made: an import's hundreds are one run), not after the settle: a typed radius is answered at once;
            // changes that follow while it runs are gathered by the settle as before
            leadingQueued = true;
            javafx.application.Platform.runLater(() -> {
                leadingQueued = false;
                if (settle.getStatus() == javafx.animation.Animation.Status.RUNNING && !running.get()) {
                    run();
                }
            });
        }
    }

    /** A leading-edge run is queued for the end of the current event (see {@link #schedule()}). */
    private boolean leadingQueued;

    private void inputChanged() {
        inputs.set(inputs.get() + 1);
        schedule();
    }

    /** Runs now, without waiting for changes to settle; a run in flight is cancelled. */
    public void run() {
        settle.stop();
        maxWait.stop();
        runWhenDone = false;
        long gen = ++generation;
        long answers = inputs.get();
        List<ProjectLayer> layerSnapshot = List.copyOf(layers.layers());
        List<MiningSite> siteSnapshot = List.copyOf(sites.sites());
        List<Zone> zoneSnapshot = List.copyOf(zones.zones());
        running.set(true);
        requestShapes(zoneSnapshot, layerSnapshot);
        Task<Findings> task = new Task<>() {
            @Override
            protected Findings call() {
                updateMessage("Analysing " + siteSnapshot.size() + " sites…");
                ScreeningOp op = screeningOp(layerSnapshot, zoneSnapshot);
                List<Finding> list = op.run(siteSnapshot, screeningPool, new ProgressListener() {
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
                return Findings.owning(answers, byId, list); // this run's map, handed over: no copy
            }
        };
        long started = System.nanoTime();
        task.setOnSucceeded(e -> {
            if (gen == generation) {
                double ms = (System.nanoTime() - started) / 1e6;
                settle.setDuration(
                        Duration.millis(Math.max(MIN_SETTLE.toMillis(), Math.min(SETTLE.toMillis(), 2 * ms))));
                Findings done = task.getValue();
                failure.set(null);
                result.set(done);
                findings.set(done.bySite());
                finished();
            }
        });
        task.setOnFailed(e -> {
            if (gen == generation) {
                System.getLogger(AnalysisService.class.getName())
                        .log(System.Logger.Level.WARNING, "analysis failed", task.getException());
                failure.set(
                        "The analysis failed (an internal error, written to the log); the findings shown answer the inputs before the last change.");
                finished();
            }
        });
        executor.submit(task);
    }

    private void finished() {
        running.set(false);
        if (runWhenDone) {
            run();
        }
    }

    private record OpKey(List<ProjectLayer> layers, List<Zone> zones) {}

    private OpKey lastOpKey;
    private ScreeningOp lastOp;

    /**
     * The screening operation for these layers and zones, reused while they are unchanged: an
     * edit to sites (the common case) then measures and screens the edited sites only. A new op
     * takes over the last one's indexes and kept distances, so a radius change, a ring or a rule
     * is a comparison over distances already measured, and a new circle measures only the sites
     * that can lie inside it.
     */
    private synchronized ScreeningOp screeningOp(List<ProjectLayer> layerList, List<Zone> zoneList) {
        OpKey key = new OpKey(layerList, zoneList);
        if (!key.equals(lastOpKey)) {
            lastOp = ScreeningOp.keeping(layerList, zoneList, lastOp);
            lastOpKey = key;
        }
        return lastOp;
    }

    /** Publishes what is cached for the zones now, and asks the worker for the rest. */
    private void requestShapes(List<Zone> zoneList, List<ProjectLayer> layerList) {
        Map<String, ProjectLayer> byId = new HashMap<>();
        layerList.forEach(l -> byId.put(l.id(), l));
        List<ShapeKey> keys = new ArrayList<>();
        for (Zone z : zoneList) {
            ProjectLayer src = z.sourceLayerId() == null ? null : byId.get(z.sourceLayerId());
            keys.add(new ShapeKey(z, src == null ? null : src.data()));
        }
        if (keys.equals(wantedShapes.get())) {
            return; // already published, and the worker already asked for what is missing
        }
        shapeLayers = byId;
        wantedShapes.set(List.copyOf(keys));
        shapes.set(cachedShapes(keys));
        if (keys.stream().anyMatch(k -> !shapeCache.containsKey(k))) {
            shapeWorker.submit(this::computeMissingShapes);
        }
    }

    /** Runs drawing work on {@link #shapesPool}, rethrowing its own exception (not a copy made by the pool). */
    private List<ZoneShapes.Shape> onShapePool(java.util.concurrent.Callable<List<ZoneShapes.Shape>> work) {
        try {
            return shapesPool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** On the worker: computes uncached shapes of the latest wanted zones, one zone at a time. */
    private void computeMissingShapes() {
        while (true) {
            List<ShapeKey> wanted = wantedShapes.get();
            ShapeKey next = wanted.stream()
                    .filter(k -> !shapeCache.containsKey(k))
                    .findFirst()
                    .orElse(null);
            if (next == null) {
                shapeCache.keySet().retainAll(new java.util.HashSet<>(wanted));
                lastShapes
                        .keySet()
                        .retainAll(wanted.stream().map(k -> k.zone().id()).toList());
                return;
            }
            List<ZoneShapes.Shape> computed;
            try {
                Zone zone = next.zone();
                Map<String, ProjectLayer> forShapes = shapeLayers;
                computed = onShapePool(() -> ZoneShapes.of(zone, forShapes));
            } catch (BufferLimitException e) {
                String message = "Zone \u201c" + next.zone().name() + "\u201d is not drawn. " + e.getMessage();
                executor.onFxThread(() -> shapeProblem.set(message));
                computed = List.of();
            } catch (RuntimeException e) {
                System.getLogger(AnalysisService.class.getName())
                        .log(
                                System.Logger.Level.WARNING,
                                "cannot draw zone " + next.zone().name(),
                                e);
                // shown, not only logged: the zone is missing from the map while its counts stand (they never use the
                // drawing)
                String message = "Zone \u201c" + next.zone().name()
                        + "\u201d is not drawn: an internal error, written to the log. "
                        + "Its counts and findings are unaffected.";
                executor.onFxThread(() -> shapeProblem.set(message));
                computed = List.of();
            }
            shapeCache.put(next, computed);
            lastShapes.put(next.zone().id(), computed);
            executor.onFxThread(() -> shapes.set(cachedShapes(wantedShapes.get())));
        }
    }

    private List<ZoneShapes.Shape> cachedShapes(List<ShapeKey> keys) {
        List<ZoneShapes.Shape> out = new ArrayList<>();
        for (ShapeKey k : keys) {
            List<ZoneShapes.Shape> cached = shapeCache.get(k);
            if (cached == null) {
                // still computing: the zone's previous outline, restyled as the new value, rather than nothing
                cached = lastShapes.getOrDefault(k.zone().id(), List.of()).stream()
                        .filter(sh -> sh.bandIndex() < k.zone().bands().size())
                        .map(sh -> new ZoneShapes.Shape(k.zone(), sh.bandIndex(), sh.geometry()))
                        .toList();
            }
            out.addAll(cached);
        }
        return out;
    }
}
