package org.standoff.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.standoff.geo.crs.PrjCrs;
import org.standoff.io.shapefile.ShapeType;
import org.standoff.io.shapefile.ShapefileMutations;
import org.standoff.io.shapefile.ShapefileWriter;
import org.standoff.io.store.ProjectFile;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.FieldType;
import org.standoff.model.MiningSite;
import org.standoff.model.Project;
import org.standoff.model.Zone;

/**
 * Issue #18: every command that reads a shapefile, given byte-mutated ones: {@code inspect},
 * {@code buffer}, {@code analyze}, {@code project add-layer}, then {@code analyze} and
 * {@code print} of the project the layer went into. Each run must end with exit 0 (a result) or
 * exit 1 with a message (never an internal error, a stack trace, a StackOverflowError), within
 * {@link #MAX_CPU_SECONDS_PER_COMMAND} of CPU time.
 *
 * <p>The bound is the process's CPU time while the command runs (commands use worker threads,
 * so the calling thread's time would miss them), not wall time: a busy machine stretches the
 * wall clock, not the work. A command past the bound fails the test at once, naming the
 * iteration, the mutated file and the command, and is left running in its daemon thread.
 *
 * <p>1,000 mutations by default (the briefing is printed for one in {@link #PRINT_EVERY} of the
 * files a project accepted, as it costs most); {@code -Dstandoff.fuzz.commands=N} runs N and
 * {@code -Dstandoff.fuzz.print.every=1} prints every one. Seeded: a failure reruns the same.
 */
class CommandFuzzTest {

    private static final long SEED = 20261206L;
    static final double MAX_CPU_SECONDS_PER_COMMAND = 20;
    static final int PRINT_EVERY = Integer.getInteger("standoff.fuzz.print.every", 10);
    private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    private static final GeometryFactory GF = new GeometryFactory();

