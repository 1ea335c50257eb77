package org.standoff.print;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes and reads {@link BriefingLayout} as a small JSON object, for the project's settings
 * map. Hand-written to avoid a dependency: the writer emits only what the reader accepts
 * (objects, arrays, strings, numbers, booleans), and the reader is a strict recursive-descent
 * parser of standard JSON that reports the offset of the first error. Unknown keys are ignored
 * so older versions can read newer layouts. Stateless and thread-safe.
 *
 * <pre>{"name":"…","paper":"LETTER","orientation":"LANDSCAPE","margins":[t,r,b,l],
 *  "elements":[{"kind":"MAP","bounds":[x,y,w,h],"visible":true,"text":"","color":"","fontSize":0}]}</pre>
 */
final class LayoutJson {

    private LayoutJson() {}

    static String write(BriefingLayout l) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("{\"name\":").append(quote(l.name()));
        sb.append(",\"paper\":").append(quote(l.paper().name()));
        sb.append(",\"orientation\":").append(quote(l.orientation().name()));
        Margins m = l.margins();
        sb.append(",\"margins\":[").append(num(m.top())).append(',').append(num(m.right())).append(',')
                .append(num(m.bottom())).append(',').append(num(m.left())).append(']');
        sb.append(",\"elements\":[");
        for (int i = 0; i < l.elements().size(); i++) {
            LayoutElement e = l.elements().get(i);
            Rect b = e.bounds();
            sb.append(i == 0 ? "" : ",").append("{\"kind\":").append(quote(e.kind().name()));
            sb.append(",\"bounds\":[").append(num(b.x())).append(',').append(num(b.y())).append(',')
                    .append(num(b.width())).append(',').append(num(b.height())).append(']');
            sb.append(",\"visible\":").append(e.visible());
            sb.append(",\"text\":").append(quote(e.options().text()));
            sb.append(",\"color\":").append(quote(e.options().colorHex()));
            sb.append(",\"fontSize\":").append(num(e.options().fontSize())).append('}');
        }
        return sb.append("]}").toString();
    }

    static BriefingLayout read(String json) throws PrintException {
        if (json == null) {
            throw new PrintException("the saved print layout is empty");
        }
        try {
            Map<?, ?> o = (Map<?, ?>) new Parser(json).document();
            List<?> margins = (List<?>) o.get("margins");
            List<LayoutElement> elements = new ArrayList<>();
            for (Object item : (List<?>) o.get("elements")) {
                Map<?, ?> e = (Map<?, ?>) item;
                List<?> b = (List<?>) e.get("bounds");
                elements.add(new LayoutElement(ElementKind.valueOf((String) e.get("kind")),
                        new Rect(d(b.get(0)), d(b.get(1)), d(b.get(2)), d(b.get(3))),
                        !Boolean.FALSE.equals(e.get("visible")),
                        new ElementOptions((String) e.get("text"), (String) e.get("color"), e.get("fontSize") == null ? 0 : d(e.get("fontSize")))));
            }
            return new BriefingLayout((String) o.get("name"), Paper.valueOf((String) o.get("paper")),
                    Orientation.valueOf((String) o.get("orientation")),
                    new Margins(d(margins.get(0)), d(margins.get(1)), d(margins.get(2)), d(margins.get(3))), elements);
        } catch (ClassCastException | NullPointerException | IndexOutOfBoundsException e) {
            throw new PrintException("the saved print layout is missing a field or has one of the wrong type", e);
        } catch (IllegalArgumentException e) {
            throw new PrintException("the saved print layout is not valid: " + e.getMessage(), e);
        }
    }

    private static double d(Object o) {
        return ((Number) o).doubleValue();
    }

    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        // Double.toString is the shortest text that reads back to the same double, and valid JSON.
        return Double.toString(v);
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Strict JSON to Map / List / String / Double / Boolean / null. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Object document() {
            Object v = value();
            ws();
            if (i != s.length()) {
                throw error("unexpected text after the layout");
            }
            return v;
        }

        private Object value() {
            ws();
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(i);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            ws();
            if (peek() == '}') {
                i++;
                return m;
            }
            while (true) {
                ws();
                if (peek() != '"') {
                    throw error("expected a key");
                }
                String k = string();
                ws();
                expect(':');
                m.put(k, value());
                ws();
                if (peek() == ',') {
                    i++;
                } else {
                    expect('}');
                    return m;
                }
            }
        }

        private List<Object> array() {
            List<Object> l = new ArrayList<>();
            i++;
            ws();
            if (peek() == ']') {
                i++;
                return l;
            }
            while (true) {
                l.add(value());
                ws();
                if (peek() == ',') {
                    i++;
                } else {
                    expect(']');
                    return l;
                }
            }
        }

        private String string() {
            StringBuilder sb = new StringBuilder();
            i++;
            while (true) {
                if (i >= s.length()) {
                    throw error("unterminated string");
                }
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = i < s.length() ? s.charAt(i++) : '?';
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        if (i + 4 > s.length()) {
                            throw error("bad \\u escape");
                        }
                        sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> throw error("bad escape \\" + e);
                }
            }
        }

        private Object literal(String word, Object v) {
            if (!s.startsWith(word, i)) {
                throw error("unexpected character");
            }
            i += word.length();
            return v;
        }

        private Double number() {
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (start == i) {
                throw error("unexpected character '" + s.charAt(i) + "'");
            }
            return Double.valueOf(s.substring(start, i));
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private char peek() {
            return i < s.length() ? s.charAt(i) : '\0';
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("expected '" + c + "'");
            }
            i++;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("JSON " + what + " at character " + i);
        }
    }
}
