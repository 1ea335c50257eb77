package org.standoff.io.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.SQLException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.sqlite.Function;

/**
 * The SQL functions that the GeoPackage R-tree triggers call ({@code ST_IsEmpty},
 * {@code ST_MinX}, {@code ST_MaxX}, {@code ST_MinY}, {@code ST_MaxY}; GeoPackage 1.3 annex
 * F.3), registered on one of Standoff's connections. GDAL provides them; plain SQLite does
 * not, so without them any insert into a table that GDAL or QGIS gave a spatial index fails
 * with "no such function". With them, Standoff can write to a file whose tables carry other
 * programs' triggers and keep their indexes right.
 *
 * <p>Each function takes a GeoPackage geometry blob and reads the envelope from its header when
 * it has one, decoding the WKB only otherwise. A NULL or malformed blob gives NULL (and, for
 * {@code ST_IsEmpty}, true for NULL), as GDAL's do. Stateless; the registered functions are
 * used by the one connection's thread.
 */
final class GeoPackageFunctions {

    private GeoPackageFunctions() {}

    static void register(Connection c) throws SQLException {
        Function.create(c, "ST_IsEmpty", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                byte[] blob = value_blob(0);
                if (blob == null) {
                    result();
                    return;
                }
                result(blob.length >= 4 && (blob[3] & 0x10) != 0 || envelope(blob) == null ? 1 : 0);
            }
        });
        bound(c, "ST_MinX", 0);
        bound(c, "ST_MaxX", 1);
        bound(c, "ST_MinY", 2);
        bound(c, "ST_MaxY", 3);
    }

    private static void bound(Connection c, String name, int which) throws SQLException {
        Function.create(c, name, new Function() {
            @Override
            protected void xFunc() throws SQLException {
                Envelope e = envelope(value_blob(0));
                if (e == null) {
                    result();
                    return;
                }
                result(
                        switch (which) {
                            case 0 -> e.getMinX();
                            case 1 -> e.getMaxX();
                            case 2 -> e.getMinY();
                            default -> e.getMaxY();
                        });
            }
        });
    }

    /** The blob's envelope; null for a null, empty or malformed blob. */
    static Envelope envelope(byte[] blob) {
        if (blob == null || blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            return null;
        }
        int flags = blob[3] & 0xFF;
        int kind = (flags >> 1) & 0x07;
        if (kind >= 1 && kind <= 4 && blob.length >= 40) {
            ByteBuffer b = ByteBuffer.wrap(blob, 8, 32)
                    .order((flags & 1) != 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            double minX = b.getDouble();
            double maxX = b.getDouble();
            double minY = b.getDouble();
            double maxY = b.getDouble();
            return new Envelope(minX, maxX, minY, maxY);
        }
        try {
            Geometry g = new GeoPackageGeometry(new GeometryFactory()).decode(blob);
            return g.isEmpty() ? null : g.getEnvelopeInternal();
        } catch (ParseException e) {
            return null;
        }
    }
}
