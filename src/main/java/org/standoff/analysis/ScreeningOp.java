package org.standoff.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Point;
import org.standoff.geo.Geodesic;
import org.standoff.geo.distance.GeodesicDistance;
import org.standoff.model.Feature;
import org.standoff.model.FeatureFilter;
import org.standoff.model.Layer;
import org.standoff.model.LayerRole;
import org.standoff.model.MiningSite;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Zone;

/**
 * Screens mining sites against a project's layers and zones: for every site, the nearest
 * installation and substation and every zone band it lies in (DESIGN.md decision 2:
 * membership is decided by the exact geodesic distance, never by a drawn buffer).
 *
 * <p>Construction indexes the layers and the features each layer zone applies to, once; the
 * operation can then be run again and again as sites change. Runs sites in parallel on the
 * given pool. Immutable after construction and thread-safe; the indexes share the layers'
 * geometries, which nobody mutates.
 */
public final class ScreeningOp {

    /**
     * A layer's features (all, or those a zone chooses) and their index; {@code names} holds each
     * feature's display name once asked for (filled lazily, racily but harmlessly: every thread
     * would store the same string), since every run names the nearest feature of every site.
     */
    private record IndexedLayer(
            ProjectLayer layer,
            List<Feature> features,
            FeatureIndex index,
            KeptDistances.FeatureSet key,
            String[] names) {
        IndexedLayer(ProjectLayer layer, List<Feature> features, FeatureIndex index, KeptDistances.FeatureSet key) {
            this(layer, features, index, key, new String[features.size()]);
        }
    }

    /**
     * A zone as this op screens it: its features (layer zones) or else its key, the index of its
     * source in {@link #sources}, and how far its chord may reach (circles: the largest radius and a metre).
     */
    private record IndexedZone(
            Zone zone, IndexedLayer source, Object key, int sourceIndex, double reachMetres, double[] centre) {}

    /** A run's sites and their findings, by index: a later run of the same op reuses the finding of a site object still at its index. */
    private record LastRun(MiningSite[] sites, Finding[] findings) {}

    private final List<IndexedLayer> installations = new ArrayList<>();
    private final List<IndexedLayer> substations = new ArrayList<>();
    private final List<IndexedZone> zones = new ArrayList<>();
    /** Every source this op measures from (keys of {@link KeptDistances}), each once; tables are handed to a run in this order. */
    private final List<Object> sources = new ArrayList<>();
    /** The index in {@link #sources} of each installations and substations layer, in list order. */
    private final int[] installationSources;

    private final int[] substationSources;
    /** Distances kept from run to run and from op to op; null when nothing is kept (one-off runs). */
    private final KeptDistances kept;
    /** This op's last run, whose findings are reused while a site is unchanged; null when nothing is kept or before a run. */
    private volatile LastRun lastRun;

    /** Indexes the layers by role and the features of each layer zone. Zones of missing layers are skipped. */
    public ScreeningOp(List<ProjectLayer> layers, List<Zone> zoneList) {
        this(layers, zoneList, null, false);
    }

    /**
     * As {@link #ScreeningOp(List, List)}, taking over the indexes of {@code previous} (may be
     * null) for the same features: a radius dragged or a zone added then re-indexes nothing. A
     * zone over a whole layer shares that layer's index too.
     */
    public ScreeningOp(List<ProjectLayer> layers, List<Zone> zoneList, ScreeningOp previous) {
        this(layers, zoneList, previous, false);
    }

    /**
     * An op for the live analysis: it keeps every distance it measures, and takes over those
     * {@code previous} (may be null) kept, so a run after a change measures only what the change
     * brought (see {@link KeptDistances}); a run of the same op over sites of which one changed
     * measures and screens that one only. Costs memory: about 100 bytes per site and source.
     */
    public static ScreeningOp keeping(List<ProjectLayer> layers, List<Zone> zoneList, ScreeningOp previous) {
        return new ScreeningOp(layers, zoneList, previous, true);
    }

