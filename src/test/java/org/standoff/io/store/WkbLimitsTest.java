package org.standoff.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;

/** Crafted geometry blobs are refused with a message, never a StackOverflowError or OutOfMemoryError (issue #16, point 7). */
class WkbLimitsTest {

    private final GeoPackageGeometry codec = new GeoPackageGeometry(new GeometryFactory());

    /** A GeoPackage header with no envelope, then the WKB. */
    private static byte[] blob(byte[] wkb) {
        ByteBuffer b = ByteBuffer.allocate(8 + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G')
                .put((byte) 'P')
                .put((byte) 0)
                .put((byte) 1)
                .putInt(4326)
                .put(wkb);
        return b.array();
    }

    private static byte[] nestedCollections(int depth) {
        ByteBuffer b = ByteBuffer.allocate(depth * 9 + 21).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < depth; i++) {
            b.put((byte) 1).putInt(7).putInt(1);
        }
        b.put((byte) 1).putInt(1).putDouble(1).putDouble(2);
        return b.array();
    }

    @Test
    void aCollectionTwoHundredThousandDeepIsRefusedQuickly() {
        ParseException e = assertThrows(ParseException.class, () -> codec.decode(blob(nestedCollections(200_000))));
        assertTrue(e.getMessage().contains("nested more than"), e.getMessage());
    }

    @Test
    void shallowNestingStillReads() throws Exception {
        Geometry g = codec.decode(blob(nestedCollections(3)));
        assertEquals(1, g.getNumPoints());
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MAX_VALUE, -1, 1_000_000})
    void aLineClaimingMorePointsThanItHoldsIsRefused(int points) {
        ByteBuffer b = ByteBuffer.allocate(9 + 32).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 1)
                .putInt(2)
                .putInt(points)
                .putDouble(0)
                .putDouble(0)
                .putDouble(1)
                .putDouble(1);
        ParseException e = assertThrows(ParseException.class, () -> codec.decode(blob(b.array())));
        assertTrue(e.getMessage().contains("declares"), e.getMessage());
    }

    @Test
    void everythingTheEncoderWritesPassesTheCheck() throws Exception {
        for (String wkt : new String[] {
            "POINT (1 2)",
            "LINESTRING (0 0, 1 1)",
            "POLYGON ((0 0, 1 0, 1 1, 0 0), (0.2 0.1, 0.8 0.1, 0.8 0.7, 0.2 0.1))",
            "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
            "GEOMETRYCOLLECTION (POINT (1 1), LINESTRING (0 0, 2 2))"
        }) {
            Geometry g = ProjectFixtures.wkt(wkt);
            assertTrue(g.equalsExact(codec.decode(GeoPackageGeometry.encode(g, 4326))), wkt);
        }
    }
}
