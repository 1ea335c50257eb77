package org.standoff.io.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Encodes JTS geometries as {@code .shp} record contents and writes the 100-byte header.
 *
 * <p>Polygons are written with outer rings clockwise and holes counter-clockwise, as the
 * specification requires; a geometry of the wrong kind for the layer is an
 * {@link IllegalArgumentException} (a programming error in the caller, not bad data).
 */
final class ShpEncoder {

    private final ShapeType type;

    ShpEncoder(ShapeType type) {
        this.type = type;
    }

    static byte[] header(ShapeType type, long fileLength, Envelope box, double[] zRange) {
        ByteBuffer b = ByteBuffer.allocate(100);
        b.order(ByteOrder.BIG_ENDIAN).putInt(ShpHeader.FILE_CODE).position(24);
        b.putInt((int) (fileLength / 2));
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(type.code());
        b.putDouble(box.getMinX())
                .putDouble(box.getMinY())
                .putDouble(box.getMaxX())
                .putDouble(box.getMaxY());
        b.putDouble(zRange[0]).putDouble(zRange[1]).putDouble(0).putDouble(0);
        return b.array();
    }

    static byte[] bigEndianInts(int a, int b) {
        return ByteBuffer.allocate(8).putInt(a).putInt(b).array();
    }

    /** The record content (shape type onwards) for {@code g}; updates {@code zRange}. */
    byte[] encode(Geometry g, double[] zRange) {
        if (g.isEmpty()) {
            return ByteBuffer.allocate(4)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .putInt(0)
                    .array();
        }
        List<CoordinateSequence> parts = new ArrayList<>();
        switch (type.base()) {
            case POINT:
                if (!(g instanceof Point)) {
                    throw new IllegalArgumentException(
                            "a " + type.displayName() + " layer cannot hold a " + g.getGeometryType());
                }
                return point(((Point) g).getCoordinateSequence(), zRange);
            case MULTIPOINT:
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    parts.add(((Point) g.getGeometryN(i)).getCoordinateSequence());
                }
                return multiPoint(parts, zRange);
            case POLYLINE:
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    parts.add(((LineString) g.getGeometryN(i)).getCoordinateSequence());
                }
                return parts(parts, zRange);
            default:
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    Polygon p = (Polygon) g.getGeometryN(i);
                    parts.add(oriented(p.getExteriorRing().getCoordinateSequence(), false));
                    for (int h = 0; h < p.getNumInteriorRing(); h++) {
                        parts.add(oriented(p.getInteriorRingN(h).getCoordinateSequence(), true));
                    }
                }
                return parts(parts, zRange);
        }
    }

    private static CoordinateSequence oriented(CoordinateSequence ring, boolean counterClockwise) {
        if (ring.size() >= 4 && Orientation.isCCW(ring) != counterClockwise) {
            CoordinateSequence copy = ring.copy();
            org.locationtech.jts.geom.CoordinateSequences.reverse(copy);
            return copy;
        }
        return ring;
    }

    private byte[] point(CoordinateSequence s, double[] zRange) {
        ByteBuffer b =
                ByteBuffer.allocate(type.hasZ() ? 36 : type.hasM() ? 28 : 20).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(type.code()).putDouble(s.getX(0)).putDouble(s.getY(0));
        if (type.hasZ()) {
            b.putDouble(z(s, 0, zRange));
        }
        if (type.hasM()) {
            b.putDouble(0);
        }
        return b.array();
    }

    private byte[] multiPoint(List<CoordinateSequence> points, double[] zRange) {
        int n = points.size();
        ByteBuffer b = allocate(40, n);
        b.putInt(type.code());
        box(b, points);
        b.putInt(n);
        for (CoordinateSequence p : points) {
            b.putDouble(p.getX(0)).putDouble(p.getY(0));
        }
        tail(b, points, n, zRange);
        return b.array();
    }

    private byte[] parts(List<CoordinateSequence> parts, double[] zRange) {
        int n = 0;
        for (CoordinateSequence p : parts) {
            n += p.size();
        }
        ByteBuffer b = allocate(44 + 4 * parts.size(), n);
        b.putInt(type.code());
        box(b, parts);
        b.putInt(parts.size()).putInt(n);
        int start = 0;
        for (CoordinateSequence p : parts) {
            b.putInt(start);
            start += p.size();
        }
        for (CoordinateSequence p : parts) {
            for (int i = 0; i < p.size(); i++) {
                b.putDouble(p.getX(i)).putDouble(p.getY(i));
            }
        }
        tail(b, parts, n, zRange);
        return b.array();
    }

    private ByteBuffer allocate(int fixed, int points) {
        int size = fixed + 16 * points + (type.hasZ() ? 16 + 8 * points : 0) + (type.hasM() ? 16 + 8 * points : 0);
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void box(ByteBuffer b, List<CoordinateSequence> parts) {
        Envelope e = new Envelope();
        for (CoordinateSequence p : parts) {
            p.expandEnvelope(e);
        }
        b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
    }

    /** Z range and values, then M range and values (all zero), as the type requires. */
    private void tail(ByteBuffer b, List<CoordinateSequence> parts, int n, double[] zRange) {
        if (type.hasZ()) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            int at = b.position() + 16;
            for (CoordinateSequence p : parts) {
                for (int i = 0; i < p.size(); i++) {
                    double z = z(p, i, zRange);
                    min = Math.min(min, z);
                    max = Math.max(max, z);
                    b.putDouble(at, z);
                    at += 8;
                }
            }
            b.putDouble(min).putDouble(max);
            b.position(at);
        }
        if (type.hasM()) {
            b.putDouble(0).putDouble(0);
            for (int i = 0; i < n; i++) {
                b.putDouble(0);
            }
        }
    }

    private static double z(CoordinateSequence s, int i, double[] zRange) {
        double z = s.getDimension() > 2 ? s.getZ(i) : 0;
        if (Double.isNaN(z)) {
            z = 0;
        }
        zRange[0] = Math.min(zRange[0], z);
        zRange[1] = Math.max(zRange[1], z);
        return z;
    }
}
