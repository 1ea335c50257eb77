package org.standoff.geo.crs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our reading of every {@code .prj} in the corpus, and our conversion of its test points to
 * WGS 84, against GDAL 3.6.2 / PROJ 9.1.1 ({@code gdaltransform}, values committed in
 * {@code prj/points.csv} by {@code prj/make-corpus.sh}; GDAL is not needed to run this).
 *
 * <p>Tolerance: 1 m where the operation is exact (a conversion, or no datum change), and the
 * operation's stated accuracy otherwise, since PROJ may choose another EPSG transformation of
 * the same datum pair. In practice SIS and PROJ choose the same EPSG operation for this corpus
 * and agree to a few centimetres.
 */
class PrjCorpusTest {

    private static final double METRES_PER_DEGREE = 111_320;

    /** Each file is parsed once: identification costs a few EPSG queries. */
    private static final java.util.Map<String, PrjCrs> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    static Stream<Arguments> points() throws IOException {
        try (InputStream in = PrjCorpusTest.class.getResourceAsStream("prj/points.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
            return lines.stream()
                    .map(l -> l.split(","))
                    .map(f -> Arguments.of(
                            f[0],
                            Double.parseDouble(f[1]),
                            Double.parseDouble(f[2]),
                            Double.parseDouble(f[3]),
                            Double.parseDouble(f[4])));
        }
    }

    static String prj(String file) throws IOException {
        try (InputStream in = PrjCorpusTest.class.getResourceAsStream("prj/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** Distance in metres between two nearby lon/lat points (equirectangular, ample for metres). */
    static double metres(double lon1, double lat1, double lon2, double lat2) {
        double dx = (lon1 - lon2) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        double dy = lat1 - lat2;
        return Math.hypot(dx, dy) * METRES_PER_DEGREE;
    }

    @ParameterizedTest(name = "{0} ({1}, {2})")
    @MethodSource("points")
    void agreesWithGdalWithinTheOperationsAccuracy(String file, double x, double y, double lon, double lat)
            throws Exception {
        PrjCrs crs = PARSED.get(file);
        if (crs == null) {
            crs = PrjCrs.parse(prj(file));
            PARSED.put(file, crs);
        }
        Reprojection r = crs.toWgs84(crs.areaOf(x, y, x, y).orElse(null));
        double[] p = {x, y};
        r.transformInPlace(p, 0, 1);
        DatumOperation op = r.operation();
        assertTrue(op.known(), file + ": " + op.name());
        double tolerance = Math.max(1, op.accuracyMetres());
        double error = metres(p[0], p[1], lon, lat);
        assertTrue(
                error <= tolerance,
                String.format(
                        java.util.Locale.ROOT,
                        "%s: %.3f m from GDAL (allowed %.1f m) via %s",
                        file,
                        error,
                        tolerance,
                        op.describe()));
    }
}
