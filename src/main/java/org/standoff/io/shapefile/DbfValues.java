package org.standoff.io.shapefile;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Parses DBF cells straight from the record bytes, without making a String for numbers,
 * dates and booleans. Every method returns null for a blank cell and for a cell it cannot
 * parse (the caller records a warning); none throws on bad input.
 */
final class DbfValues {

    private static final double[] POW10 = new double[23];
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    /** Marker returned by the number parsers when a non-blank cell is not a number. */
    static final Object UNPARSEABLE = new Object();

    private DbfValues() {}

    /** The index one past the last byte that is neither a space nor NUL, at least {@code from}. */
    static int trimEnd(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == 0) {
                to = i;
                break;
            }
        }
        while (to > from && b[to - 1] == ' ') {
            to--;
        }
        return to;
    }

    static int trimStart(byte[] b, int from, int to) {
        while (from < to && b[from] == ' ') {
            from++;
        }
        return from;
    }

    /** A whole number, or a real that happens to be integral (e.g. "12.000"). */
    static Object parseLong(byte[] b, int from, int to) {
        to = trimEnd(b, from, to);
        from = trimStart(b, from, to);
        if (from == to) {
            return null;
        }
        int i = from;
        boolean negative = false;
        if (b[i] == '-' || b[i] == '+') {
            negative = b[i] == '-';
            i++;
        }
        if (i == to || to - i > 18) {
            return slowLong(b, from, to);
        }
        long v = 0;
        for (; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return slowLong(b, from, to);
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }

    private static Object slowLong(byte[] b, int from, int to) {
        Object d = parseDouble(b, from, to);
        if (d instanceof Double) {
            double x = (Double) d;
            if (x == Math.rint(x) && Math.abs(x) < 9.0e18) {
                return (long) x;
            }
        }
        return UNPARSEABLE;
    }

    /** A real number; exact for up to 18 significant digits and 22 decimals, else Double.parseDouble. */
    static Object parseDouble(byte[] b, int from, int to) {
        to = trimEnd(b, from, to);
        from = trimStart(b, from, to);
        if (from == to) {
            return null;
        }
        int i = from;
        boolean negative = false;
        if (b[i] == '-' || b[i] == '+') {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = -1;
        boolean any = false;
        for (; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                any = true;
                if (mantissa == 0 && c == '0' && scale < 0) {
                    continue;
                }
                if (++digits > 18) {
                    return slowDouble(b, from, to);
                }
                mantissa = mantissa * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return slowDouble(b, from, to);
            }
        }
        if (!any) {
            return UNPARSEABLE;
        }
        int s = Math.max(scale, 0);
        if (s >= POW10.length || mantissa >= (1L << 53)) {
            return slowDouble(b, from, to);
        }
        // Both operands are exact doubles, so one division rounds correctly (the classic
        // fast path of strtod); zeros after the point without digits still count in the scale.
        double v = mantissa / POW10[s];
        return negative ? -v : v;
    }

    private static Object slowDouble(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            boolean ok = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
            if (!ok) {
                return UNPARSEABLE;
            }
        }
        try {
            return Double.parseDouble(new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (NumberFormatException e) {
            return UNPARSEABLE;
        }
    }

    static Object parseBoolean(byte b) {
        switch (b) {
            case 'T':
            case 't':
            case 'Y':
            case 'y':
                return Boolean.TRUE;
            case 'F':
            case 'f':
            case 'N':
            case 'n':
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** A "YYYYMMDD" date; blank, all-zero or impossible dates give null or UNPARSEABLE. */
    static Object parseDate(byte[] b, int from, int to) {
        int end = trimEnd(b, from, to);
        int start = trimStart(b, from, end);
        if (start == end) {
            return null;
        }
        if (end - start != 8) {
            return UNPARSEABLE;
        }
        int v = 0;
        for (int i = start; i < end; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return UNPARSEABLE;
            }
            v = v * 10 + d;
        }
        if (v == 0) {
            return null;
        }
        try {
            return LocalDate.of(v / 10000, v / 100 % 100, v % 100);
        } catch (DateTimeException e) {
            return UNPARSEABLE;
        }
    }

    /** dBase 7 / FoxPro timestamp: Julian day number and milliseconds of the day. */
    static Object timestamp(int julianDay, int millis) {
        if (julianDay == 0 && millis == 0) {
            return null;
        }
        return Instant.ofEpochMilli((julianDay - JULIAN_DAY_OF_EPOCH) * 86_400_000L + millis);
    }
}
