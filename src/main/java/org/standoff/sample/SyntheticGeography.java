package org.standoff.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.standoff.geo.Geodesic;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.FieldType;
import org.standoff.model.Layer;
import org.standoff.model.MiningSite;

/**
 * Seeded synthetic substations and mining sites laid out the way the real ones are, for the
 * national benchmark set: substations gather around about 300 cities (a few large, most small:
 * city weights fall off as rank^-0.8, spreads of 3–30 km), while mining sites lie in about 120
 * rural districts away from the cities (10–80 km across), 15 % of them within a few kilometres of
 * an installation. So the nearest substation of a site is typically tens to hundreds of
 * kilometres away while substations stand a few hundred metres apart in the cities: the case in
 * which a search box grown until it holds a feature meets tens of thousands of them.
 *
 * <p>Plainly fictional: names start with "SYNTHETIC". Positions are placed with exact geodesic
 * destinations. The same seed gives the same data. Stateless and thread-safe.
 */
public final class SyntheticGeography {

    private static final GeometryFactory GF = new GeometryFactory();
    /** How many cities and districts. */
    public static final int CITIES = 300;

    public static final int DISTRICTS = 120;

    private SyntheticGeography() {}

    /** City centres over {@link SyntheticData#CONUS}, as lon/lat pairs, largest first. */
    public static List<double[]> cities(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<double[]> out = new ArrayList<>(CITIES);
        for (int i = 0; i < CITIES; i++) {
            out.add(uniform(r, SyntheticData.CONUS));
        }
        return out;
    }

    /** {@code n} substation points clustered around {@link #cities}. */
    public static Layer substations(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<double[]> cities = cities(seed);
        double[] cumulative = new double[cities.size()];
        double total = 0;
        for (int i = 0; i < cumulative.length; i++) {
            total += Math.pow(i + 1, -0.8);
            cumulative[i] = total;
        }
        List<Field> fields = List.of(
                Field.of("NAME", FieldType.STRING),
                Field.of("MAX_VOLT", FieldType.INTEGER),
                Field.of("OWNER", FieldType.STRING),
                Field.of("STATUS", FieldType.STRING));
        int[] volts = {69, 115, 138, 161, 230, 345, 500, 765};
        List<Feature> features = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int c = pick(cumulative, r.nextDouble() * total);
            double[] p = scatter(r, cities.get(c), Math.max(3_000, 30_000 * Math.pow(c + 1, -0.4)));
            features.add(new Feature(i + 1, GF.createPoint(new Coordinate(p[0], p[1])), new Object[] {
                "SYNTHETIC Substation " + (i + 1),
                (long) volts[r.nextInt(volts.length)],
                "SYNTHETIC Utility " + (1 + r.nextInt(40)),
                "IN SERVICE"
            }));
        }
        return new Layer("SYNTHETIC substations", fields, features, null);
    }

    /** {@code n} sites: 85 % in rural districts at least 60 km from any city centre, 15 % within 4 km of an installation's boundary. */
    public static List<MiningSite> sites(int n, long seed, List<double[]> cities, List<Geometry> installations) {
        SplittableRandom r = new SplittableRandom(seed);
        List<double[]> districts = new ArrayList<>(DISTRICTS);
        double[] spreads = new double[DISTRICTS];
        for (int d = 0; d < DISTRICTS; d++) {
            double[] best = null;
            double bestGap = -1;
            for (int attempt = 0; attempt < 50 && bestGap < 60_000; attempt++) {
                double[] c = uniform(r, SyntheticData.CONUS);
                double gap = nearestGap(c, cities);
                if (gap > bestGap) {
                    best = c;
                    bestGap = gap;
                }
            }
            districts.add(best);
            spreads[d] = 10_000 + 70_000 * r.nextDouble();
        }
        List<MiningSite> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] p;
            if (r.nextDouble() < 0.15 && !installations.isEmpty()) {
                Coordinate[] ring =
                        installations.get(r.nextInt(installations.size())).getCoordinates();
                Coordinate v = ring[r.nextInt(ring.length)];
                p = Geodesic.destination(v.x, v.y, 360 * r.nextDouble(), 4_000 * r.nextDouble());
            } else {
                int d = r.nextInt(DISTRICTS);
                p = scatter(r, districts.get(d), spreads[d] / 2);
            }
            out.add(MiningSite.at("SYNTHETIC Site " + (i + 1), p[0], p[1]).withId(i + 1));
        }
        return out;
    }

    /** A point about {@code centre}: uniform direction, distance half-normal with the given scale. */
    static double[] scatter(SplittableRandom r, double[] centre, double scaleMetres) {
        double u = Math.max(1e-12, r.nextDouble());
        double distance = scaleMetres * Math.sqrt(-2 * Math.log(u)) * Math.abs(Math.cos(2 * Math.PI * r.nextDouble()));
        return Geodesic.destination(centre[0], centre[1], 360 * r.nextDouble(), distance);
    }

    private static double nearestGap(double[] p, List<double[]> cities) {
        double best = Double.POSITIVE_INFINITY;
        for (double[] c : cities) {
            // An equirectangular estimate is enough to keep districts away from cities.
            double dx = (p[0] - c[0]) * Math.cos(Math.toRadians(p[1])) * 111_320;
            double dy = (p[1] - c[1]) * 110_574;
            best = Math.min(best, Math.hypot(dx, dy));
        }
        return best;
    }

    private static int pick(double[] cumulative, double x) {
        int i = java.util.Arrays.binarySearch(cumulative, x);
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }

    private static double[] uniform(SplittableRandom r, double[] box) {
        return new double[] {box[0] + (box[2] - box[0]) * r.nextDouble(), box[1] + (box[3] - box[1]) * r.nextDouble()};
    }
}
