package org.standoff.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.standoff.geo.crs.PrjCrs;
import org.standoff.model.Feature;

/**
 * Seeded random mutations of valid shapefiles: every read must either succeed or throw
 * {@link ShapefileException}, quickly and without exhausting memory (surefire runs with 2 GB).
 * Runs 2,000 mutations by default; {@code -Dstandoff.fuzz.iterations=N} runs more.
 */
class ShapefileFuzzTest {

    private static final long SEED = 20240601L;
    /**
     * A read that spends this much of its own thread's CPU time is taken to hang. CPU time, not
     * wall time: another process on a busy machine (or a GC pause) stretches the wall clock, not
     * the work the read does, so the bound catches runaway reads without failing on slow hosts.
     */
    private static final long MAX_CPU_MILLIS_PER_READ = 2000;

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    @TempDir
    Path dir;

    @Test
    void mutatedFilesEitherReadOrFailWithShapefileException() throws Exception {
        int iterations = Integer.getInteger("standoff.fuzz.iterations", 2000);
        List<Path> samples = List.of(polygons(), points(), lines());
        Random random = new Random(SEED);
        // The first reads in a JVM open the embedded EPSG database and index its datums (a few
        // seconds, once); that is not the per-read work this test bounds.
        for (Path sample : samples) {
            ShapefileReader.read(sample);
        }
        org.standoff.geo.crs.PrjCrs.parse(ShapefileDatumTest.prj("26718-esri.prj"))
                .toWgs84();
        long started = System.nanoTime();
        int ok = 0;
        int rejected = 0;
        for (int i = 0; i < iterations; i++) {
            Path shp = samples.get(i % samples.size());
            String base = shp.getFileName().toString().replace(".shp", "");
            String ext = new String[] {"shp", "shp", "shx", "dbf", "prj"}[random.nextInt(5)];
            Path target = shp.resolveSibling(base + "." + ext);
            byte[] original = Files.readAllBytes(target);
            byte[] mutated = ShapefileMutations.mutate(original, random);
            Files.write(target, mutated);
            long t0 = THREADS.getCurrentThreadCpuTime();
            try {
                ShapefileReader.read(shp);
                ok++;
            } catch (ShapefileException expected) {
                rejected++;
            } catch (RuntimeException | Error e) {
                throw new AssertionError("iteration " + i + " (" + target.getFileName() + ") escaped with " + e, e);
            } finally {
                Files.write(target, original);
            }
            long millis = (THREADS.getCurrentThreadCpuTime() - t0) / 1_000_000;
            if (millis > MAX_CPU_MILLIS_PER_READ) {
                fail("iteration " + i + " took " + millis + " ms of CPU time");
            }
        }
        assertTrue(ok > 0 && rejected > 0, "ok " + ok + ", rejected " + rejected);
        assertTrue(ShapefileRobustnessTest.openFilesUnder(dir).isEmpty());
        System.out.printf(
                "fuzz: %d mutations, %d read, %d rejected, %d ms%n",
                iterations, ok, rejected, (System.nanoTime() - started) / 1_000_000);
    }

    private Path polygons() throws Exception {
        List<Feature> fs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Geometry g = TestFiles.GF.createPolygon(
                    TestFiles.ring(i, 0, i + 5, 0, i + 5, 5, i, 5),
                    new LinearRing[] {TestFiles.ring(i + 1, 1, i + 2, 1, i + 2, 2, i + 1, 2)});
            if (i % 2 == 0) {
                g = g.union(TestFiles.square(i + 20, 20, 3));
            }
            fs.add(new Feature(i + 1, g, new Object[] {"poly " + i, (long) i}));
        }
        Path shp = dir.resolve("poly.shp");
        ShapefileWriter.write(
                shp,
                ShapeType.POLYGON,
                List.of(
                        org.standoff.model.Field.of("NAME", org.standoff.model.FieldType.STRING),
                        org.standoff.model.Field.of("N", org.standoff.model.FieldType.INTEGER)),
                fs);
        return shp;
    }

    private Path points() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        List<Feature> fs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            fs.add(new Feature(i + 1, TestFiles.GF.createPoint(new Coordinate(i, -i, i * 2)), new Object[0]));
            rows.add(new Object[] {
                "p" + i,
                1.5 * i,
                i % 2 == 0,
                LocalDate.of(2000, 1, 1 + i),
                i,
                0.25 * i,
                Instant.ofEpochSecond(1_000_000L * i)
            });
        }
        Path shp = dir.resolve("pts.shp");
        ShapefileWriter.write(
                shp,
                ShapeType.POINT_Z,
                List.of(
                        new DbfWriter.Column("S", 'C', 8, 0),
                        new DbfWriter.Column("D", 'N', 10, 2),
                        new DbfWriter.Column("L", 'L', 1, 0),
                        new DbfWriter.Column("DT", 'D', 8, 0),
                        new DbfWriter.Column("I", 'I', 4, 0),
                        new DbfWriter.Column("O", 'O', 8, 0),
                        new DbfWriter.Column("T", '@', 8, 0)),
                rows,
                fs,
                java.nio.charset.StandardCharsets.UTF_8,
                0,
                PrjCrs.WGS84_ESRI_WKT);
        return shp;
    }

    private Path lines() throws Exception {
        List<Feature> fs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            fs.add(new Feature(
                    i + 1,
                    TestFiles.GF.createLineString(new Coordinate[] {
                        new Coordinate(480000 + i, 4400000, 1),
                        new Coordinate(481000, 4401000 + i, 2),
                        new Coordinate(482000, 4400500, 3)
                    }),
                    new Object[] {(long) i}));
        }
        Path shp = dir.resolve("lines.shp");
        ShapefileWriter.write(
                shp,
                ShapeType.POLYLINE_Z,
                List.of(org.standoff.model.Field.of("N", org.standoff.model.FieldType.INTEGER)),
                fs,
                java.nio.charset.StandardCharsets.ISO_8859_1,
                org.standoff.geo.crs.PrjCrsTestValues.UTM13N);
        return shp;
    }
}
