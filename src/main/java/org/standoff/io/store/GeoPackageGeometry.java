package org.standoff.io.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Encodes and decodes the GeoPackage geometry blob (OGC 12-128r18, clause 2.1.3): a small
 * header ("GP", version, flags, SRS id, optional envelope) followed by standard WKB.
 *
 * <p>Decoding accepts every envelope kind and either byte order. Encoding writes version 0,
 * little-endian, an XY envelope (or none for empty geometries, which are flagged empty), as
 * GDAL does. Extended ("GPX") geometries are rejected, and so is WKB that is truncated, declares
 * more elements than it holds or nests collections deeper than {@link WkbLimits#MAX_DEPTH}. Not thread-safe: JTS's WKB reader and
 * writer keep state, so use one instance per thread.
 */
public final class GeoPackageGeometry {

    private static final int FLAG_LITTLE_ENDIAN = 0x01;
    private static final int FLAG_EMPTY = 0x10;
    private static final int FLAG_EXTENDED = 0x20;
    private static final int ENVELOPE_XY = 1;

    private final WKBReader reader;
    private final GeometryFactory factory;

    public GeoPackageGeometry(GeometryFactory factory) {
        this.factory = factory;
        this.reader = new WKBReader(factory);
    }

    /**
     * Decodes one blob. Returns an empty geometry for a null blob.
     *
     * @throws ParseException when the blob is not a GeoPackage geometry
     */
    public Geometry decode(byte[] blob) throws ParseException {
        if (blob == null) {
            return factory.createGeometryCollection();
        }
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new ParseException("not a GeoPackage geometry blob (bad magic)");
        }
        int flags = blob[3] & 0xFF;
        if ((flags & FLAG_EXTENDED) != 0) {
            throw new ParseException("extended GeoPackage geometries are not supported");
        }
        int envelopeKind = (flags >> 1) & 0x07;
        int envelopeBytes = switch (envelopeKind) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new ParseException("invalid envelope indicator " + envelopeKind);
        };
        int offset = 8 + envelopeBytes;
        if (blob.length < offset) {
            throw new ParseException("truncated GeoPackage geometry header");
        }
        if (blob.length == offset) {
            return factory.createGeometryCollection();
        }
        WkbLimits.check(blob, offset); // no recursion or huge allocation in JTS on a crafted blob
        byte[] wkb = new byte[blob.length - offset];
        System.arraycopy(blob, offset, wkb, 0, wkb.length);
        return reader.read(wkb);
    }

    /** Encodes a geometry with the given SRS id (4326 for WGS84 lon/lat). */
    public static byte[] encode(Geometry geometry, int srsId) {
        boolean empty = geometry.isEmpty();
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(geometry);
        int envelopeBytes = empty ? 0 : 32;
        ByteBuffer buf = ByteBuffer.allocate(8 + envelopeBytes + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.put((byte) 'G').put((byte) 'P').put((byte) 0);
        int flags = FLAG_LITTLE_ENDIAN | (empty ? FLAG_EMPTY : ENVELOPE_XY << 1);
        buf.put((byte) flags);
        buf.putInt(srsId);
        if (!empty) {
            Envelope e = geometry.getEnvelopeInternal();
            buf.putDouble(e.getMinX())
                    .putDouble(e.getMaxX())
                    .putDouble(e.getMinY())
                    .putDouble(e.getMaxY());
        }
        buf.put(wkb);
        return buf.array();
    }
}
