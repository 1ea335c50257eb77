package org.standoff.io.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.standoff.model.Zone;

/**
 * The short JSON arrays the project tables keep in one TEXT cell: names ({@code ["Warren","Fort
 * Bliss"]}), feature ids ({@code [3,17]}) and distance bands ({@code [[0,1609.344],[1609.344,
 * 160934.4]]}). JSON rather than child tables so that a row reads whole in any SQLite browser.
 *
 * <p>Only what these lists need: arrays of strings, integers, and arrays of two numbers.
 * Numbers are written with {@link Double#toString}/{@link Long#toString}, which read back
 * exactly. The parser rejects anything else with an {@link IllegalArgumentException} that the
 * readers turn into a {@link StoreException} naming the table and row. Stateless.
 */
public final class JsonText {

    private JsonText() {
    }

    static String strings(List<String> values) {
        StringBuilder b = new StringBuilder("[");
        for (String v : values) {
            if (b.length() > 1) {
                b.append(',');
            }
            quote(b, v);
        }
        return b.append(']').toString();
    }

    /** Ids in ascending order, so equal sets give equal text. */
    static String longs(Collection<Long> values) {
        StringBuilder b = new StringBuilder("[");
        for (long v : new TreeSet<>(values)) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append(v);
        }
        return b.append(']').toString();
    }

    static String bands(List<Zone.Band> bands) {
        StringBuilder b = new StringBuilder("[");
        for (Zone.Band band : bands) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('[').append(band.innerMetres()).append(',').append(band.outerMetres()).append(']');
        }
        return b.append(']').toString();
    }

    static List<String> parseStrings(String json) {
        List<String> out = new ArrayList<>();
        for (Object o : new Parser(json).array()) {
            if (!(o instanceof String s)) {
                throw new IllegalArgumentException("expected a list of texts: " + json);
            }
            out.add(s);
        }
        return out;
    }

    static List<Long> parseLongs(String json) {
        List<Long> out = new ArrayList<>();
        for (Object o : new Parser(json).array()) {
            if (!(o instanceof Number)) {
                throw new IllegalArgumentException("expected a list of ids: " + json);
            }
            out.add(Long.parseLong(((Number) o).token));
        }
        return out;
    }

    static List<Zone.Band> parseBands(String json) {
        List<Zone.Band> out = new ArrayList<>();
        for (Object o : new Parser(json).array()) {
            if (!(o instanceof List<?> pair) || pair.size() != 2 || !(pair.get(0) instanceof Number a) || !(pair.get(1) instanceof Number b)) {
                throw new IllegalArgumentException("expected a list of [inner, outer] pairs: " + json);
            }
            out.add(new Zone.Band(Double.parseDouble(a.token), Double.parseDouble(b.token)));
        }
        return out;
    }

    /** Appends {@code s} as a JSON string literal (RFC 8259 escapes). */
    public static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    /** A number as written, converted by the caller to the type it expects. */
    private record Number(String token) {
    }

    /** Recursive descent over arrays, strings and numbers; no objects, booleans or null. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            if (s == null) {
                throw new IllegalArgumentException("missing list");
            }
            this.s = s;
        }

        List<Object> array() {
            List<Object> out = arrayAt();
            skipSpace();
            if (i != s.length()) {
                throw fail("text after the list");
            }
            return out;
        }

        private List<Object> arrayAt() {
            skipSpace();
            expect('[');
            List<Object> out = new ArrayList<>();
            skipSpace();
            if (peek() == ']') {
                i++;
                return out;
            }
            while (true) {
                out.add(value());
                skipSpace();
                char c = next();
                if (c == ']') {
                    return out;
                }
                if (c != ',') {
                    throw fail("expected , or ]");
                }
            }
        }

        private Object value() {
            skipSpace();
            char c = peek();
            if (c == '[') {
                return arrayAt();
            }
            if (c == '"') {
                return string();
            }
            int start = i;
            while (i < s.length() && "+-.0123456789eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (start == i) {
                throw fail("expected a value");
            }
            return new Number(s.substring(start, i));
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = next();
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        if (i + 4 > s.length()) {
                            throw fail("short \\u escape");
                        }
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> throw fail("bad escape \\" + e);
                }
            }
        }

        private void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private char peek() {
            if (i >= s.length()) {
                throw fail("unexpected end");
            }
            return s.charAt(i);
        }

        private char next() {
            char c = peek();
            i++;
            return c;
        }

        private void expect(char c) {
            if (next() != c) {
                throw fail("expected " + c);
            }
        }

        private IllegalArgumentException fail(String why) {
            return new IllegalArgumentException("not a valid list (" + why + " at " + i + "): " + s);
        }
    }
}
