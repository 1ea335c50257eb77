package org.standoff.print;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import org.standoff.io.Json;

/**
 * Writes and reads {@link BriefingLayout} as a small JSON object, for the project's settings
 * map, through Gson ({@link Json#parse}: strict, nesting-limited). Every field is checked
 * for presence and type as it is read, so a layout another program or an older Standoff left
 * incomplete gives a {@link PrintException} naming the field (never a cast failure), and an
 * unknown paper size, orientation or element kind names the value. Unknown keys are ignored so
 * older versions can read newer layouts. Stateless and thread-safe.
 *
 * <pre>{"name":"…","paper":"LETTER","orientation":"LANDSCAPE","margins":[t,r,b,l],
 *  "elements":[{"kind":"MAP","bounds":[x,y,w,h],"visible":true,"text":"","color":"","fontSize":0}]}</pre>
 */
final class LayoutJson {

    private LayoutJson() {}

    static String write(BriefingLayout l) {
        JsonObject o = new JsonObject();
        o.addProperty("name", l.name());
        o.addProperty("paper", l.paper().name());
        o.addProperty("orientation", l.orientation().name());
        Margins m = l.margins();
        o.add("margins", numbers(m.top(), m.right(), m.bottom(), m.left()));
        JsonArray elements = new JsonArray();
        for (LayoutElement e : l.elements()) {
            JsonObject je = new JsonObject();
            Rect b = e.bounds();
            je.addProperty("kind", e.kind().name());
            je.add("bounds", numbers(b.x(), b.y(), b.width(), b.height()));
            je.addProperty("visible", e.visible());
            je.addProperty("text", e.options().text());
            je.addProperty("color", e.options().colorHex());
            je.add("fontSize", number(e.options().fontSize()));
            elements.add(je);
        }
        o.add("elements", elements);
        return o.toString();
    }

    static BriefingLayout read(String json) throws PrintException {
        if (json == null) {
            throw new PrintException("the saved print layout is empty");
        }
        try {
            JsonObject o = object(Json.parse(json), "the layout");
            double[] margins = numbers(o, "margins", 4);
            List<LayoutElement> elements = new ArrayList<>();
            for (JsonElement item : array(o, "elements")) {
                JsonObject e = object(item, "an element");
                double[] b = numbers(e, "bounds", 4);
                JsonElement visible = e.get("visible");
                double fontSize = e.has("fontSize") ? number(e, "fontSize") : 0;
                elements.add(new LayoutElement(
                        value(ElementKind.class, text(e, "kind"), "element kind"),
                        new Rect(b[0], b[1], b[2], b[3]),
                        visible == null || !(visible instanceof JsonPrimitive p && p.isBoolean()) || p.getAsBoolean(),
                        new ElementOptions(optionalText(e, "text"), optionalText(e, "color"), fontSize)));
            }
            Paper paper = value(Paper.class, text(o, "paper"), "paper size");
            Orientation orientation = value(Orientation.class, text(o, "orientation"), "orientation");
            return new BriefingLayout(
                    text(o, "name"),
                    paper,
                    orientation,
                    new Margins(margins[0], margins[1], margins[2], margins[3]),
                    DefaultLayouts.withSummary(elements, orientation));
        } catch (IllegalArgumentException e) {
            throw new PrintException("the saved print layout is not valid: " + e.getMessage(), e);
        }
    }

    private static JsonObject object(JsonElement e, String what) {
        if (!(e instanceof JsonObject o)) {
            throw new IllegalArgumentException(what + " is not a JSON object");
        }
        return o;
    }

    private static JsonArray array(JsonObject o, String key) {
        if (!(o.get(key) instanceof JsonArray a)) {
            throw new IllegalArgumentException("\"" + key + "\" is missing or not a list");
        }
        return a;
    }

    private static String text(JsonObject o, String key) {
        if (!(o.get(key) instanceof JsonPrimitive p) || !p.isString()) {
            throw new IllegalArgumentException("\"" + key + "\" is missing or not a text");
        }
        return p.getAsString();
    }

    private static String optionalText(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? text(o, key) : "";
    }

    private static double number(JsonObject o, String key) {
        return number(o.get(key), key);
    }

    private static double number(JsonElement e, String what) {
        if (!(e instanceof JsonPrimitive p) || !p.isNumber()) {
            throw new IllegalArgumentException("\"" + what + "\" is missing or not a number");
        }
        double v = p.getAsDouble();
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("\"" + what + "\" is not a finite number: " + p.getAsString());
        }
        return v;
    }

    private static double[] numbers(JsonObject o, String key, int n) {
        JsonArray a = array(o, key);
        if (a.size() != n) {
            throw new IllegalArgumentException("\"" + key + "\" must hold " + n + " numbers, not " + a.size());
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = number(a.get(i), key);
        }
        return out;
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name, String what) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + what + " \"" + name + "\"", e);
        }
    }

    private static JsonArray numbers(double... values) {
        JsonArray a = new JsonArray();
        for (double v : values) {
            a.add(number(v));
        }
        return a;
    }

    /** Whole numbers as integers ("72", not "72.0"); others as the shortest text that reads back to the same double. */
    private static JsonPrimitive number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return new JsonPrimitive((long) v);
        }
        return new JsonPrimitive(v);
    }
}
