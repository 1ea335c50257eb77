package org.standoff.io.registry;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.standoff.model.FeatureFilter;
import org.standoff.model.LayerRole;
import org.standoff.model.Rule;
import org.standoff.model.RuleSet;
import org.standoff.model.Zone;

/**
 * Zones and rule sets as the registry keeps them: a map from field name to the field's value as
 * canonical JSON text, merged field by field like a site's fields ({@link ItemSync}). Zone
 * fields: name, kind, source_layer, filter, geometry (WKT, full precision), bands, dissolve,
 * color, rule_id; rule set fields: name, rules (the whole list, one field). Keys of JSON objects
 * within are sorted, so a value compares equal after a trip through jsonb. Round trip is exact.
 * Stateless.
 */
final class SharedItems {

    /** The two kinds of item, as the registry's {@code kind} column names them. */
    enum Kind {
        ZONE("zone"),
        RULE_SET("rule_set");

        final String code;

        Kind(String code) {
            this.code = code;
        }

        static Kind of(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown shared item kind " + code);
        }
    }

    private SharedItems() {}

    static Map<String, String> fields(Zone z) {
        Map<String, String> f = new TreeMap<>();
        f.put("name", text(z.name()));
        f.put("kind", text(z.kind().name()));
        f.put("source_layer", text(z.sourceLayerId()));
        f.put("filter", filter(z.filter()).toString());
        f.put("geometry", text(z.geometry() == null ? null : new WKTWriter(2).write(z.geometry())));
        JsonArray bands = new JsonArray();
        for (Zone.Band b : z.bands()) {
            JsonArray band = new JsonArray();
            band.add(b.innerMetres());
            band.add(b.outerMetres());
            bands.add(band);
        }
        f.put("bands", bands.toString());
        f.put("dissolve", Boolean.toString(z.dissolve()));
        f.put("color", text(z.color()));
        f.put("rule_id", text(z.ruleId()));
        return canonical(f);
    }

    static Zone zone(String id, Map<String, String> f) {
        JsonElement geometry = parse(f.get("geometry"));
        List<Zone.Band> bands = new ArrayList<>();
        for (JsonElement b : parse(f.get("bands")).getAsJsonArray()) {
            bands.add(new Zone.Band(
                    b.getAsJsonArray().get(0).getAsDouble(),
                    b.getAsJsonArray().get(1).getAsDouble()));
        }
        try {
            return new Zone(
                    id,
                    string(f.get("name")),
                    Zone.Kind.valueOf(string(f.get("kind"))),
                    string(f.get("source_layer")),
                    filter(parse(f.get("filter"))),
                    geometry.isJsonNull() ? null : new WKTReader(new GeometryFactory()).read(geometry.getAsString()),
                    bands,
                    Boolean.parseBoolean(f.get("dissolve")),
                    string(f.get("color")),
                    string(f.get("rule_id")));
        } catch (ParseException e) {
            throw new IllegalArgumentException(
                    "zone " + id + ": its geometry cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static Map<String, String> fields(RuleSet set) {
        Map<String, String> f = new TreeMap<>();
        f.put("name", text(set.name()));
        JsonArray rules = new JsonArray();
        for (Rule r : set.rules()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", r.id());
            o.addProperty("name", r.name());
            o.addProperty("role", r.role().name());
            o.addProperty("inner_m", r.band().innerMetres());
            o.addProperty("outer_m", r.band().outerMetres());
            o.add("applies_to", filter(r.appliesTo()));
            o.addProperty("citation", r.citation());
            o.addProperty("status", r.status().name());
            o.addProperty("notes", r.notes());
            rules.add(o);
        }
        f.put("rules", rules.toString());
        return canonical(f);
    }

    static RuleSet ruleSet(String id, Map<String, String> f) {
        List<Rule> rules = new ArrayList<>();
        for (JsonElement e : parse(f.get("rules")).getAsJsonArray()) {
            JsonObject o = e.getAsJsonObject();
            rules.add(new Rule(
                    o.get("id").getAsString(),
                    o.get("name").getAsString(),
                    LayerRole.valueOf(o.get("role").getAsString()),
                    new Zone.Band(
                            o.get("inner_m").getAsDouble(), o.get("outer_m").getAsDouble()),
                    filter(o.get("applies_to")),
                    o.get("citation").getAsString(),
                    Rule.Status.valueOf(o.get("status").getAsString()),
                    o.get("notes").getAsString()));
        }
        return new RuleSet(id, string(f.get("name")), rules);
    }

    /** The registry's {@code body}: the fields as one JSON object. */
    static String body(Map<String, String> fields) {
        JsonObject o = new JsonObject();
        fields.forEach((k, v) -> o.add(k, parse(v)));
        return o.toString();
    }

    /** The fields of a {@link #body}. */
    static Map<String, String> fieldsOf(String body) {
        Map<String, String> f = new TreeMap<>();
        for (Map.Entry<String, JsonElement> e :
                JsonParser.parseString(body).getAsJsonObject().entrySet()) {
            f.put(e.getKey(), sorted(e.getValue()).toString());
        }
        return f;
    }

    /**
     * The values with every object's keys in order: PostgreSQL's jsonb keeps its own key order,
     * and a field must compare equal to itself after a trip through the registry.
     */
    private static Map<String, String> canonical(Map<String, String> fields) {
        fields.replaceAll((k, v) -> sorted(JsonParser.parseString(v)).toString());
        return fields;
    }

    private static JsonElement sorted(JsonElement e) {
        if (e.isJsonObject()) {
            JsonObject o = new JsonObject();
            new TreeMap<>(e.getAsJsonObject().asMap()).forEach((k, v) -> o.add(k, sorted(v)));
            return o;
        }
        if (e.isJsonArray()) {
            JsonArray a = new JsonArray();
            e.getAsJsonArray().forEach(x -> a.add(sorted(x)));
            return a;
        }
        return e;
    }

    /** A field's value for people: the text without JSON quotes, or "(not set)". */
    static String display(String value) {
        if (value == null) {
            return null;
        }
        JsonElement e = parse(value);
        return e.isJsonNull() ? null : e.isJsonPrimitive() ? e.getAsString() : value;
    }

    private static JsonObject filter(FeatureFilter filter) {
        JsonObject o = new JsonObject();
        o.addProperty("mode", filter.mode().name());
        JsonArray ids = new JsonArray();
        filter.ids().stream().sorted().forEach(ids::add);
        o.add("ids", ids);
        JsonArray names = new JsonArray();
        filter.names().forEach(names::add);
        o.add("names", names);
        return o;
    }

    private static FeatureFilter filter(JsonElement e) {
        JsonObject o = e.getAsJsonObject();
        java.util.Set<Long> ids = new java.util.HashSet<>();
        o.getAsJsonArray("ids").forEach(x -> ids.add(x.getAsLong()));
        List<String> names = new ArrayList<>();
        o.getAsJsonArray("names").forEach(x -> names.add(x.getAsString()));
        return new FeatureFilter(FeatureFilter.Mode.valueOf(o.get("mode").getAsString()), ids, names);
    }

    private static String text(String s) {
        return (s == null ? JsonNull.INSTANCE : new JsonPrimitive(s)).toString();
    }

    private static String string(String json) {
        JsonElement e = parse(json);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static JsonElement parse(String json) {
        return json == null ? JsonNull.INSTANCE : JsonParser.parseString(json);
    }
}
