package org.standoff.analysis;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.standoff.model.Feature;
import org.standoff.model.MiningSite;
import org.standoff.sample.SyntheticData;
import org.standoff.sample.SyntheticGeography;

/**
 * Timings of the nearest-feature search at national size, per distribution of sites (not run
 * by the test suite; see docs/PERFORMANCE.md). Layers: 800 installation outlines
 * ({@link SyntheticData#installations}) and 70,000 substations clustered around 300 cities
 * ({@link SyntheticGeography#substations}); 100,000 sites each:
 * <ol type="a">
 * <li>uniform over the conterminous US;</li>
 * <li>rural mining districts far from the cities, 15 % near a base ({@link SyntheticGeography#sites});</li>
 * <li>offshore, Alaska, the Aleutians across the antimeridian, Hawaii and Guam;</li>
 * <li>against 70 detailed outlines of 20,000 vertices each in the east, every site in the west,
 * over 100 km away;</li>
 * <li>all inside one 40 km county around an installation.</li>
 * </ol>
 * Each distribution: index build, then {@link ProximityOp} over both layers with the default
 * parallelism, one cold round and {@value #ROUNDS} warm ones; wall and process CPU time.
 *
 * <p>Arguments: optional letters of the distributions to run (default {@code abcde}).
 */
public final class ProximityBenchmark {

    /** Sites per distribution; {@code -Dsites=N} for a quicker run. */
    private static final int SITES = Integer.getInteger("sites", 100_000);

    private static final int ROUNDS = 3;