    @TempDir
    Path dir;

    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzzed-command");
        t.setDaemon(true);
        return t;
    });

    @AfterEach
    void stop() {
        runner.shutdownNow();
    }

    @Test
    void everyCommandGivesAResultOrAClearErrorWithinItsCpuBound() throws Exception {
        int iterations = Integer.getInteger("standoff.fuzz.commands", 1000);
        List<Path> samples = List.of(outlines(), nad27Outlines(), points(), lines());
        Path sites = dir.resolve("sites.csv");
        Files.writeString(sites, "name,lat,lon\nA,41.1,-104.8\nB,41.3,-104.6\nC,40.0,-75.5\nD,0,0\n");
        Path base = dir.resolve("base.gpkg");
        ProjectFile.write(project(), base);
        Path work = dir.resolve("work.gpkg");
        // The first run in a JVM opens the EPSG database (seconds, once): not what the bound is for.
        for (Path shp : samples) {
            check(-1, shp, "inspect", shp.toString());
        }
        Random random = new Random(SEED);
        Map<String, int[]> tally = new TreeMap<>();
        int printed = 0;
        long started = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            Path shp = samples.get(i % samples.size());
            String stem = shp.getFileName().toString().replace(".shp", "");
            String ext = new String[] {"shp", "shp", "shx", "dbf", "prj", "cpg"}[random.nextInt(6)];
            Path target = shp.resolveSibling(stem + "." + ext);
            byte[] original = Files.readAllBytes(target);
            Files.write(target, ShapefileMutations.mutate(original, random));
            try {
                count(tally, "inspect", check(i, target, "inspect", shp.toString()));
                count(
                        tally,
                        "buffer",
                        check(
                                i,
                                target,
                                "buffer",
                                shp.toString(),
                                "--radius",
                                "1mi",
                                "--radius",
                                "30mi",
                                "--out",
                                out("buffer.geojson")));
                count(
                        tally,
                        "analyze",
                        check(
                                i,
                                target,
                                "analyze",
                                "--installations",
                                shp.toString(),
                                "--sites",
                                sites.toString(),
                                "--radius",
                                "1mi",
                                "--out",
                                out("findings.csv")));
                Files.copy(base, work, StandardCopyOption.REPLACE_EXISTING);
                int added = check(
                        i, target, "project", "add-layer", work.toString(), shp.toString(), "--role", "installations");
                count(tally, "add-layer", added);
                if (added == 0) {
                    count(
                            tally,
                            "analyze project",
                            check(i, target, "analyze", work.toString(), "--out", out("project-findings.csv")));
                    if (printed++ % PRINT_EVERY == 0) {
                        count(
                                tally,
                                "print",
                                check(i, target, "print", work.toString(), "--out", out("brief.png"), "--dpi", "36"));
                    }
                }
            } finally {
                Files.write(target, original);
            }
        }
        System.out.printf(
                "command fuzz: %d mutations in %d s; exit 0 / exit 1 per command: %s; CPU s per command: %s%n",
                iterations, (System.nanoTime() - started) / 1_000_000_000, describe(tally), cpuByCommand);
        assertTrue(tally.get("inspect")[0] > 0 && tally.get("inspect")[1] > 0, describe(tally));
        assertTrue(tally.get("buffer")[0] > 0 && tally.containsKey("print"), describe(tally));
    }

    /**
     * Runs one command in the worker thread, failing the test if it ends in anything but exit 0
     * or a plain exit-1 message, or spends more than the CPU bound; returns the exit code.
     */
    private int check(int iteration, Path mutated, String... args) throws Exception {
        StringWriter err = new StringWriter();
        long cpu0 = OS.getProcessCpuTime();
        Future<Integer> run = runner.submit(
                () -> StandoffCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args));
        Integer code = null;
        while (code == null) {
            try {
                code = run.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillRunning) {
                double cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
                if (cpu > MAX_CPU_SECONDS_PER_COMMAND) {
                    run.cancel(true);
                    fail(what(iteration, mutated, args) + " still running after " + Math.round(cpu) + " s of CPU time");
                }
            }
        }
        double cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
        if (iteration >= 0) {
            cpuByCommand.merge(
                    args[0].equals("project") ? args[1] : args[0], Math.round(cpu * 1000) / 1000.0, Double::sum);
        }
        String text = err.toString();
        if (cpu > MAX_CPU_SECONDS_PER_COMMAND) {
            fail(what(iteration, mutated, args) + " took " + Math.round(cpu) + " s of CPU time");
        }
        if (code != 0 && code != 1
                || text.contains("internal error")
                || text.contains("\tat ")
                || text.contains("Exception")) {
            fail(what(iteration, mutated, args) + " exited " + code + ": " + text);
        }
        if (code == 1 && !text.startsWith("standoff: ")) {
            fail(what(iteration, mutated, args) + " failed without a message: " + text);
        }
        return code;
    }

    /** Keeps the failing file set under {@code target/fuzz-failures/} for a regression test, and names it. */
    private static String what(int iteration, Path mutated, String... args) {
        Path keep = Path.of("target", "fuzz-failures", "iteration-" + iteration);
        try {
            Files.createDirectories(keep);
            String stem = mutated.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            try (var files = Files.list(mutated.getParent())) {
                for (Path f : files.filter(f -> f.getFileName().toString().startsWith(stem + "."))
                        .toList()) {
                    Files.copy(f, keep.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (java.io.IOException e) {
            keep = Path.of("(not kept: " + e.getMessage() + ")");
        }
        return "files in " + keep + "; " + "iteration " + iteration + " (" + mutated.getFileName() + " mutated, seed "
                + SEED + "): standoff " + String.join(" ", args);
    }

    private String out(String name) throws java.io.IOException {
        Path p = dir.resolve(name);
        Files.deleteIfExists(p);
        return p.toString();
    }

    /** CPU seconds per command name, over the run, for the summary line. */
    private final Map<String, Double> cpuByCommand = new TreeMap<>();

    private static void count(Map<String, int[]> tally, String command, int code) {
        tally.computeIfAbsent(command, k -> new int[2])[code]++;
    }

    private static String describe(Map<String, int[]> tally) {
        StringBuilder b = new StringBuilder();
        tally.forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ")
                .append(k)
                .append(' ')
                .append(v[0])
                .append('/')
                .append(v[1]));
        return b.toString();
    }

    private static Project project() {
        List<MiningSite> sites = List.of(
                MiningSite.at("Near", -104.8, 41.1).withId(1),
                MiningSite.at("Far", -75.5, 40.0).withId(2));
        Zone circle = new Zone(
                "z1",
                "Five miles",
                Zone.Kind.CIRCLE,
                null,
                null,
                GF.createPoint(new Coordinate(-104.8, 41.1)),
                List.of(Zone.Band.disc(5 * 1609.344)),
                false,
                "#c0392b",
                null);
        return new Project(
                "fuzz", List.of(), sites, List.of(circle), List.of(), Project.MapViewState.WHOLE_US, Map.of());
    }

    private static Geometry box(double lon, double lat, double size) {
        return GF.createPolygon(new Coordinate[] {
            new Coordinate(lon, lat),
            new Coordinate(lon + size, lat),
            new Coordinate(lon + size, lat + size),
            new Coordinate(lon, lat + size),
            new Coordinate(lon, lat)
        });
    }

    /** Outlines near Cheyenne on WGS 84: a square with a hole, a multipolygon, a bow-tie (repaired). */
    private Path outlines() throws Exception {
        List<Feature> fs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            double lon = -105 + 0.1 * i;
            Geometry g = box(lon, 41, 0.05).difference(box(lon + 0.01, 41.01, 0.01));
            if (i % 2 == 0) {
                g = g.union(box(lon, 41.2, 0.02));
            }
            fs.add(new Feature(i + 1, g, new Object[] {"Base " + i, (long) i}));
        }
        fs.add(new Feature(
                6,
                GF.createPolygon(new Coordinate[] {
                    new Coordinate(-104, 41),
                    new Coordinate(-103.9, 41.1),
                    new Coordinate(-103.9, 41),
                    new Coordinate(-104, 41.1),
                    new Coordinate(-104, 41)
                }),
                new Object[] {"Bow-tie", 6L}));
        Path shp = dir.resolve("bases.shp");
        ShapefileWriter.write(
                shp,
                ShapeType.POLYGON,
                List.of(Field.of("NAME", FieldType.STRING), Field.of("N", FieldType.INTEGER)),
                fs,
                StandardCharsets.UTF_8,
                PrjCrs.WGS84_ESRI_WKT);
        Files.writeString(dir.resolve("bases.cpg"), "UTF-8");
        return shp;
    }

    /** Outlines in NAD27 / UTM 18N (a datum operation of the EPSG dataset on every read). */
    private Path nad27Outlines() throws Exception {
        List<Feature> fs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            fs.add(new Feature(i + 1, box(457000 + 3000 * i, 4427000, 1500), new Object[] {"Fort " + i}));
        }
        Path shp = dir.resolve("forts27.shp");
        ShapefileWriter.write(
                shp,
                ShapeType.POLYGON,
                List.of(Field.of("NAME", FieldType.STRING)),
                fs,
                StandardCharsets.ISO_8859_1,
                InspectCommandTest.NAD27_UTM18N_ESRI);
        Files.writeString(dir.resolve("forts27.cpg"), "885910");
        return shp;
    }

    private Path points() throws Exception {
        List<Feature> fs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            fs.add(new Feature(
                    i + 1,
                    GF.createPoint(new Coordinate(-104.9 + 0.02 * i, 41.05 + 0.01 * i)),
                    new Object[] {"Sub " + i, 1.5 * i, i % 2 == 0, java.time.LocalDate.of(2000, 1, 1 + i)}));
        }
        Path shp = dir.resolve("subs.shp");
        ShapefileWriter.write(
                shp,
                ShapeType.POINT,
                List.of(
                        Field.of("NAME", FieldType.STRING),
                        Field.of("KV", FieldType.DOUBLE),
                        Field.of("ACTIVE", FieldType.BOOLEAN),
                        Field.of("BUILT", FieldType.DATE)),
                fs,
                StandardCharsets.UTF_8,
                PrjCrs.WGS84_ESRI_WKT);
        Files.writeString(dir.resolve("subs.cpg"), "UTF-8");
        return shp;
    }

    /** Lines in UTM 13N without a .cpg. */
    private Path lines() throws Exception {
        List<Feature> fs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            fs.add(new Feature(
                    i + 1,
                    GF.createLineString(new Coordinate[] {
                        new Coordinate(480000 + i, 4550000),
                        new Coordinate(481000, 4551000 + i),
                        new Coordinate(482000, 4550500)
                    }),
                    new Object[] {(long) i}));
        }
        Path shp = dir.resolve("lines.shp");
        ShapefileWriter.write(
                shp,
                ShapeType.POLYLINE,
                List.of(Field.of("N", FieldType.INTEGER)),
                fs,
                StandardCharsets.ISO_8859_1,
                org.standoff.geo.crs.PrjCrsTestValues.UTM13N);
        Files.writeString(dir.resolve("lines.cpg"), "1252");
        return shp;
    }
}
