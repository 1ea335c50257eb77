package org.standoff.io.store;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.standoff.io.Json;
import org.standoff.model.Zone;

/**
 * JSON for Standoff, through Gson: the short arrays the project tables keep in one TEXT cell
 * (names {@code ["Warren","Fort Bliss"]}, feature ids {@code [3,17]}, distance bands
 * {@code [[0,1609.344],[1609.344,160934.4]]}; JSON rather than child tables so that a row reads
 * whole in any SQLite browser), through {@link Json}. Numbers are written as Java writes doubles and longs, which read back exactly.
 *
 * <p><b>Limits.</b> Parsing is {@link Json#parse}'s (strict, nesting-limited), so a crafted
 * cell nested 100,000 deep is one bad row, never a {@code StackOverflowError}; a zone has at most
 * {@link #MAX_BANDS} bands. Every refusal is an {@link IllegalArgumentException} saying what was
 * expected, which the readers turn into a {@link StoreException} naming the table and row.
 * Stateless and thread-safe.
 */
final class JsonText {

    /** More rings than any rule or analyst uses. */
    static final int MAX_BANDS = 100;

    private static final Gson GSON = Json.GSON;

    private JsonText() {}

    static String strings(List<String> values) {
        return GSON.toJson(values);
    }

    /** Ids in ascending order, so equal sets give equal text. */
    static String longs(Collection<Long> values) {
        return GSON.toJson(new TreeSet<>(values));
    }

    static String bands(List<Zone.Band> bands) {
        JsonArray a = new JsonArray();
        for (Zone.Band band : bands) {
            JsonArray pair = new JsonArray();
            pair.add(band.innerMetres());
            pair.add(band.outerMetres());
            a.add(pair);
        }
        return GSON.toJson(a);
    }

    static List<String> parseStrings(String json) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : array(json, "a list of texts")) {
            if (!(e instanceof JsonPrimitive p) || !p.isString()) {
                throw new IllegalArgumentException("expected a list of texts: " + shorten(json));
            }
            out.add(p.getAsString());
        }
        return out;
    }

    static List<Long> parseLongs(String json) {
        List<Long> out = new ArrayList<>();
        for (JsonElement e : array(json, "a list of ids")) {
            if (!(e instanceof JsonPrimitive p) || !p.isNumber()) {
                throw new IllegalArgumentException("expected a list of ids: " + shorten(json));
            }
            try {
                out.add(Long.parseLong(p.getAsString()));
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("expected whole-number ids, found " + p.getAsString(), ex);
            }
        }
        return out;
    }

    static List<Zone.Band> parseBands(String json) {
        JsonArray a = array(json, "a list of [inner, outer] pairs");
        if (a.size() > MAX_BANDS) {
            throw new IllegalArgumentException("a zone has " + a.size() + " bands; at most " + MAX_BANDS + " are read");
        }
        List<Zone.Band> out = new ArrayList<>();
        for (JsonElement e : a) {
            if (!(e instanceof JsonArray pair)
                    || pair.size() != 2
                    || !isNumber(pair.get(0))
                    || !isNumber(pair.get(1))) {
                throw new IllegalArgumentException("expected a list of [inner, outer] pairs: " + shorten(json));
            }
            out.add(new Zone.Band(pair.get(0).getAsDouble(), pair.get(1).getAsDouble()));
        }
        return out;
    }

    private static JsonArray array(String json, String expected) {
        if (json == null) {
            throw new IllegalArgumentException("expected " + expected + ", found nothing");
        }
        JsonElement e = Json.parse(json);
        if (!e.isJsonArray()) {
            throw new IllegalArgumentException("expected " + expected + ": " + shorten(json));
        }
        return e.getAsJsonArray();
    }

    private static boolean isNumber(JsonElement e) {
        return e instanceof JsonPrimitive p && p.isNumber();
    }

    private static String shorten(String json) {
        return json.length() <= 80 ? json : json.substring(0, 77) + "…";
    }
}
