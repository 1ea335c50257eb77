package org.standoff.io.shapefile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.FieldType;

/**
 * Read throughput on a HIFLD-like 70,000-point substation file and an 800-polygon file, warm,
 * in-process, optionally compared with {@code ogrinfo -al -q} on the same files. Not a JUnit
 * test (surefire skips *Benchmark). Run, after {@code mvn -o -q test-compile} and
 * {@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.standoff.io.shapefile.ShapefileReadBenchmark</pre>
 * Add {@code -Dstandoff.fuzz.iterations=N} style properties? No: this only takes an optional
 * directory argument for the generated files (default: a temp directory).
 */
public final class ShapefileReadBenchmark {

    private static final GeometryFactory GF = new GeometryFactory();

    private ShapefileReadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("standoff-bench");
        Files.createDirectories(dir);
        Path points = writePoints(dir.resolve("substations.shp"), 70_000);
        Path polygons = writePolygons(dir.resolve("areas.shp"), 800);
        for (Path shp : List.of(points, polygons)) {
            long bytes = Files.size(shp) + Files.size(ShapefileFiles.sibling(shp, "dbf"));
            int features = 0;
            for (int i = 0; i < 5; i++) { // warm-up
                features = ShapefileReader.read(shp).features().size();
            }
            int runs = 10;
            long best = Long.MAX_VALUE;
            long total = 0;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                ShapefileReader.read(shp);
                long t = System.nanoTime() - t0;
                best = Math.min(best, t);
                total += t;
            }
            double mean = total / (double) runs / 1e9;
            System.out.printf(
                    "%s: %d features, %.1f MB (.shp+.dbf); mean %.1f ms, best %.1f ms; %.0f features/s, %.0f MB/s (mean)%n",
                    shp.getFileName(),
                    features,
                    bytes / 1e6,
                    mean * 1e3,
                    best / 1e6,
                    features / mean,
                    bytes / 1e6 / mean);
            ogrinfo(shp, mean);
        }
    }

    private static void ogrinfo(Path shp, double ourSeconds) throws IOException, InterruptedException {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            ProcessBuilder pb = new ProcessBuilder("ogrinfo", "-ro", "-al", "-q", shp.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            long t0 = System.nanoTime();
            Process p;
            try {
                p = pb.start();
            } catch (IOException e) {
                System.out.println("  ogrinfo not available: " + e.getMessage());
                return;
            }
            if (p.waitFor() != 0) {
                System.out.println("  ogrinfo failed");
                return;
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf(
                "  ogrinfo -ro -al -q (whole process, best of 4, prints every feature to /dev/null): %.1f ms; ogrinfo/standoff = %.2f%n",
                best * 1e3, best / ourSeconds);
    }

    private static Path writePoints(Path shp, int n) throws ShapefileException {
        Random r = new Random(1);
        List<Field> fields = List.of(
                new Field("NAME", FieldType.STRING, 60, 0),
                new Field("CITY", FieldType.STRING, 30, 0),
                new Field("STATE", FieldType.STRING, 2, 0),
                new Field("TYPE", FieldType.STRING, 20, 0),
                new Field("STATUS", FieldType.STRING, 12, 0),
                new Field("MAX_VOLT", FieldType.DOUBLE, 12, 2),
                new Field("MIN_VOLT", FieldType.DOUBLE, 12, 2),
                new Field("LINES", FieldType.INTEGER, 6, 0));
        String[] types = {"SUBSTATION", "TAP", "SWITCHING", "RISER", "DEAD END"};
        List<Feature> features = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Coordinate c = new Coordinate(-125 + 58 * r.nextDouble(), 25 + 24 * r.nextDouble());
            features.add(new Feature(i + 1, GF.createPoint(c), new Object[] {
                "SUBSTATION " + i + " " + Long.toHexString(r.nextLong()),
                "CITY" + r.nextInt(5000),
                "CO",
                types[r.nextInt(types.length)],
                "IN SERVICE",
                (double) (69 + r.nextInt(700)),
                (double) r.nextInt(69),
                (long) r.nextInt(12)
            }));
        }
        ShapefileWriter.write(
                shp,
                ShapeType.POINT,
                fields,
                features,
                StandardCharsets.UTF_8,
                org.standoff.geo.crs.PrjCrs.WGS84_ESRI_WKT);
        return shp;
    }

    private static Path writePolygons(Path shp, int n) throws ShapefileException {
        Random r = new Random(2);
        List<Field> fields = List.of(
                new Field("NAME", FieldType.STRING, 80, 0),
                new Field("KIND", FieldType.STRING, 20, 0),
                new Field("AREA_KM2", FieldType.DOUBLE, 16, 4));
        List<Feature> features = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double cx = -120 + 50 * r.nextDouble();
            double cy = 28 + 18 * r.nextDouble();
            int vertices = 50 + r.nextInt(1950);
            Polygon main = blob(cx, cy, 0.2, vertices, r, i % 4 == 0);
            Polygon result = main;
            if (i % 5 == 0) { // multipart
                Polygon second = blob(cx + 0.6, cy, 0.1, 50 + r.nextInt(300), r, false);
                features.add(new Feature(i + 1, GF.createMultiPolygon(new Polygon[] {main, second}), new Object[] {
                    "Installation " + i, "MULTI", main.getArea()
                }));
                continue;
            }
            features.add(new Feature(i + 1, result, new Object[] {"Installation " + i, "SINGLE", main.getArea()}));
        }
        ShapefileWriter.write(
                shp,
                ShapeType.POLYGON,
                fields,
                features,
                StandardCharsets.UTF_8,
                org.standoff.geo.crs.PrjCrs.WGS84_ESRI_WKT);
        return shp;
    }

    /** A star-shaped ring with noise, optionally with a small hole at its centre. */
    private static Polygon blob(double cx, double cy, double radius, int vertices, Random r, boolean hole) {
        Coordinate[] c = new Coordinate[vertices + 1];
        for (int k = 0; k < vertices; k++) {
            double a = 2 * Math.PI * k / vertices;
            double rad = radius * (0.8 + 0.2 * r.nextDouble());
            c[k] = new Coordinate(cx + rad * Math.cos(a), cy + rad * Math.sin(a));
        }
        c[vertices] = c[0];
        LinearRing[] holes = new LinearRing[0];
        if (hole) {
            double h = radius * 0.2;
            holes = new LinearRing[] {
                GF.createLinearRing(new Coordinate[] {
                    new Coordinate(cx - h, cy - h),
                    new Coordinate(cx + h, cy - h),
                    new Coordinate(cx + h, cy + h),
                    new Coordinate(cx - h, cy + h),
                    new Coordinate(cx - h, cy - h)
                })
            };
        }
        return GF.createPolygon(GF.createLinearRing(c), holes);
    }
}
