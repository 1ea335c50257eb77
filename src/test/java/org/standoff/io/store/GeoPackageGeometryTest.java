package org.standoff.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GeoPackageGeometryTest {

    private final GeoPackageGeometry codec = new GeoPackageGeometry(new GeometryFactory());

    @Test
    void roundTripsAPolygonWithAHole() throws Exception {
        Geometry g = new WKTReader()
                .read(
                        "POLYGON ((-105 41, -104 41, -104 42, -105 42, -105 41), (-104.8 41.2, -104.2 41.2, -104.5 41.8, -104.8 41.2))");
        byte[] blob = GeoPackageGeometry.encode(g, 4326);
        assertEquals('G', blob[0]);
        assertEquals('P', blob[1]);
        assertEquals(0x03, blob[3], "little-endian with an XY envelope");
        assertTrue(g.equalsExact(codec.decode(blob)));
    }

    @Test
    void encodesEmptyGeometriesWithTheEmptyFlagAndNoEnvelope() throws Exception {
        Geometry empty = new GeometryFactory().createPoint();
        byte[] blob = GeoPackageGeometry.encode(empty, 4326);
        assertEquals(0x11, blob[3]);
        assertTrue(codec.decode(blob).isEmpty());
    }

    @Test
    void decodesNullAsEmpty() throws Exception {
        assertTrue(codec.decode(null).isEmpty());
    }

    @Test
    void rejectsBlobsThatAreNotGeoPackageGeometry() {
        assertThrows(ParseException.class, () -> codec.decode(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}));
        byte[] truncated = {'G', 'P', 0, 0x03, 0, 0, 0, 0, 1, 2};
        assertThrows(ParseException.class, () -> codec.decode(truncated));
    }
}
