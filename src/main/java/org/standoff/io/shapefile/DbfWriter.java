package org.standoff.io.shapefile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes a dBase III {@code .dbf} (with the dBase 7 / FoxPro binary types I, +, O and @ when
 * asked for). Package-private: tests use it directly to create any column layout, the public
 * {@link ShapefileWriter} maps application fields onto it.
 *
 * <p>Guarantees the header and record sizes agree with what is written. Text longer than its
 * column is cut at the byte limit (possibly mid-character for multi-byte charsets); numbers that
 * do not fit their width are an {@link IllegalArgumentException}.
 */
final class DbfWriter {

    /** One column to write: dBase type letter, width and decimals. */
    record Column(String name, char type, int length, int decimals) {}

    private DbfWriter() {}

    static void write(OutputStream out, List<Column> columns, List<Object[]> rows, Charset charset, int ldid)
            throws IOException {
        int recordLength = 1;
        for (Column c : columns) {
            recordLength += c.length();
        }
        int headerLength = 32 + 32 * columns.size() + 1;
        ByteBuffer h = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
        h.put((byte) 0x03);
        LocalDate today = LocalDate.now();
        h.put((byte) (today.getYear() - 1900)).put((byte) today.getMonthValue()).put((byte) today.getDayOfMonth());
        h.putInt(rows.size()).putShort((short) headerLength).putShort((short) recordLength);
        h.position(29);
        h.put((byte) ldid);
        h.position(32);
        for (Column c : columns) {
            byte[] name = Arrays.copyOf(c.name().getBytes(charset), 11);
            name[10] = 0;
            h.put(name).put((byte) c.type()).putInt(0).put((byte) c.length()).put((byte) c.decimals());
            h.put(new byte[14]);
        }
        h.put((byte) 0x0D);
        out.write(h.array());
        ByteBuffer r = ByteBuffer.allocate(recordLength).order(ByteOrder.LITTLE_ENDIAN);
        for (Object[] row : rows) {
            r.clear();
            r.put((byte) ' ');
            for (int i = 0; i < columns.size(); i++) {
                cell(r, columns.get(i), row[i], charset);
            }
            out.write(r.array());
        }
        out.write(0x1A);
    }

    private static void cell(ByteBuffer r, Column c, Object v, Charset charset) {
        int start = r.position();
        byte[] blank = new byte[c.length()];
        Arrays.fill(blank, (byte) ' ');
        switch (c.type()) {
            case 'I':
            case '+':
                r.putInt(v == null ? 0 : ((Number) v).intValue());
                return;
            case 'O':
                r.putDouble(v == null ? 0 : ((Number) v).doubleValue());
                return;
            case '@':
                if (v == null) {
                    r.putLong(0);
                } else {
                    long ms = ((Instant) v).toEpochMilli();
                    r.putInt((int) (Math.floorDiv(ms, 86_400_000L) + 2_440_588L))
                            .putInt((int) Math.floorMod(ms, 86_400_000L));
                }
                return;
            default:
                break;
        }
        r.put(blank);
        if (v == null) {
            return;
        }
        byte[] text;
        boolean right = false;
        switch (c.type()) {
            case 'N':
            case 'F':
                right = true;
                text = (v instanceof Double || v instanceof Float
                                ? String.format(Locale.ROOT, "%." + c.decimals() + "f", ((Number) v).doubleValue())
                                : Long.toString(((Number) v).longValue()))
                        .getBytes(charset);
                if (text.length > c.length()) {
                    throw new IllegalArgumentException(
                            v + " does not fit column " + c.name() + " of width " + c.length());
                }
                break;
            case 'L':
                text = new byte[] {(byte) (((Boolean) v) ? 'T' : 'F')};
                break;
            case 'D':
                LocalDate d = (LocalDate) v;
                text = String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth())
                        .getBytes(charset);
                break;
            default:
                text = v.toString().getBytes(charset);
        }
        int n = Math.min(text.length, c.length());
        r.position(right ? start + c.length() - n : start);
        r.put(text, 0, n);
        r.position(start + c.length());
    }
}
