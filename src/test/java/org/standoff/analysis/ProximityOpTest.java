package org.standoff.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProximityOpTest {

    @Test
    void everySiteGetsEachIndexsNearestInSiteOrder() {
        RandomFeatures gen = RandomFeatures.conus(41);
        FeatureIndex polygons = FeatureIndex.of(gen.polygons(30, 5, 50));
        FeatureIndex points = FeatureIndex.of(gen.points(500));
        FeatureIndex empty = FeatureIndex.of(List.of());
        List<Site> sites = RandomFeatures.conus(42).sites(1000);
        AtomicLong last = new AtomicLong();
        List<SiteProximity> result = new ProximityOp(new ProximityParameters(2, 64))
                .run(sites, List.of(polygons, points, empty), (done, total) -> last.accumulateAndGet(done, Math::max));
        assertEquals(1000, result.size());
        assertEquals(1000, last.get());
        for (int i = 0; i < sites.size(); i++) {
            Site s = sites.get(i);
            SiteProximity r = result.get(i);
            assertEquals(s, r.site());
            assertEquals(polygons.nearest(s.lon(), s.lat()), r.nearest().get(0));
            assertEquals(points.nearest(s.lon(), s.lat()), r.nearest().get(1));
            assertTrue(r.nearest().get(2).isEmpty());
        }
    }

    @Test
    void cancellingStopsTheRunWithACancellationException() {
        FeatureIndex points = FeatureIndex.of(RandomFeatures.conus(43).points(100));
        List<Site> sites = RandomFeatures.conus(44).sites(5000);
        AtomicLong done = new AtomicLong();
        ProgressListener cancelAfterFirstBatch = new ProgressListener() {
            @Override
            public void progress(long d, long total) {
                done.set(d);
            }

            @Override
            public boolean isCancelled() {
                return done.get() > 0;
            }
        };
        assertThrows(
                CancellationException.class,
                () -> new ProximityOp(new ProximityParameters(1, 10))
                        .run(sites, List.of(points), cancelAfterFirstBatch));
        assertTrue(done.get() < 5000);
    }

    @Test
    void noSitesGiveNoResults() {
        assertEquals(
                List.of(),
                new ProximityOp(ProximityParameters.defaults()).run(List.of(), List.of(), ProgressListener.NONE));
    }
}
