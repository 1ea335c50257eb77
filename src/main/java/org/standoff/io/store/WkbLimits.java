package org.standoff.io.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.io.ParseException;

/**
 * Checks a WKB geometry's structure before JTS reads it, without recursion: every count must fit
 * in the bytes that are left, and collections may nest at most {@link #MAX_DEPTH} deep. JTS's
 * reader recurses once per nesting level and allocates arrays of the declared size, so a
 * crafted blob (a collection 200,000 deep, a line claiming 2^31 points) would otherwise end in
 * {@code StackOverflowError} or {@code OutOfMemoryError} instead of a message about one row.
 *
 * <p>Reads ISO WKB (types 1–7 plus 1000/2000/3000 for Z, M, ZM) and the EWKB flags GDAL and
 * PostGIS write (0x80000000 Z, 0x40000000 M, 0x20000000 SRID). Stateless.
 */
final class WkbLimits {

    /** Deeper nesting than any real geometry has; GeometryCollection of MultiPolygon is depth 2. */
    static final int MAX_DEPTH = 32;

    private WkbLimits() {}

    /** Throws a {@link ParseException} saying what is wrong when the blob cannot be a sane geometry. */
    static void check(byte[] wkb, int offset) throws ParseException {
        ByteBuffer b = ByteBuffer.wrap(wkb);
        int pos = offset;
        // pending[d] = geometries still to read at nesting level d
        long[] pending = new long[MAX_DEPTH + 1];
        int depth = 0;
        pending[0] = 1;
        while (depth >= 0) {
            if (pending[depth] == 0) {
                depth--;
                continue;
            }
            pending[depth]--;
            need(wkb, pos, 5);
            b.order(wkb[pos] == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            long raw = Integer.toUnsignedLong(b.getInt(pos + 1));
            pos += 5;
            boolean z = (raw & 0x80000000L) != 0;
            boolean m = (raw & 0x40000000L) != 0;
            if ((raw & 0x20000000L) != 0) {
                need(wkb, pos, 4);
                pos += 4; // SRID
            }
            long type = raw & 0x0FFFFFFFL;
            if (type >= 1000) {
                long dimCode = type / 1000;
                z |= dimCode == 1 || dimCode == 3;
                m |= dimCode == 2 || dimCode == 3;
                type %= 1000;
            }
            int ordinate = 8 * (2 + (z ? 1 : 0) + (m ? 1 : 0));
            switch ((int) type) {
                case 1 -> {
                    need(wkb, pos, ordinate);
                    pos += ordinate;
                }
                case 2 -> pos = points(wkb, b, pos, ordinate);
                case 3 -> {
                    long rings = count(wkb, b, pos, 4);
                    pos += 4;
                    for (long r = 0; r < rings; r++) {
                        pos = points(wkb, b, pos, ordinate);
                    }
                }
                case 4, 5, 6, 7 -> {
                    long parts = count(wkb, b, pos, 5); // each part is at least a 5-byte header
                    pos += 4;
                    if (depth == MAX_DEPTH) {
                        throw new ParseException("geometry collections nested more than " + MAX_DEPTH + " deep");
                    }
                    depth++;
                    pending[depth] = parts;
                }
                default -> throw new ParseException("unknown WKB geometry type " + raw);
            }
        }
    }

    private static int points(byte[] wkb, ByteBuffer b, int pos, int ordinate) throws ParseException {
        long n = count(wkb, b, pos, ordinate);
        long end = pos + 4 + n * ordinate;
        need(wkb, pos, (int) (end - pos));
        return (int) end;
    }

    /** The count at {@code pos}, refused when {@code count * minBytes} cannot fit in what is left. */
    private static long count(byte[] wkb, ByteBuffer b, int pos, int minBytes) throws ParseException {
        need(wkb, pos, 4);
        long n = Integer.toUnsignedLong(b.getInt(pos));
        if (n * minBytes > wkb.length - pos - 4) {
            throw new ParseException(
                    "WKB declares " + n + " elements but holds only " + (wkb.length - pos - 4) + " more bytes");
        }
        return n;
    }

    private static void need(byte[] wkb, int pos, int bytes) throws ParseException {
        if (bytes < 0 || pos + (long) bytes > wkb.length) {
            throw new ParseException("WKB is truncated");
        }
    }
}
