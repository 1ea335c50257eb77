package org.standoff.geo.buffer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.standoff.geo.Geodesic;
import org.standoff.geo.LengthUnit;
import org.standoff.geo.distance.PreparedGeodesicGeometry;
import org.standoff.sample.InstallationOutlines;

/**
 * Geodesic buffer timings (not run by the test suite; see docs/PERFORMANCE.md): 800 installation
 * outlines over the conterminous US ({@link InstallationOutlines}, seed 2026) buffered at 1, 30
 * and 100 miles, per feature and dissolved, over several rounds; how many took the fast path; and
 * the worst boundary error of a sample measured with exact distances. Timed rounds follow up to
 * three untimed warm-up rounds and start cold: no ring prepared by an earlier call is reused,
 * except in the line that times exactly that. The second data set is the
 * earlier stress case: 800 jagged stars of 50–2,000 vertices.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.standoff.geo.buffer.BufferBenchmark [rounds] [--wkt FILE] [--stars]
 * </pre>
 *
 * {@code --wkt FILE} also writes the outlines as CSV ({@code id,wkt}) for
 * {@code docs/bench/postgis-buffers.sh}.
 */
public final class BufferBenchmark {

    static final double[] CONUS = {-124.0, 25.5, -67.5, 48.8};
    private static final double[] MILES = {1, 30, 100};
    private static final int WARM_UP_ROUNDS = 3;

    private BufferBenchmark() {}

