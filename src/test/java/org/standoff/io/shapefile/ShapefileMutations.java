package org.standoff.io.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;

/**
 * The byte mutations the shapefile fuzz tests apply to valid files ({@code ShapefileFuzzTest} for
 * the reader, {@code org.standoff.cli.CommandFuzzTest} for every command that reads a shapefile).
 * Deterministic for a given {@link Random}.
 */
public final class ShapefileMutations {

    private ShapefileMutations() {}

    private static final int[] NASTY = {
        0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x7FFF, 0xFFFF, 100, 4, 8, 1 << 28
    };

    /** One random mutation of a sidecar file's bytes: flipped bytes, a hostile int or double, a cut, or garbage appended. */
    public static byte[] mutate(byte[] in, Random r) {
        byte[] b = in.clone();
        int kind = r.nextInt(6);
        if (b.length < 8) {
            return b;
        }
        switch (kind) {
            case 0: // flip random bytes
                for (int k = 1 + r.nextInt(4); k > 0; k--) {
                    b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
                }
                return b;
            case 1:
            case 2: { // write a nasty int, in either byte order, at a 4-aligned or random place
                int at = kind == 1 ? (r.nextInt(b.length - 3) & ~3) : r.nextInt(b.length - 3);
                ByteBuffer.wrap(b)
                        .order(r.nextBoolean() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN)
                        .putInt(at, NASTY[r.nextInt(NASTY.length)]);
                return b;
            }
            case 3: // truncate
                return java.util.Arrays.copyOf(b, r.nextInt(b.length));
            case 4: { // nasty double (coordinates, boxes)
                int at = r.nextInt(b.length - 7);
                double[] d = {Double.NaN, Double.POSITIVE_INFINITY, -1e308, 1e308, 0};
                ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putDouble(at, d[r.nextInt(d.length)]);
                return b;
            }
            default: { // append garbage
                byte[] extra = new byte[1 + r.nextInt(64)];
                r.nextBytes(extra);
                byte[] out = java.util.Arrays.copyOf(b, b.length + extra.length);
                System.arraycopy(extra, 0, out, b.length, extra.length);
                return out;
            }
        }
    }
}
