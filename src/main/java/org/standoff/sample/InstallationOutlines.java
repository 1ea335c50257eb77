package org.standoff.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.standoff.geo.Geodesic;

/**
 * Seeded synthetic installation boundaries shaped like real ones, for benchmarks and tests:
 * a coarse outline of 4 to 24 corners, 0.8 to 25 km across (log-uniform), whose sides are
 * either surveyed property lines (straight, often carrying collinear vertices every 100–400 m,
 * as digitised boundaries do) or natural boundaries following a river or ridge (recursive
 * midpoint displacement down to 15–60 m). About 8 % are multipart (a detached parcel nearby) and
 * 3 % have an inholding (a hole). Vertex counts come out between about 20 and 3,000.
 *
 * <p>Placed with exact geodesic destinations from each centre, so the shapes are true to size
 * at any latitude. Every returned polygon is valid; a candidate that self-intersects is drawn
 * again with calmer sides. The same seed always gives the same outlines. Stateless and
 * thread-safe.
 */
public final class InstallationOutlines {

    private static final GeometryFactory GF = new GeometryFactory();

    private InstallationOutlines() {}

    /** {@code n} outlines with centres uniform in the lon/lat box {west, south, east, north}. */
    public static List<Geometry> generate(int n, long seed, double[] box) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Geometry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double lon = box[0] + (box[2] - box[0]) * r.nextDouble();
            double lat = box[1] + (box[3] - box[1]) * r.nextDouble();
            double size = Math.exp(Math.log(400) + (Math.log(12_500) - Math.log(400)) * r.nextDouble());
            Polygon main = outline(lon, lat, size, r, r.nextDouble() < 0.03);
            double u = r.nextDouble();
            if (u < 0.08) {
                double[] c = Geodesic.destination(lon, lat, 360 * r.nextDouble(), size * (2.2 + 2 * r.nextDouble()));
                Polygon parcel = outline(c[0], c[1], size * (0.15 + 0.3 * r.nextDouble()), r, false);
                Geometry both = GF.createMultiPolygon(new Polygon[] {main, parcel});
                out.add(both.isValid() ? both : main);
            } else {
                out.add(main);
            }
        }
        return out;
    }

    /** One outline of about {@code size} metres radius about (lon, lat). */
    private static Polygon outline(double lon, double lat, double size, SplittableRandom r, boolean hole) {
        for (double calm = 1; ; calm /= 2) {
            Polygon p = attempt(lon, lat, size, r, calm, hole);
            if (p != null && p.isValid()) {
                return p;
            }
        }
    }

    private static Polygon attempt(double lon, double lat, double size, SplittableRandom r, double calm, boolean hole) {
        int corners = 4 + r.nextInt(21);
        double[] ax = new double[corners];
        double[] ay = new double[corners];
        double phase = r.nextDouble() * 2 * Math.PI;
        for (int k = 0; k < corners; k++) {
            double a = phase + 2 * Math.PI * (k + 0.7 * r.nextDouble()) / corners;
            double rr = size * (0.45 + 0.55 * r.nextDouble());
            ax[k] = rr * Math.cos(a);
            ay[k] = rr * Math.sin(a);
        }
        List<double[]> pts = new ArrayList<>();
        for (int k = 0; k < corners; k++) {
            double x1 = ax[k];
            double y1 = ay[k];
            double x2 = ax[(k + 1) % corners];
            double y2 = ay[(k + 1) % corners];
            pts.add(new double[] {x1, y1});
            double len = Math.hypot(x2 - x1, y2 - y1);
            if (r.nextDouble() < 0.55) {
                if (r.nextDouble() < 0.6) {
                    int m = (int) (len / (100 + 300 * r.nextDouble()));
                    for (int s = 1; s < m; s++) {
                        pts.add(new double[] {x1 + (x2 - x1) * s / m, y1 + (y2 - y1) * s / m});
                    }
                }
            } else {
                double spacing = 15 + 45 * r.nextDouble();
                meander(pts, x1, y1, x2, y2, 0.18 * calm, spacing, r);
            }
        }
        Coordinate[] shell = new Coordinate[pts.size() + 1];
        for (int i = 0; i < pts.size(); i++) {
            shell[i] = place(lon, lat, pts.get(i)[0], pts.get(i)[1]);
        }
        shell[pts.size()] = new Coordinate(shell[0]);
        if (shell.length < 4) {
            return null;
        }
        LinearRing outer = GF.createLinearRing(shell);
        if (!hole) {
            return GF.createPolygon(outer);
        }
        double hr = size * 0.12;
        Coordinate[] h = new Coordinate[9];
        for (int k = 0; k < 8; k++) {
            double a = -2 * Math.PI * k / 8;
            h[k] = place(lon, lat, hr * Math.cos(a), hr * Math.sin(a));
        }
        h[8] = new Coordinate(h[0]);
        return GF.createPolygon(outer, new LinearRing[] {GF.createLinearRing(h)});
    }

    /** Midpoint displacement from (x1, y1) (excluded) to (x2, y2) (excluded), perpendicular, decaying by half each level. */
    private static void meander(
            List<double[]> pts,
            double x1,
            double y1,
            double x2,
            double y2,
            double amplitude,
            double spacing,
            SplittableRandom r) {
        double len = Math.hypot(x2 - x1, y2 - y1);
        if (len < spacing) {
            return;
        }
        double off = (r.nextDouble() * 2 - 1) * amplitude * len;
        double mx = (x1 + x2) / 2 - off * (y2 - y1) / len;
        double my = (y1 + y2) / 2 + off * (x2 - x1) / len;
        meander(pts, x1, y1, mx, my, amplitude * 0.9, spacing, r);
        pts.add(new double[] {mx, my});
        meander(pts, mx, my, x2, y2, amplitude * 0.9, spacing, r);
    }

    private static Coordinate place(double lon, double lat, double east, double north) {
        double[] p = Geodesic.destination(lon, lat, Math.toDegrees(Math.atan2(east, north)), Math.hypot(east, north));
        return new Coordinate(lon + ((p[0] - lon + 540) % 360 - 180), p[1]);
    }
}