    public static void main(String[] args) throws IOException {
        int rounds = 5;
        Path wkt = null;
        boolean stars = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--wkt")) {
                wkt = Path.of(args[++i]);
            } else if (args[i].equals("--stars")) {
                stars = true;
            } else {
                rounds = Integer.parseInt(args[i]);
            }
        }
        List<Geometry> outlines = InstallationOutlines.generate(800, 2026, CONUS);
        if (wkt != null) {
            writeWkt(outlines, wkt);
        }
        System.out.printf(
                Locale.ROOT,
                "%d processors, %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.version"));
        run("installation outlines", outlines, rounds);
        if (stars) {
            run("jagged stars", stars(800, 2026), Math.min(rounds, 2));
        }
    }

    private static void run(String name, List<Geometry> geometries, int rounds) {
        long vertices = geometries.stream().mapToLong(Geometry::getNumPoints).sum();
        long multi = geometries.stream().filter(g -> g.getNumGeometries() > 1).count();
        long holes = geometries.stream()
                .filter(g -> g instanceof Polygon p && p.getNumInteriorRing() > 0)
                .count();
        System.out.printf(
                Locale.ROOT,
                "%n%s: %d features, %d vertices (%d multipart, %d with holes)%n",
                name,
                geometries.size(),
                vertices,
                multi,
                holes);
        for (double miles : MILES) {
            double r = LengthUnit.MILE.toMetres(miles);
            double tol = BufferParameters.of(r).toleranceMetres(r);
            int fast = 0;
            for (Geometry g : geometries) {
                if (HullSectionBuffer.buffer(g, r, tol, g.getCoordinate().x, new GeometryFactory()) != null) {
                    fast++;
                }
            }
            System.out.printf(
                    Locale.ROOT, "  %3.0f mi: fast path for %d of %d features%n", miles, fast, geometries.size());
        }
        // warm-up, untimed, so that every timed loop below runs compiled code
        List<BufferParameters> three = Arrays.stream(MILES)
                .mapToObj(m -> BufferParameters.of(LengthUnit.MILE.toMetres(m)))
                .toList();
        for (int round = 0; round < Math.min(WARM_UP_ROUNDS, rounds); round++) {
            GeodesicBuffer.buffer(cold(geometries), three);
        }
        double[] all = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long elapsed = 0;
            long out = 0;
            StringBuilder line = new StringBuilder();
            for (double miles : MILES) {
                // from cold each call: no rings prepared by an earlier call are reused
                List<Geometry> fresh = cold(geometries);
                long t1 = System.nanoTime();
                List<Geometry> buffers =
                        GeodesicBuffer.buffer(fresh, BufferParameters.of(LengthUnit.MILE.toMetres(miles)));
                long t2 = System.nanoTime();
                elapsed += t2 - t1;
                long v = buffers.stream().mapToLong(Geometry::getNumPoints).sum();
                out += v;
                line.append(String.format(Locale.ROOT, "  %3.0f mi %.3f s (%d vertices)", miles, (t2 - t1) / 1e9, v));
            }
            all[round] = elapsed / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "round %d: %d buffers %.3f s, %d output vertices;%s%n",
                    round + 1,
                    3 * geometries.size(),
                    all[round],
                    out,
                    line);
        }
        double[] sorted = all.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "per-feature buffers, one call per radius, %d rounds: best %.3f s, median %.3f s%n",
                rounds,
                sorted[0],
                sorted[rounds / 2]);
        double[] together = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            List<Geometry> fresh = cold(geometries);
            long t0 = System.nanoTime();
            List<List<Geometry>> buffers = GeodesicBuffer.buffer(fresh, three);
            together[round] = (System.nanoTime() - t0) / 1e9;
            long v = buffers.stream()
                    .flatMap(List::stream)
                    .mapToLong(Geometry::getNumPoints)
                    .sum();
            System.out.printf(
                    Locale.ROOT,
                    "round %d: %d buffers in one call with three radii %.3f s, %d output vertices%n",
                    round + 1,
                    3 * geometries.size(),
                    together[round],
                    v);
        }
        Arrays.sort(together);
        System.out.printf(
                Locale.ROOT,
                "per-feature buffers, one call for all three radii, %d rounds: best %.3f s, median %.3f s%n",
                rounds,
                together[0],
                together[rounds / 2]);
        // the same on one thread: a parallel stream runs in the pool that calls it
        ForkJoinPool one = new ForkJoinPool(1);
        double[] single = new double[rounds];
        try {
            for (int round = 0; round < rounds; round++) {
                List<Geometry> fresh = cold(geometries);
                long t0 = System.nanoTime();
                one.submit(() -> GeodesicBuffer.buffer(fresh, three)).join();
                single[round] = (System.nanoTime() - t0) / 1e9;
            }
        } finally {
            one.shutdown();
        }
        Arrays.sort(single);
        System.out.printf(
                Locale.ROOT,
                "the same on one thread, %d rounds: best %.3f s, median %.3f s%n",
                rounds,
                single[0],
                single[rounds / 2]);
        // the same features buffered again, as the live radius slider does: their rings are prepared
        List<Geometry> layer = cold(geometries);
        GeodesicBuffer.buffer(layer, three);
        double[] again = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            GeodesicBuffer.buffer(layer, three);
            again[round] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(again);
        System.out.printf(
                Locale.ROOT,
                "the same features again (rings already prepared), %d rounds: best %.3f s, median %.3f s%n",
                rounds,
                again[0],
                again[rounds / 2]);
        for (double miles : MILES) {
            double best = Double.MAX_VALUE;
            int parts = 0;
            for (int round = 0; round < Math.min(3, rounds); round++) {
                List<Geometry> fresh = cold(geometries);
                long t0 = System.nanoTime();
                Geometry d = GeodesicBuffer.buffer(
                                fresh,
                                BufferParameters.of(LengthUnit.MILE.toMetres(miles))
                                        .dissolved())
                        .get(0);
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                parts = d.getNumGeometries();
            }
            System.out.printf(Locale.ROOT, "dissolved %3.0f mi: best %.3f s (%d parts)%n", miles, best, parts);
        }
        accuracy(geometries);
    }

    /** The geometries, with every preparation of an earlier call forgotten. */
    private static List<Geometry> cold(List<Geometry> geometries) {
        PreparedRing.forgetPrepared();
        return geometries;
    }

    /** The worst |distance − r| over 8 samples per segment of every 20th buffer, relative to the tolerance. */
    private static void accuracy(List<Geometry> geometries) {
        for (double miles : MILES) {
            double r = LengthUnit.MILE.toMetres(miles);
            double tol = BufferParameters.of(r).toleranceMetres(r);
            double worst = 0;
            int checked = 0;
            for (int i = 0; i < geometries.size(); i += 20) {
                Geometry source = geometries.get(i);
                Geometry buffer = GeodesicBuffer.buffer(source, r);
                PreparedGeodesicGeometry prepared = PreparedGeodesicGeometry.of(source);
                for (int p = 0; p < buffer.getNumGeometries(); p++) {
                    Coordinate[] c =
                            ((Polygon) buffer.getGeometryN(p)).getExteriorRing().getCoordinates();
                    for (int k = 1; k < c.length; k++) {
                        for (int s = 0; s < 8; s++) {
                            double t = s / 8.0;
                            double d = prepared.nearest(
                                            c[k - 1].x + t * (c[k].x - c[k - 1].x),
                                            c[k - 1].y + t * (c[k].y - c[k - 1].y))
                                    .orElseThrow()
                                    .distanceMetres();
                            worst = Math.max(worst, Math.abs(d - r));
                        }
                    }
                }
                checked++;
            }
            System.out.printf(
                    Locale.ROOT,
                    "accuracy %3.0f mi: %d buffers sampled, worst |d - r| = %.3f m (tolerance %.3f m)%n",
                    miles,
                    checked,
                    worst,
                    tol);
        }
    }

    /** The earlier stress set: star-shaped polygons, 1–15 km radius, every vertex jittered 20–70 % in radius. */
    static List<Geometry> stars(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        GeometryFactory f = new GeometryFactory();
        List<Geometry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double lon = CONUS[0] + (CONUS[2] - CONUS[0]) * random.nextDouble();
            double lat = CONUS[1] + (CONUS[3] - CONUS[1]) * random.nextDouble();
            int vertices = 50 + random.nextInt(1951);
            double radius = 1000 + random.nextDouble() * 14_000;
            double wobble = 0.2 + 0.5 * random.nextDouble();
            Coordinate[] ring = new Coordinate[vertices + 1];
            for (int k = 0; k < vertices; k++) {
                double[] p = Geodesic.destination(
                        lon, lat, 360.0 * (vertices - k) / vertices, radius * (1 - wobble * random.nextDouble()));
                ring[k] = new Coordinate(p[0], p[1]);
            }
            ring[vertices] = ring[0];
            out.add(f.createPolygon(ring));
        }
        return out;
    }

    private static void writeWkt(List<Geometry> outlines, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,wkt\n");
            for (int i = 0; i < outlines.size(); i++) {
                w.write((i + 1) + ",\"" + outlines.get(i).toText() + "\"\n");
            }
        }
        System.out.println("wrote " + file);
    }
}
