package org.standoff.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.FieldType;
import org.standoff.model.Layer;

/**
 * Deterministic, seeded synthetic layers at national scale, for benchmarks and tests:
 * installation-like polygons (irregular outlines of 50–2,000 vertices, some multipart, some
 * with holes) and substation-like points scattered over the contiguous US box.
 *
 * <p>Plainly fictional: every name starts with "SYNTHETIC". The same seed always gives the
 * same data. Stateless and thread-safe.
 */
public final class SyntheticData {

    /** The contiguous US, lon/lat: where synthetic features fall. */
    public static final double[] CONUS = {-124.0, 25.5, -67.5, 48.8};

    private static final GeometryFactory GF = new GeometryFactory();

    private SyntheticData() {}

    /** {@code n} installation polygons. */
    public static Layer installations(int n, long seed) {
        Random r = new Random(seed);
        List<Field> fields = List.of(
                Field.of("NAME", FieldType.STRING),
                Field.of("COMPONENT", FieldType.STRING),
                Field.of("STATE", FieldType.STRING),
                Field.of("ACRES", FieldType.DOUBLE));
        String[] components = {"Army", "Navy", "Air Force", "Marine Corps", "Space Force"};
        List<Feature> features = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double cx = lerp(CONUS[0], CONUS[2], r.nextDouble());
            double cy = lerp(CONUS[1], CONUS[3], r.nextDouble());
            double radiusDeg = 0.01 + 0.15 * Math.pow(r.nextDouble(), 3);
            int vertices = 50 + (int) (1950 * Math.pow(r.nextDouble(), 2));
            Geometry g;
            if (r.nextDouble() < 0.1) {
                g = GF.createMultiPolygon(new Polygon[] {
                    blob(cx, cy, radiusDeg, vertices, r, false),
                    blob(cx + radiusDeg * 3, cy, radiusDeg / 2, Math.max(50, vertices / 3), r, false)
                });
            } else {
                g = blob(cx, cy, radiusDeg, vertices, r, r.nextDouble() < 0.1);
            }
            features.add(new Feature(i + 1, g, new Object[] {
                "SYNTHETIC Installation " + (i + 1),
                components[r.nextInt(components.length)],
                "XX",
                Math.round(g.getArea() * 2.5e6) * 1.0
            }));
        }
        return new Layer("SYNTHETIC installations", fields, features, null);
    }

    /** {@code n} substation points. */
    public static Layer substations(int n, long seed) {
        Random r = new Random(seed);
        List<Field> fields = List.of(
                Field.of("NAME", FieldType.STRING),
                Field.of("MAX_VOLT", FieldType.INTEGER),
                Field.of("OWNER", FieldType.STRING),
                Field.of("STATUS", FieldType.STRING));
        int[] volts = {69, 115, 138, 161, 230, 345, 500, 765};
        List<Feature> features = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x = lerp(CONUS[0], CONUS[2], r.nextDouble());
            double y = lerp(CONUS[1], CONUS[3], r.nextDouble());
            features.add(new Feature(i + 1, GF.createPoint(new Coordinate(x, y)), new Object[] {
                "SYNTHETIC Substation " + (i + 1),
                (long) volts[r.nextInt(volts.length)],
                "SYNTHETIC Utility " + (1 + r.nextInt(40)),
                "IN SERVICE"
            }));
        }
        return new Layer("SYNTHETIC substations", fields, features, null);
    }

    /** An irregular star-shaped outline, counter-clockwise, optionally with a hole. */
    private static Polygon blob(double cx, double cy, double radius, int vertices, Random r, boolean hole) {
        Coordinate[] shell = new Coordinate[vertices + 1];
        double wobble = 0.15 + 0.25 * r.nextDouble();
        double phase = r.nextDouble() * Math.PI * 2;
        for (int i = 0; i < vertices; i++) {
            double a = 2 * Math.PI * i / vertices;
            double rr = radius * (1 + wobble * Math.sin(3 * a + phase) * 0.8 + 0.05 * (r.nextDouble() - 0.5));
            shell[i] = new Coordinate(cx + rr * Math.cos(a) / Math.cos(Math.toRadians(cy)), cy + rr * Math.sin(a));
        }
        shell[vertices] = new Coordinate(shell[0]);
        LinearRing outer = GF.createLinearRing(shell);
        if (!hole) {
            return GF.createPolygon(outer);
        }
        double hr = radius * 0.25;
        Coordinate[] h = new Coordinate[13];
        for (int i = 0; i < 12; i++) {
            double a = -2 * Math.PI * i / 12;
            h[i] = new Coordinate(cx + hr * Math.cos(a) / Math.cos(Math.toRadians(cy)), cy + hr * Math.sin(a));
        }
        h[12] = new Coordinate(h[0]);
        return GF.createPolygon(outer, new LinearRing[] {GF.createLinearRing(h)});
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
