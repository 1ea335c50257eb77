package org.standoff.geo.buffer;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.ref.Reference;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class PreparedRingTest {

    private static LinearRing shell(String wkt) throws ParseException {
        return ((Polygon) new WKTReader().read(wkt)).getExteriorRing();
    }

    @Test
    void aRingIsPreparedOnceAndServedAgainOnlyForTheSameCoordinates() throws ParseException {
        LinearRing ring = shell("POLYGON ((-104.9 41.1, -104.8 41.1, -104.8 41.2, -104.9 41.2, -104.9 41.1))");
        PreparedRing first = PreparedRing.of(ring);
        assertSame(first, PreparedRing.of(ring), "the same ring again");
        assertSame(first, PreparedRing.of((LinearRing) ring.copy()), "an equal copy");
        LinearRing moved = shell("POLYGON ((-104.9 41.1, -104.8 41.1, -104.8 41.25, -104.9 41.2, -104.9 41.1))");
        assertNotSame(first, PreparedRing.of(moved), "one vertex moved");
        // the kept preparation lives only as long as its ring: keep the ring alive to here
        Reference.reachabilityFence(ring);
    }

    @Test
    void aRingTheFastPathCannotTakeStaysDeclinedWhenAskedAgain() throws ParseException {
        // 30 degrees of longitude: wider than the conformal sphere is trusted over
        LinearRing wide = shell("POLYGON ((-120 40, -90 40, -90 41, -120 41, -120 40))");
        assertNull(PreparedRing.of(wide));
        assertNull(PreparedRing.of(wide));
    }
}