    private ScreeningOp(List<ProjectLayer> layers, List<Zone> zoneList, ScreeningOp previous, boolean keep) {
        kept = keep ? (previous != null && previous.kept != null ? previous.kept : new KeptDistances()) : null;
        Map<KeptDistances.FeatureSet, IndexedLayer> known = new HashMap<>();
        if (previous != null) {
            previous.installations.forEach(l -> known.put(l.key(), l));
            previous.substations.forEach(l -> known.put(l.key(), l));
            previous.zones.stream()
                    .filter(z -> z.source() != null)
                    .forEach(z -> known.put(z.source().key(), z.source()));
        }
        Map<String, ProjectLayer> byId = new HashMap<>();
        for (ProjectLayer l : layers) {
            byId.put(l.id(), l);
            if (l.role() == LayerRole.INSTALLATIONS) {
                installations.add(indexed(l, FeatureFilter.ALL, known, null));
            } else if (l.role() == LayerRole.SUBSTATIONS) {
                substations.add(indexed(l, FeatureFilter.ALL, known, null));
            }
        }
        Map<Object, Integer> sourceIndex = new HashMap<>();
        installationSources = installations.stream()
                .mapToInt(il -> source(il.key(), sourceIndex))
                .toArray();
        substationSources = substations.stream()
                .mapToInt(il -> source(il.key(), sourceIndex))
                .toArray();
        for (Zone z : zoneList) {
            Object key;
            IndexedLayer il = null;
            if (z.kind() == Zone.Kind.LAYER_BUFFER) {
                ProjectLayer l = byId.get(z.sourceLayerId());
                if (l == null) {
                    continue;
                }
                il = indexed(l, z.filter(), known, z);
                key = il.key();
            } else if (z.kind() == Zone.Kind.CIRCLE) {
                Point c = (Point) z.geometry();
                key = new KeptDistances.Centre(c.getX(), c.getY());
            } else {
                key = new KeptDistances.Outline(z.geometry());
            }
            double[] centre = null;
            if (z.kind() == Zone.Kind.CIRCLE) {
                centre = new double[3];
                Geodesic.toEcef(((Point) z.geometry()).getX(), ((Point) z.geometry()).getY(), centre, 0);
            }
            zones.add(new IndexedZone(z, il, key, source(key, sourceIndex), z.maxRadiusMetres() + 1, centre));
        }
        if (kept != null) {
            kept.retain(new HashSet<>(sources));
        }
    }

    /** The index of a source in {@link #sources}, added when new. */
    private int source(Object key, Map<Object, Integer> sourceIndex) {
        return sourceIndex.computeIfAbsent(key, k -> {
            sources.add(k);
            return sources.size() - 1;
        });
    }

    /** The index of a layer's features (all, or those a zone chooses), taken over from {@code known} when it has them. */
    private static IndexedLayer indexed(
            ProjectLayer l, FeatureFilter filter, Map<KeptDistances.FeatureSet, IndexedLayer> known, Zone z) {
        // the whole layer is one key however it is asked for, so a zone over all installations shares their index and
        // distances
        KeptDistances.FeatureSet key = new KeptDistances.FeatureSet(
                l.data(), filter.mode() == FeatureFilter.Mode.ALL ? FeatureFilter.ALL : filter);
        IndexedLayer have = known.get(key);
        if (have != null && have.layer() == l) {
            return have;
        }
        List<Feature> chosen = z == null ? l.data().features() : chosenFeatures(l.data(), z);
        FeatureIndex index = have != null ? have.index() : FeatureIndex.of(chosen);
        // names depend on the data alone (the key), so a renamed layer keeps them
        IndexedLayer made = have != null
                ? new IndexedLayer(l, have.features(), index, key, have.names())
                : new IndexedLayer(l, chosen, index, key);
        known.put(key, made);
        return made;
    }

    /** The features of a layer that a zone applies to. */
    public static List<Feature> chosenFeatures(Layer layer, Zone z) {
        if (z.filter().mode() == org.standoff.model.FeatureFilter.Mode.ALL) {
            return layer.features();
        }
        return layer.features().stream()
                .filter(f -> z.filter().accepts(f, layer))
                .toList();
    }

