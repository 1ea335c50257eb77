package org.standoff.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.standoff.geo.LengthUnit;
import org.standoff.model.Feature;
import org.standoff.model.FeatureFilter;
import org.standoff.model.Layer;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerStyle;
import org.standoff.model.MiningSite;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Zone;
import org.standoff.sample.SyntheticData;
import org.standoff.sample.SyntheticGeography;

/**
 * The engine's part of a live edit on the national project (800 installations, 70,000
 * substations, 100,000 sites in the realistic distribution): one screening run after each edit,
 * with the distances kept ({@link ScreeningOp#keeping}) and, for comparison, from scratch. Prints
 * the best of {@code -Drepeats=5} per edit. Not a test:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.standoff.analysis.KeptDistancesBenchmark}
 */
public final class KeptDistancesBenchmark {

    private static final double MILE = LengthUnit.MILE.toMetres(1);

    private KeptDistancesBenchmark() {}

    public static void main(String[] args) {
        int n = Integer.getInteger("sites", 100_000);
        int repeats = Integer.getInteger("repeats", 5);
        Layer instData = SyntheticData.installations(800, 1);
        Layer subsData = SyntheticGeography.substations(70_000, 2);
        List<Geometry> outlines =
                instData.features().stream().map(Feature::geometry).toList();
        List<MiningSite> sites =
                new ArrayList<>(SyntheticGeography.sites(n, 3, SyntheticGeography.cities(2), outlines));
        ProjectLayer inst = new ProjectLayer(
                "i", instData, LayerRole.INSTALLATIONS, LayerStyle.defaultFor(LayerRole.INSTALLATIONS), true);
        ProjectLayer subs = new ProjectLayer(
                "s", subsData, LayerRole.SUBSTATIONS, LayerStyle.defaultFor(LayerRole.SUBSTATIONS), true);
        List<ProjectLayer> layers = List.of(inst, subs);
        ForkJoinPool pool = ForkJoinPool.commonPool();

        long t0 = System.nanoTime();
        ScreeningOp op = ScreeningOp.keeping(layers, List.of(zone(1)), null);
        op.run(sites, pool, ProgressListener.NONE);
        System.out.printf(
                "first run, indexing included: %.0f ms (%d positions kept)%n",
                (System.nanoTime() - t0) / 1e6, op.keptPositions());

        double best = Double.MAX_VALUE;
        double fresh = Double.MAX_VALUE;
        for (int i = 0; i < repeats; i++) {
            List<Zone> zones = List.of(zone(2 + i));
            long a = System.nanoTime();
            op = ScreeningOp.keeping(layers, zones, op);
            op.run(sites, pool, ProgressListener.NONE);
            best = Math.min(best, (System.nanoTime() - a) / 1e6);
            long b = System.nanoTime();
            new ScreeningOp(layers, zones, op)
                    .run(sites, pool, ProgressListener.NONE); // indexes taken over, nothing kept
            fresh = Math.min(fresh, (System.nanoTime() - b) / 1e6);
        }
        System.out.printf("radius change: %.1f ms kept, %.0f ms measured again%n", best, fresh);

        best = Double.MAX_VALUE;
        for (int i = 0; i < repeats; i++) {
            double r = 1 + i;
            List<Zone> zones = List.of(
                    zone(r),
                    new Zone(
                            "p100",
                            "100 mi",
                            Zone.Kind.LAYER_BUFFER,
                            "i",
                            FeatureFilter.ALL,
                            null,
                            List.of(new Zone.Band(r * MILE, 100 * MILE)),
                            false,
                            "#00ff00",
                            "cfius-100"));
            long a = System.nanoTime();
            op = ScreeningOp.keeping(layers, zones, op);
            op.run(sites, pool, ProgressListener.NONE);
            best = Math.min(best, (System.nanoTime() - a) / 1e6);
        }
        System.out.printf("preset zones (1 and 1-100 mi): %.1f ms%n", best);

        best = Double.MAX_VALUE;
        for (int i = 0; i < repeats; i++) {
            sites.set(
                    12,
                    sites.get(12)
                            .withLocation(
                                    sites.get(12).lon() + 0.01, sites.get(12).lat()));
            long a = System.nanoTime();
            op.run(sites, pool, ProgressListener.NONE);
            best = Math.min(best, (System.nanoTime() - a) / 1e6);
        }
        System.out.printf("one site moved: %.1f ms%n", best);

        best = Double.MAX_VALUE;
        GeometryFactory gf = new GeometryFactory();
        List<Zone> base = List.of(zone(1));
        for (int i = 0; i < repeats; i++) {
            List<Zone> zones = new ArrayList<>(base);
            zones.add(new Zone(
                    "c" + i,
                    "circle",
                    Zone.Kind.CIRCLE,
                    null,
                    null,
                    gf.createPoint(new Coordinate(-100 + i, 39)),
                    List.of(Zone.Band.disc(30 * MILE)),
                    false,
                    "#0000ff",
                    null));
            long a = System.nanoTime();
            op = ScreeningOp.keeping(layers, zones, op);
            op.run(sites, pool, ProgressListener.NONE);
            best = Math.min(best, (System.nanoTime() - a) / 1e6);
        }
        System.out.printf("a new 30 mi circle: %.1f ms (%d positions kept)%n", best, op.keptPositions());
    }

    private static Zone zone(double miles) {
        return new Zone(
                "z",
                "CFIUS",
                Zone.Kind.LAYER_BUFFER,
                "i",
                FeatureFilter.ALL,
                null,
                List.of(Zone.Band.disc(miles * MILE)),
                false,
                "#ff0000",
                "cfius-1");
    }
}
