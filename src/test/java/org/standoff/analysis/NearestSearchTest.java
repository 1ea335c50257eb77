package org.standoff.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.standoff.geo.Geodesic;
import org.standoff.geo.distance.NearestPoint;
import org.standoff.geo.distance.PreparedGeodesicGeometry;
import org.standoff.model.Feature;

/**
 * The best-first search of {@link FeatureIndex#nearest} against brute force (the exact distance
 * to every feature, prepared once), on random layers and on the layouts that defeat a growing
 * search box: clusters far from the query, the antimeridian, high latitudes, outlines of
 * thousands of vertices, points inside polygons and in their holes, and the sliver between a
 * straight lon/lat edge and its geodesic.
 */
class NearestSearchTest {

    /** The feature at the least exact distance, the earliest among equals; null for none. */
    static Nearest brute(List<PreparedGeodesicGeometry> prepared, List<Feature> features, double lon, double lat) {
        Nearest best = null;
        for (int i = 0; i < prepared.size(); i++) {
            NearestPoint n = prepared.get(i).nearest(lon, lat).orElse(null);
            if (n != null && (best == null || n.distanceMetres() < best.distanceMetres())) {
                best = new Nearest(i, features.get(i).id(), n.distanceMetres(), n.lon(), n.lat());
            }
        }
        return best;
    }

    static void assertAgreesWithBruteForce(List<Feature> features, List<double[]> queries) {
        FeatureIndex index = FeatureIndex.of(features);
        List<PreparedGeodesicGeometry> prepared = features.stream()
                .map(f -> PreparedGeodesicGeometry.of(f.geometry()))
                .toList();
        for (int q = 0; q < queries.size(); q++) {
            double[] p = queries.get(q);
            String where = "query " + q + " at " + p[0] + ", " + p[1];
            Nearest expected = brute(prepared, features, p[0], p[1]);
            Nearest actual = index.nearest(p[0], p[1]).orElse(null);
            assertEquals(expected == null, actual == null, where);
            if (expected != null) {
                assertEquals(expected.featureIndex(), actual.featureIndex(), where);
                assertEquals(expected.distanceMetres(), actual.distanceMetres(), 0.0, where);
                double toFoot = Geodesic.distance(p[0], p[1], actual.nearestLon(), actual.nearestLat());
                assertEquals(
                        actual.distanceMetres(), toFoot, 1e-6 + 1e-9 * toFoot, where + ": the foot is at the distance");
            }
        }
    }