    /**
     * Screens every site; one finding per site, in the input order. A keeping op measures only
     * positions it has not measured before and reuses its last run's finding for every site
     * object still at the same index.
     */
    public List<Finding> run(List<MiningSite> sites, ForkJoinPool pool, ProgressListener progress) {
        Finding[] out = new Finding[sites.size()];
        Kept k = null;
        LastRun last = null;
        if (kept != null) {
            // tables first, then slots: the slots call grows every table to hold them
            Object[][] tables = new Object[sources.size()][];
            List<KeptDistances.Table> ts = sources.stream().map(kept::table).toList();
            int[] slots = kept.slots(sites);
            for (int t = 0; t < tables.length; t++) {
                tables[t] = ts.get(t).bySlot;
            }
            k = new Kept(slots, tables, kept.ecef());
            last = lastRun;
        }
        Kept kk = k;
        LastRun previous = last;
        AtomicLong done = new AtomicLong();
        int batch = 256;
        int batches = (sites.size() + batch - 1) / batch;
        try {
            pool.submit(() -> IntStream.range(0, batches).parallel().forEach(b -> {
                        if (progress.isCancelled()) {
                            throw new CancellationException("screening cancelled");
                        }
                        int end = Math.min(sites.size(), (b + 1) * batch);
                        for (int i = b * batch; i < end; i++) {
                            MiningSite site = sites.get(i);
                            if (previous != null && i < previous.findings().length && previous.sites()[i] == site) {
                                out[i] = previous.findings()[i];
                            } else {
                                out[i] = measure(site, kk == null ? -1 : kk.slots()[i], kk);
                            }
                        }
                        progress.progress(done.addAndGet(end - b * batch), sites.size());
                    }))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("screening interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException c) {
                throw c;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
        if (kept != null) {
            lastRun = new LastRun(sites.toArray(new MiningSite[0]), out); // a copy: the caller's list may change after
        }
        return java.util.Collections.unmodifiableList(
                java.util.Arrays.asList(out)); // no copy: nobody writes out after this
    }

    /** A run's view of the kept distances: each site's slot, and each source's values by slot (in {@link #sources} order). */
    private record Kept(int[] slots, Object[][] tables, double[] ecef) {}

    /** The chord from a centre (earth-centred) to a site, from the site's kept earth-centred position when there is one. */
    private static double chord(double[] centre, MiningSite site, int slot, Kept k) {
        double x;
        double y;
        double z;
        if (k != null) {
            x = k.ecef()[3 * slot];
            y = k.ecef()[3 * slot + 1];
            z = k.ecef()[3 * slot + 2];
        } else {
            double[] p = new double[3];
            Geodesic.toEcef(site.lon(), site.lat(), p, 0);
            x = p[0];
            y = p[1];
            z = p[2];
        }
        double dx = x - centre[0];
        double dy = y - centre[1];
        double dz = z - centre[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** Screens one site, measuring everything (nothing kept is used or stored). */
    public Finding screen(MiningSite site) {
        return measure(site, -1, null);
    }

    private Finding measure(MiningSite site, int slot, Kept k) {
        double lon = site.lon();
        double lat = site.lat();
        List<Finding.ZoneHit> hits = new ArrayList<>();
        for (IndexedZone iz : zones) {
            Zone z = iz.zone();
            double d;
            String featureName = null;
            Object[] table = k == null ? null : k.tables()[iz.sourceIndex()];
            if (iz.source() != null) {
                Nearest n = nearest(iz.source(), lon, lat, table, slot);
                if (n == null) {
                    continue;
                }
                d = n.distanceMetres();
                featureName = featureName(iz.source(), n);
            } else if (z.kind() == Zone.Kind.CIRCLE) {
                Point c = (Point) z.geometry();
                // the chord never exceeds the geodesic: a site whose chord is beyond every band is in none
                if (chord(iz.centre(), site, slot, k) > iz.reachMetres()) {
                    continue;
                }
                d = keptDistance(table, slot, () -> Geodesic.distance(c.getX(), c.getY(), lon, lat));
            } else {
                d = keptDistance(table, slot, () -> GeodesicDistance.pointToGeometry(lon, lat, z.geometry()));
            }
            for (int b = 0; b < z.bands().size(); b++) {
                if (z.bands().get(b).contains(d)) {
                    hits.add(new Finding.ZoneHit(z.id(), z.name(), b, z.bands().get(b), d, featureName, z.ruleId()));
                }
            }
        }
        return new Finding(
                site.id(),
                nearest(installations, installationSources, lon, lat, k, slot),
                nearest(substations, substationSources, lon, lat, k, slot),
                hits);
    }

    /** The distance from a site to a circle's centre or a polygon, measured once per position (table null: not kept). */
    private static double keptDistance(Object[] table, int slot, java.util.function.DoubleSupplier measure) {
        if (table == null) {
            return measure.getAsDouble();
        }
        Object v = table[slot];
        if (v == null) {
            v = measure.getAsDouble();
            table[slot] = v;
        }
        return (Double) v;
    }

    /** The nearest of a layer's features, measured once per position (table null: not kept); null when the layer has none. */
    private static Nearest nearest(IndexedLayer il, double lon, double lat, Object[] table, int slot) {
        if (table == null) {
            return il.index().nearest(lon, lat).orElse(null);
        }
        Object v = table[slot];
        if (v == null) {
            v = il.index().nearest(lon, lat).<Object>map(n -> n).orElse(KeptDistances.NONE);
            table[slot] = v;
        }
        return v == KeptDistances.NONE ? null : (Nearest) v;
    }

    private static Optional<Finding.NearestFeature> nearest(
            List<IndexedLayer> layers, int[] sourceOf, double lon, double lat, Kept k, int slot) {
        Finding.NearestFeature best = null;
        for (int i = 0; i < layers.size(); i++) {
            IndexedLayer il = layers.get(i);
            Nearest nn = nearest(il, lon, lat, k == null ? null : k.tables()[sourceOf[i]], slot);
            if (nn != null && (best == null || nn.distanceMetres() < best.distanceMetres())) {
                best = new Finding.NearestFeature(
                        il.layer().id(),
                        il.layer().name(),
                        nn.featureId(),
                        featureName(il, nn),
                        nn.distanceMetres(),
                        nn.nearestLon(),
                        nn.nearestLat(),
                        datumAccuracy(il.layer()));
            }
        }
        return Optional.ofNullable(best);
    }

    /** How many measured positions are kept over all sources (0 when nothing is kept), for tests and benchmarks. */
    public long keptPositions() {
        return kept == null ? 0 : kept.size();
    }

    private static double datumAccuracy(ProjectLayer l) {
        Double a = l.data()
                .source()
                .map(org.standoff.model.LayerSource::datumAccuracyMetres)
                .orElse(null);
        return a == null ? Double.NaN : a;
    }

    private static String featureName(IndexedLayer il, Nearest n) {
        String name = il.names()[n.featureIndex()];
        if (name == null) {
            name = il.layer().data().featureName(il.features().get(n.featureIndex()));
            il.names()[n.featureIndex()] = name;
        }
        return name;
    }
}
