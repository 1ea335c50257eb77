package org.standoff.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.standoff.geo.distance.GeodesicDistance;
import org.standoff.model.Feature;

/** FeatureIndex against a brute-force scan with GeodesicDistance over every feature. */
class FeatureIndexTest {

    static Optional<Nearest> bruteNearest(List<Feature> features, double lon, double lat) {
        Nearest best = null;
        for (int i = 0; i < features.size(); i++) {
            double d =
                    GeodesicDistance.pointToGeometry(lon, lat, features.get(i).geometry());
            if (d != Double.POSITIVE_INFINITY && (best == null || d < best.distanceMetres())) {
                best = new Nearest(i, features.get(i).id(), d, Double.NaN, Double.NaN);
            }
        }
        return Optional.ofNullable(best);
    }

    static void assertSameNearest(Optional<Nearest> expected, Optional<Nearest> actual, String where) {
        assertEquals(expected.isPresent(), actual.isPresent(), where);
        expected.ifPresent(e -> {
            assertEquals(e.featureIndex(), actual.get().featureIndex(), where);
            assertEquals(e.featureId(), actual.get().featureId(), where);
            assertEquals(e.distanceMetres(), actual.get().distanceMetres(), 1e-9, where);
        });
    }

    static Feature feature(long id, String wkt) {
        try {
            return new Feature(id, new WKTReader().read(wkt), new Object[0]);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }

    @Test
    void nearestAgreesWithBruteForceOnRandomPolygonsAndPoints() {
        RandomFeatures gen = RandomFeatures.conus(7);
        List<Feature> features = new ArrayList<>(gen.polygons(60, 5, 120));
        features.addAll(gen.points(300));
        FeatureIndex index = FeatureIndex.of(features);
        RandomFeatures queries = RandomFeatures.conus(8);
        for (int q = 0; q < 300; q++) {
            double[] p = queries.lonLat();
            assertSameNearest(bruteNearest(features, p[0], p[1]), index.nearest(p[0], p[1]), "query " + q);
        }
    }

    @Test
    void nearestFindsSparseFeaturesFarAwayAndAcrossTheAntimeridian() {
        RandomFeatures gen = new RandomFeatures(11, 170, -170, 50, 72);
        List<Feature> features = gen.polygons(8, 5, 40);
        FeatureIndex index = FeatureIndex.of(features);
        RandomFeatures queries = new RandomFeatures(12, 160, -150, 40, 80);
        for (int q = 0; q < 100; q++) {
            double[] p = queries.lonLat();
            assertSameNearest(bruteNearest(features, p[0], p[1]), index.nearest(p[0], p[1]), "query " + q);
        }
        // From the other side of the globe the whole world must be searched.
        assertSameNearest(bruteNearest(features, 0, -60), index.nearest(0, -60), "antipodal");
    }

    @Test
    void tiesGoToTheFeatureEarliestInTheLayer() {
        List<Feature> features = List.of(
                feature(1, "POINT(-100 40)"),
                feature(2, "POLYGON((-99 40,-98 40,-98 41,-99 41,-99 40))"),
                feature(3, "POLYGON((-99 40,-98 40,-98 41,-99 41,-99 40))"),
                feature(4, "POINT(-100 40)"));
        FeatureIndex index = FeatureIndex.of(features);
        assertEquals(1, index.nearest(-98.5, 40.5).orElseThrow().featureIndex());
        assertEquals(0, index.nearest(-100.5, 40).orElseThrow().featureIndex());
    }

    @Test
    void pointInsidePolygonIsAtZeroWithItselfAsNearestPoint() {
        FeatureIndex index = FeatureIndex.of(List.of(feature(9, "POLYGON((-105 41,-104 41,-104 42,-105 42,-105 41))")));
        assertEquals(
                new Nearest(0, 9, 0, -104.5, 41.5), index.nearest(-104.5, 41.5).orElseThrow());
    }

    @Test
    void emptyLayersAndEmptyGeometriesFindNothing() {
        assertTrue(FeatureIndex.of(List.of()).nearest(0, 0).isEmpty());
        FeatureIndex onlyEmpty = FeatureIndex.of(List.of(feature(1, "POLYGON EMPTY"), feature(2, "POINT EMPTY")));
        assertTrue(onlyEmpty.nearest(10, 10).isEmpty());
        assertEquals(2, onlyEmpty.size());
    }
}