    static List<double[]> queries(RandomFeatures gen, int n) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(gen.lonLat());
        }
        return out;
    }

    @Test
    void randomPolygonsAndPointsOverTheUnitedStates() {
        RandomFeatures gen = RandomFeatures.conus(101);
        List<Feature> features = new ArrayList<>(gen.polygons(80, 4, 200));
        features.addAll(gen.points(500));
        assertAgreesWithBruteForce(features, queries(RandomFeatures.conus(102), 400));
    }

    @Test
    void aLayerLargeEnoughToBeBuiltInParallelAgreesWithBruteForce() {
        // over ElementTree.PARALLEL_ELEMENTS elements: prepared, boxed, sorted and packed on the pool
        RandomFeatures gen = RandomFeatures.conus(108);
        List<Feature> features = new ArrayList<>(gen.points(24_000));
        features.addAll(gen.polygons(40, 50, 400));
        int elements = features.stream()
                .mapToInt(f -> PreparedGeodesicGeometry.of(f.geometry()).elementCount())
                .sum();
        org.junit.jupiter.api.Assertions.assertTrue(elements >= ElementTree.PARALLEL_ELEMENTS, elements + " elements");
        assertAgreesWithBruteForce(features, queries(RandomFeatures.conus(109), 40));
    }

    @Test
    void detailedOutlinesFarFromEveryQueryAgreeWithBruteForce() {
        // few outlines of thousands of short edges, queries 150 km to 3,000 km away: the first-order bound's case
        RandomFeatures cluster = new RandomFeatures(110, -80.5, -79.5, 37.0, 37.8);
        List<Feature> features = new ArrayList<>(cluster.polygons(3, 3000, 5000));
        features.addAll(cluster.points(300));
        List<double[]> far = new ArrayList<>();
        far.addAll(queries(new RandomFeatures(111, -82.5, -81.5, 37.0, 38.0), 10));
        far.addAll(queries(new RandomFeatures(112, -115, -100, 30, 45), 15));
        far.addAll(queries(new RandomFeatures(113, -160, -150, 55, 65), 5));
        assertAgreesWithBruteForce(features, far);
    }

    @Test
    void clusteredFeaturesFarFromEveryQuery() {
        // 1,500 points and 20 outlines within 30 km of Denver; queries 300 to 4,000 km away.
        RandomFeatures cluster = new RandomFeatures(103, -105.2, -104.8, 39.6, 39.9);
        List<Feature> features = new ArrayList<>(cluster.points(1500));
        features.addAll(cluster.polygons(20, 50, 400));
        List<double[]> far = new ArrayList<>();
        far.addAll(queries(new RandomFeatures(104, -80, -67, 25, 47), 60));
        far.addAll(queries(new RandomFeatures(105, -124, -118, 30, 48), 60));
        far.add(new double[] {-105, 10});
        far.add(new double[] {75, -39.75}); // near the antipode
        assertAgreesWithBruteForce(features, far);
    }

    @Test
    void featuresAndQueriesAcrossTheAntimeridian() {
        RandomFeatures gen = new RandomFeatures(106, 172, -165, 45, 60);
        List<Feature> features = new ArrayList<>(gen.polygons(30, 5, 80)); // some run past 180
        features.addAll(gen.points(200));
        features.add(FeatureIndexTest.feature(9001, "POLYGON((179.5 51,180 51,180 52,179.5 52,179.5 51))"));
        features.add(FeatureIndexTest.feature(9002, "POLYGON((-180 51,-179.5 51,-179.5 52,-180 52,-180 51))"));
        List<double[]> q = queries(new RandomFeatures(107, 140, -150, 10, 66), 150); // Guam to the Aleutians
        q.add(new double[] {180, 51.5});
        q.add(new double[] {-180, 51.5});
        q.add(new double[] {179.9999, 51.2});
        q.add(new double[] {144.79, 13.44}); // Guam
        assertAgreesWithBruteForce(features, q);
    }

    @Test
    void highLatitudesUpToThePole() {
        RandomFeatures gen = new RandomFeatures(108, -180, 180, 80, 89.5);
        List<Feature> features = new ArrayList<>(gen.points(300));
        features.addAll(gen.polygons(10, 5, 40));
        List<double[]> q = queries(new RandomFeatures(109, -180, 180, 70, 90), 150);
        q.add(new double[] {0, 90});
        q.add(new double[] {123, -90});
        assertAgreesWithBruteForce(features, q);
    }

    @Test
    void outlinesOfThousandsOfVerticesNearAndFar() {
        RandomFeatures gen = new RandomFeatures(110, -100, -98, 38, 40);
        List<Feature> features = gen.polygons(3, 3000, 5000);
        List<double[]> q = queries(new RandomFeatures(111, -101, -97, 37, 41), 80); // inside, near and between
        q.addAll(queries(new RandomFeatures(112, -90, -70, 30, 45), 20)); // 800 to 2,500 km away
        assertAgreesWithBruteForce(features, q);
    }

    @Test
    void pointsInsidePolygonsAndTheirHolesAndOnTheirBoundaries() {
        List<Feature> features = List.of(
                FeatureIndexTest.feature(1, "POINT(-104.5 41.5)"),
                FeatureIndexTest.feature(
                        2,
                        "POLYGON((-105 41,-104 41,-104 42,-105 42,-105 41),(-104.8 41.2,-104.2 41.2,-104.2 41.8,-104.8 41.8,-104.8 41.2))"),
                FeatureIndexTest.feature(3, "POLYGON((-110 30,-90 30,-90 45,-110 45,-110 30))"),
                FeatureIndexTest.feature(
                        4,
                        "MULTIPOLYGON(((-100 35,-99 35,-99 36,-100 36,-100 35)),((-98 35,-97 35,-97 36,-98 36,-98 35)))"));
        List<double[]> q = new ArrayList<>(queries(new RandomFeatures(113, -112, -88, 28, 47), 200));
        q.add(new double[] {-104.5, 41.5}); // in the hole, on the point
        q.add(new double[] {-104.9, 41.5}); // in the ring between shell and hole
        q.add(new double[] {-105, 41.5}); // on the shell
        q.add(new double[] {-99.5, 35.5});
        q.add(new double[] {-110, 37}); // on the big polygon's edge
        assertAgreesWithBruteForce(features, q);
        assertEquals(
                0, FeatureIndex.of(features).nearest(-100, 40).orElseThrow().distanceMetres());
    }

    @Test
    void pointInTheSliverBetweenAStraightEdgeAndItsGeodesicIsInside() {
        // The geodesic edge from (-120, 45) to (-80, 45) runs well north of latitude 45.
        Feature wide = FeatureIndexTest.feature(7, "POLYGON((-120 40,-80 40,-80 45,-120 45,-120 40))");
        double[] onGeodesic = Geodesic.destination(
                -120, 45, Geodesic.azimuth(-120, 45, -80, 45), Geodesic.distance(-120, 45, -80, 45) / 2);
        assertTrue(onGeodesic[1] > 46, "the geodesic bulges north");
        List<double[]> q = List.of(
                new double[] {-100, 45.5},
                new double[] {-100, onGeodesic[1] - 0.001},
                new double[] {-100, onGeodesic[1] + 0.001},
                new double[] {-100, 44.9});
        assertAgreesWithBruteForce(List.of(wide), q);
        assertEquals(
                0,
                FeatureIndex.of(List.of(wide))
                        .nearest(-100, onGeodesic[1] - 0.001)
                        .orElseThrow()
                        .distanceMetres());
    }

    @Test
    void duplicatePointsTieToTheEarliest() {
        SplittableRandom r = new SplittableRandom(114);
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            double lon = -100 + r.nextDouble();
            double lat = 40 + r.nextDouble();
            for (int copy = 0; copy < 3; copy++) {
                features.add(new Feature(
                        i * 10 + copy, RandomFeatures.FACTORY.createPoint(new Coordinate(lon, lat)), new Object[0]));
            }
        }
        assertAgreesWithBruteForce(features, queries(new RandomFeatures(115, -101, -98, 39, 42), 200));
    }
}