    private ProximityBenchmark() {}

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "abcde";
        List<Feature> installations = SyntheticData.installations(800, 1).features();
        List<Feature> substations = SyntheticGeography.substations(70_000, 2).features();
        List<Geometry> outlines = installations.stream().map(Feature::geometry).toList();
        System.out.printf(
                Locale.ROOT,
                "installations 800 (%d vertices), substations 70000 clustered, %d sites per distribution, %d processors%n",
                installations.stream()
                        .mapToLong(f -> f.geometry().getNumPoints())
                        .sum(),
                SITES,
                Runtime.getRuntime().availableProcessors());
        for (char c : which.toCharArray()) {
            switch (c) {
                case 'a' ->
                    run(
                            "(a) uniform over CONUS",
                            installations,
                            substations,
                            uniform(new SplittableRandom(11), SyntheticData.CONUS));
                case 'b' ->
                    run(
                            "(b) rural districts, clustered substations",
                            installations,
                            substations,
                            toSites(SyntheticGeography.sites(SITES, 3, SyntheticGeography.cities(2), outlines)));
                case 'c' ->
                    run(
                            "(c) offshore, AK, HI, Guam, antimeridian",
                            installations,
                            substations,
                            remote(new SplittableRandom(12)));
                case 'd' -> detailed(substations);
                case 'e' ->
                    run(
                            "(e) one county around an installation",
                            installations,
                            substations,
                            county(installations.get(0).geometry()));
                default -> throw new IllegalArgumentException("unknown distribution " + c);
            }
        }
    }

    private static void run(String name, List<Feature> installations, List<Feature> substations, List<Site> sites) {
        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        List<FeatureIndex> indexes = List.of(FeatureIndex.of(installations), FeatureIndex.of(substations));
        double buildWall = (System.nanoTime() - t0) / 1e9;
        double buildCpu = (cpuNanos() - c0) / 1e9;
        double[] wall = new double[ROUNDS + 1];
        double[] cpu = new double[ROUNDS + 1];
        double meanInstallationKm = 0;
        double meanSubstationKm = 0;
        for (int round = 0; round <= ROUNDS; round++) {
            long w = System.nanoTime();
            long u = cpuNanos();
            List<SiteProximity> result =
                    new ProximityOp(ProximityParameters.defaults()).run(sites, indexes, ProgressListener.NONE);
            wall[round] = (System.nanoTime() - w) / 1e9;
            cpu[round] = (cpuNanos() - u) / 1e9;
            meanInstallationKm = result.stream()
                            .mapToDouble(r -> r.nearest().get(0).orElseThrow().distanceMetres())
                            .average()
                            .orElse(0)
                    / 1000;
            meanSubstationKm = result.stream()
                            .mapToDouble(r -> r.nearest().get(1).orElseThrow().distanceMetres())
                            .average()
                            .orElse(0)
                    / 1000;
        }
        double[] warmWall = Arrays.copyOfRange(wall, 1, wall.length);
        double[] warmCpu = Arrays.copyOfRange(cpu, 1, cpu.length);
        Arrays.sort(warmWall);
        Arrays.sort(warmCpu);
        System.out.printf(
                Locale.ROOT,
                "%-48s build %.2f s (cpu %.2f) | cold %.2f s (cpu %.2f) | warm best %.2f s, median %.2f s (cpu median %.2f)"
                        + " | mean nearest installation %.1f km, substation %.1f km%n",
                name,
                buildWall,
                buildCpu,
                wall[0],
                cpu[0],
                warmWall[0],
                warmWall[ROUNDS / 2],
                warmCpu[ROUNDS / 2],
                meanInstallationKm,
                meanSubstationKm);
    }

    /** 70 smooth outlines of 20,000 vertices (edges of a few metres) east of 90 W; every site west of 96 W. */
    private static void detailed(List<Feature> substations) {
        SplittableRandom r = new SplittableRandom(13);
        List<Feature> outlines = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            double lon = -90 + 21 * r.nextDouble();
            double lat = 30 + 15 * r.nextDouble();
            outlines.add(new Feature(
                    i + 1, detailedOutline(lon, lat, 3_000 + 9_000 * r.nextDouble(), 20_000, r), new Object[0]));
        }
        List<Site> sites = new ArrayList<>();
        double[] west = {-124, 25.5, -96, 48.8};
        for (MiningSite s : SyntheticGeography.sites(4 * SITES, 3, SyntheticGeography.cities(2), List.of())) {
            if (s.lon() < west[2] && sites.size() < SITES) {
                sites.add(new Site(s.id(), s.lon(), s.lat()));
            }
        }
        sites.addAll(uniform(new SplittableRandom(14), west).subList(0, SITES - sites.size()));
        run("(d) 70 outlines x 20,000 vertices, sites > 100 km", outlines, substations, sites);
    }

    private static Geometry detailedOutline(
            double lon, double lat, double radiusMetres, int vertices, SplittableRandom r) {
        Coordinate[] ring = new Coordinate[vertices + 1];
        double phase = 2 * Math.PI * r.nextDouble();
        double k = 110_574;
        double h = 111_320 * Math.cos(Math.toRadians(lat));
        for (int v = 0; v < vertices; v++) {
            double a = 2 * Math.PI * v / vertices;
            double rr = radiusMetres
                    * (1 + 0.2 * Math.sin(3 * a + phase) + 0.04 * Math.sin(29 * a) + 0.002 * Math.sin(997 * a));
            ring[v] = new Coordinate(lon + rr * Math.cos(a) / h, lat + rr * Math.sin(a) / k);
        }
        ring[vertices] = ring[0];
        return RandomFeatures.FACTORY.createPolygon(ring);
    }

    private static List<Site> remote(SplittableRandom r) {
        double[][] boxes = {
            {-96, 25.0, -84, 28.5}, // Gulf of Mexico, offshore
            {-130, 33, -124.5, 46}, // Pacific, offshore
            {-72, 36, -66, 42}, // Atlantic, offshore
            {-165, 58, -141, 70}, // Alaska
            {172, 51, 190, 55}, // Aleutians, across the antimeridian
            {-160.5, 18.9, -154.8, 22.3}, // Hawaii
            {144.6, 13.2, 145.0, 13.7}, // Guam
        };
        List<Site> out = new ArrayList<>(SITES);
        for (int i = 0; i < SITES; i++) {
            double[] b = boxes[i % boxes.length];
            double lon = b[0] + (b[2] - b[0]) * r.nextDouble();
            out.add(new Site(i + 1, lon > 180 ? lon - 360 : lon, b[1] + (b[3] - b[1]) * r.nextDouble()));
        }
        return out;
    }

    private static List<Site> county(Geometry installation) {
        Coordinate c = installation.getCentroid().getCoordinate();
        double dLat = 20_000 / 110_574.0;
        double dLon = 20_000 / (111_320 * Math.cos(Math.toRadians(c.y)));
        return uniform(new SplittableRandom(15), new double[] {c.x - dLon, c.y - dLat, c.x + dLon, c.y + dLat});
    }

    private static List<Site> uniform(SplittableRandom r, double[] box) {
        List<Site> out = new ArrayList<>(SITES);
        for (int i = 0; i < SITES; i++) {
            out.add(new Site(
                    i + 1, box[0] + (box[2] - box[0]) * r.nextDouble(), box[1] + (box[3] - box[1]) * r.nextDouble()));
        }
        return out;
    }

    private static List<Site> toSites(List<MiningSite> sites) {
        return sites.stream().map(s -> new Site(s.id(), s.lon(), s.lat())).toList();
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
