package org.standoff.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.standoff.geo.BufferParameters;
import org.standoff.geo.GeodesicBuffer;
import org.standoff.geo.LengthUnit;
import org.standoff.model.Feature;

/**
 * Timings of the proximity core at national scale (not run by the test suite): 800 polygons of
 * 50-2000 vertices, 70,000 points, 100,000 sites (seeded), index building, ProximityOp against
 * both layers, and buffers of the 800 polygons at 1, 10 and 100 miles. See docs/PERFORMANCE.md.
 */
public final class ProximityBenchmark {

    private ProximityBenchmark() {
    }

    public static void main(String[] args) {
        RandomFeatures gen = RandomFeatures.conus(2026);
        List<Feature> polygons = gen.polygons(800, 50, 2000);
        List<Feature> points = gen.points(70_000);
        List<Site> sites = RandomFeatures.conus(2027).sites(100_000);
        long vertices = polygons.stream().mapToLong(f -> f.geometry().getNumPoints()).sum();
        System.out.printf(Locale.ROOT, "polygons 800 (%d vertices), points 70000, sites 100000, %d processors%n",
                vertices, Runtime.getRuntime().availableProcessors());
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            FeatureIndex polygonIndex = FeatureIndex.of(polygons);
            FeatureIndex pointIndex = FeatureIndex.of(points);
            long t1 = System.nanoTime();
            List<SiteProximity> result = new ProximityOp(ProximityParameters.defaults())
                    .run(sites, List.of(polygonIndex, pointIndex), ProgressListener.NONE);
            long t2 = System.nanoTime();
            double sum = result.stream().mapToDouble(r -> r.nearest().get(0).orElseThrow().distanceMetres()).sum();
            System.out.printf(Locale.ROOT, "round %d: build indexes %.2f s, ProximityOp 100k sites x 2 layers %.2f s (mean polygon distance %.1f km)%n",
                    round, (t1 - t0) / 1e9, (t2 - t1) / 1e9, sum / result.size() / 1000);
        }
        // Optional argument: how many of the 800 polygons to buffer (buffers are the slow part).
        int buffered = args.length > 0 ? Integer.parseInt(args[0]) : polygons.size();
        List<Geometry> geometries = new ArrayList<>();
        polygons.subList(0, buffered).forEach(f -> geometries.add(f.geometry()));
        System.out.printf(Locale.ROOT, "buffering %d polygons (%d vertices)%n", buffered,
                geometries.stream().mapToLong(Geometry::getNumPoints).sum());
        for (int round = 1; round <= 1; round++) {
            for (double miles : new double[] {1, 10, 100}) {
                long t0 = System.nanoTime();
                List<Geometry> buffers = GeodesicBuffer.buffer(geometries, BufferParameters.of(LengthUnit.MILE.toMetres(miles)));
                long t1 = System.nanoTime();
                long out = buffers.stream().mapToLong(Geometry::getNumPoints).sum();
                System.out.printf(Locale.ROOT, "round %d: buffer polygons at %3.0f mi: %.2f s, %d output vertices%n",
                        round, miles, (t1 - t0) / 1e9, out);
            }
            long t0 = System.nanoTime();
            Geometry dissolved = GeodesicBuffer.buffer(geometries, BufferParameters.of(LengthUnit.MILE.toMetres(10)).dissolved()).get(0);
            System.out.printf(Locale.ROOT, "round %d: dissolved 10 mi buffer: %.2f s, %d vertices%n",
                    round, (System.nanoTime() - t0) / 1e9, dissolved.getNumPoints());
        }
    }
}
