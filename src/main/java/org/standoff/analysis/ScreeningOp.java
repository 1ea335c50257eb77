package org.standoff.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
import org.standoff.geo.GeodesicDistance;
import org.standoff.model.Feature;
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

    private record IndexedLayer(ProjectLayer layer, List<Feature> features, FeatureIndex index) {}

    private record IndexedZone(Zone zone, IndexedLayer source) {}

    private final List<IndexedLayer> installations = new ArrayList<>();
    private final List<IndexedLayer> substations = new ArrayList<>();
    private final List<IndexedZone> zones = new ArrayList<>();

    /** Indexes the layers by role and the features of each layer zone. Zones of missing layers are skipped. */
    public ScreeningOp(List<ProjectLayer> layers, List<Zone> zoneList) {
        this(layers, zoneList, null);
    }

    /**
     * As {@link #ScreeningOp(List, List)}, taking over the indexes of {@code previous} (may be
     * null) for feature lists it indexed, the same list objects: a radius dragged or a zone
     * added then re-indexes nothing. A zone over a whole layer shares that layer's index too.
     */
    public ScreeningOp(List<ProjectLayer> layers, List<Zone> zoneList, ScreeningOp previous) {
        // indexes by the very list they index, so equal lists of other features never share one
        Map<List<Feature>, FeatureIndex> known = new IdentityHashMap<>();
        if (previous != null) {
            previous.installations.forEach(l -> known.put(l.features(), l.index()));
            previous.substations.forEach(l -> known.put(l.features(), l.index()));
            previous.zones.stream().filter(z -> z.source() != null).forEach(z -> known.put(z.source().features(), z.source().index()));
        }
        Map<String, ProjectLayer> byId = new HashMap<>();
        for (ProjectLayer l : layers) {
            byId.put(l.id(), l);
            if (l.role() == LayerRole.INSTALLATIONS) {
                installations.add(new IndexedLayer(l, l.data().features(), known.computeIfAbsent(l.data().features(), FeatureIndex::of)));
            } else if (l.role() == LayerRole.SUBSTATIONS) {
                substations.add(new IndexedLayer(l, l.data().features(), known.computeIfAbsent(l.data().features(), FeatureIndex::of)));
            }
        }
        for (Zone z : zoneList) {
            if (z.kind() == Zone.Kind.LAYER_BUFFER) {
                ProjectLayer l = byId.get(z.sourceLayerId());
                if (l != null) {
                    List<Feature> chosen = chosenFeatures(l.data(), z);
                    zones.add(new IndexedZone(z, new IndexedLayer(l, chosen, known.computeIfAbsent(chosen, FeatureIndex::of))));
                }
            } else {
                zones.add(new IndexedZone(z, null));
            }
        }
    }

    /** The features of a layer that a zone applies to. */
    public static List<Feature> chosenFeatures(Layer layer, Zone z) {
        if (z.filter().mode() == org.standoff.model.FeatureFilter.Mode.ALL) {
            return layer.features();
        }
        return layer.features().stream().filter(f -> z.filter().accepts(f, layer)).toList();
    }

    /** Screens every site; one finding per site, in the input order. */
    public List<Finding> run(List<MiningSite> sites, ForkJoinPool pool, ProgressListener progress) {
        Finding[] out = new Finding[sites.size()];
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
                    out[i] = screen(sites.get(i));
                }
                progress.progress(done.addAndGet(end - b * batch), sites.size());
            })).get();
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
        return List.of(out);
    }

    /** Screens one site. */
    public Finding screen(MiningSite site) {
        double lon = site.lon();
        double lat = site.lat();
        List<Finding.ZoneHit> hits = new ArrayList<>();
        for (IndexedZone iz : zones) {
            Zone z = iz.zone();
            double d;
            String featureName = null;
            if (iz.source() != null) {
                Optional<Nearest> n = iz.source().index().nearest(lon, lat);
                if (n.isEmpty()) {
                    continue;
                }
                d = n.get().distanceMetres();
                featureName = featureName(iz.source(), n.get());
            } else if (z.kind() == Zone.Kind.CIRCLE) {
                Point c = (Point) z.geometry();
                d = Geodesic.distance(c.getX(), c.getY(), lon, lat);
            } else {
                d = GeodesicDistance.pointToGeometry(lon, lat, z.geometry());
            }
            for (int b = 0; b < z.bands().size(); b++) {
                if (z.bands().get(b).contains(d)) {
                    hits.add(new Finding.ZoneHit(z.id(), z.name(), b, z.bands().get(b), d, featureName, z.ruleId()));
                }
            }
        }
        return new Finding(site.id(), nearest(installations, lon, lat), nearest(substations, lon, lat), hits);
    }

    private static Optional<Finding.NearestFeature> nearest(List<IndexedLayer> layers, double lon, double lat) {
        Finding.NearestFeature best = null;
        for (IndexedLayer il : layers) {
            Optional<Nearest> n = il.index().nearest(lon, lat);
            if (n.isPresent() && (best == null || n.get().distanceMetres() < best.distanceMetres())) {
                Nearest nn = n.get();
                best = new Finding.NearestFeature(il.layer().id(), il.layer().name(), nn.featureId(), featureName(il, nn), nn.distanceMetres(),
                        nn.nearestLon(), nn.nearestLat());
            }
        }
        return Optional.ofNullable(best);
    }

    private static String featureName(IndexedLayer il, Nearest n) {
        return il.layer().data().featureName(il.features().get(n.featureIndex()));
    }
}
