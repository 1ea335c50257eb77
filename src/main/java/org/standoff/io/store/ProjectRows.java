package org.standoff.io.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.standoff.model.FeatureFilter;
import org.standoff.model.LayerRole;
import org.standoff.model.Rule;
import org.standoff.model.RuleSet;
import org.standoff.model.Zone;

/**
 * Writes and reads the project's non-layer rows: zones ({@code standoff_zones}, geometry as a
 * GeoPackage blob), rule sets and rules, settings ({@code standoff_settings} key/value) and the
 * {@code standoff_meta} key/value pairs (name, view, times). Lists keep their order through an
 * order column. Not thread-safe; one per save or read.
 */
final class ProjectRows {

    private final Connection c;
    private final String what;

    ProjectRows(Connection c, String what) {
        this.c = c;
        this.what = what;
    }

    void writeZones(List<Zone> zones) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO " + ProjectSchema.ZONES + " (zone_order, zone_id, name, kind, "
                        + "source_layer_id, filter_mode, filter_ids, filter_names, geom, bands, dissolve, color, rule_id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < zones.size(); i++) {
                Zone z = zones.get(i);
                ps.setInt(1, i);
                ps.setString(2, z.id());
                ps.setString(3, z.name());
                ps.setString(4, z.kind().name());
                ps.setString(5, z.sourceLayerId());
                bindFilter(ps, 6, z.filter());
                ps.setBytes(9, z.geometry() == null ? null : GeoPackageGeometry.encode(z.geometry(), 4326));
                ps.setString(10, JsonText.bands(z.bands()));
                ps.setInt(11, z.dissolve() ? 1 : 0);
                ps.setString(12, z.color());
                ps.setString(13, z.ruleId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * A row of {@code standoff_zones} that cannot be used as a zone: its rowid (= zone_order),
     * the zone_id it holds (null when it has none) and the sentence naming it and the problem.
     */
    record SetAsideZone(long order, String zoneId, String message) {}

    /**
     * Reads every usable zone in order and adds to {@code setAside} the rows that are not (an
     * unknown kind or filter mode, a geometry or bands that do not decode, a missing name), so
     * one bad row never keeps the project from opening, analysing or saving: such a row stays
     * in the file ({@link InPlaceSave} carries it through) and is listed for repair.
     */
    List<Zone> readZones(List<SetAsideZone> setAside) throws SQLException {
        List<Zone> out = new ArrayList<>();
        GeoPackageGeometry codec = new GeoPackageGeometry(new GeometryFactory());
        try (PreparedStatement ps =
                        c.prepareStatement("SELECT zone_id, name, kind, source_layer_id, filter_mode, filter_ids, "
                                + "filter_names, geom, bands, dissolve, color, rule_id, zone_order FROM "
                                + ProjectSchema.ZONES + " ORDER BY zone_order");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String where = what + ", zone " + rs.getString(1);
                String why;
                try {
                    byte[] blob = rs.getBytes(8);
                    String id = required(rs.getString(1), "zone_id");
                    String name = required(rs.getString(2), "name");
                    Zone.Kind kind = enumValue(Zone.Kind.class, rs.getString(3), "kind");
                    Geometry g = blob == null ? null : codec.decode(blob);
                    out.add(new Zone(
                            id,
                            name,
                            kind,
                            rs.getString(4),
                            filter(rs, 5, "filter"),
                            g,
                            JsonText.parseBands(rs.getString(9)),
                            rs.getInt(10) != 0,
                            rs.getString(11),
                            rs.getString(12)));
                    continue;
                } catch (ParseException
                        | IllegalArgumentException
                        | StoreException e) { // a damaged value, or the model's own checks
                    why = e.getMessage();
                }
                long order = rs.getLong(13);
                setAside.add(new SetAsideZone(
                        order,
                        rs.getString(1),
                        where + " (" + ProjectSchema.ZONES + " row " + order + "): set aside, not loaded (" + why
                                + "). It stays in the file; fix or delete it with 'standoff project repair'."));
            }
        }
        return out;
    }

    void writeRuleSets(List<RuleSet> sets) throws SQLException {
        try (PreparedStatement set = c.prepareStatement(
                        "INSERT INTO " + ProjectSchema.RULE_SETS + " (set_order, rule_set_id, name) VALUES (?, ?, ?)");
                PreparedStatement rule =
                        c.prepareStatement("INSERT INTO " + ProjectSchema.RULES + " (set_order, rule_order, rule_id, "
                                + "name, role, inner_m, outer_m, filter_mode, filter_ids, filter_names, citation, status, notes) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < sets.size(); i++) {
                RuleSet rs = sets.get(i);
                set.setInt(1, i);
                set.setString(2, rs.id());
                set.setString(3, rs.name());
                set.addBatch();
                for (int j = 0; j < rs.rules().size(); j++) {
                    Rule r = rs.rules().get(j);
                    rule.setInt(1, i);
                    rule.setInt(2, j);
                    rule.setString(3, r.id());
                    rule.setString(4, r.name());
                    rule.setString(5, r.role().name());
                    rule.setDouble(6, r.band().innerMetres());
                    rule.setDouble(7, r.band().outerMetres());
                    bindFilter(rule, 8, r.appliesTo());
                    rule.setString(11, r.citation());
                    rule.setString(12, r.status().name());
                    rule.setString(13, r.notes());
                    rule.addBatch();
                }
            }
            set.executeBatch();
            rule.executeBatch();
        }
    }

    /**
     * A row of {@code standoff_rules} that cannot be used as a rule: its key, the ids of its rule
     * set and of itself (either may be null) and the sentence naming it and the problem.
     */
    record SetAsideRule(int setOrder, int ruleOrder, String ruleSetId, String ruleId, String message) {}

    /**
     * Reads every rule set with its usable rules, in order, and adds to {@code setAside} the
     * rule rows that are not (an unknown role, status or filter mode, bands or lists that do not
     * decode, an empty required value): as for zones, one bad rule never keeps the project from
     * opening; the row stays in the file ({@link InPlaceSave} carries it through) for repair.
     */
    List<RuleSet> readRuleSets(List<SetAsideRule> setAside) throws SQLException {
        List<RuleSet> out = new ArrayList<>();
        try (PreparedStatement sets = c.prepareStatement(
                        "SELECT set_order, rule_set_id, name FROM " + ProjectSchema.RULE_SETS + " ORDER BY set_order");
                PreparedStatement rules =
                        c.prepareStatement("SELECT rule_id, name, role, inner_m, outer_m, filter_mode, filter_ids, "
                                + "filter_names, citation, status, notes, rule_order FROM " + ProjectSchema.RULES
                                + " WHERE set_order = ? ORDER BY rule_order");
                ResultSet s = sets.executeQuery()) {
            while (s.next()) {
                List<Rule> list = new ArrayList<>();
                rules.setInt(1, s.getInt(1));
                try (ResultSet r = rules.executeQuery()) {
                    while (r.next()) {
                        String where = what + ", rule set " + s.getString(2) + ", rule " + r.getString(1);
                        String why;
                        try {
                            String id = required(r.getString(1), "rule_id");
                            String name = required(r.getString(2), "name");
                            LayerRole role = enumValue(LayerRole.class, r.getString(3), "role");
                            Rule.Status status = enumValue(Rule.Status.class, r.getString(10), "status");
                            list.add(new Rule(
                                    id,
                                    name,
                                    role,
                                    new Zone.Band(r.getDouble(4), r.getDouble(5)),
                                    filter(r, 6, "filter"),
                                    r.getString(9),
                                    status,
                                    r.getString(11)));
                            continue;
                        } catch (IllegalArgumentException
                                | StoreException e) { // a damaged value, or the model's own checks (a band's radii)
                            why = e.getMessage();
                        }
                        setAside.add(new SetAsideRule(
                                s.getInt(1),
                                r.getInt(12),
                                s.getString(2),
                                r.getString(1),
                                where + " ("
                                        + ProjectSchema.RULES + " row " + s.getInt(1) + "/" + r.getInt(12)
                                        + "): set aside, not loaded (" + why
                                        + "). It stays in the file; fix or delete it with 'standoff project repair'."));
                    }
                }
                out.add(new RuleSet(s.getString(2), s.getString(3), list));
            }
        }
        return out;
    }

    void writeKeyValues(String table, Map<String, String> values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (key, value) VALUES (?, ?) "
                + "ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            for (Map.Entry<String, String> e : values.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** All rows of a key/value table; an absent table (an older file) gives an empty map. */
    Map<String, String> readKeyValues(String table) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!StandoffSchema.hasTable(c, table)) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM " + table + " ORDER BY key");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getString(1) != null && rs.getString(2) != null) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    private static void bindFilter(PreparedStatement ps, int i, FeatureFilter f) throws SQLException {
        ps.setString(i, f.mode().name());
        ps.setString(i + 1, JsonText.longs(f.ids()));
        ps.setString(i + 2, JsonText.strings(f.names()));
    }

    private static FeatureFilter filter(ResultSet rs, int i, String where) throws SQLException, StoreException {
        FeatureFilter.Mode mode = enumValue(FeatureFilter.Mode.class, rs.getString(i), where + ", filter_mode");
        // The record's constructor, not FeatureFilter.names(): that one strips names, and the file holds them as given.
        return new FeatureFilter(
                mode,
                new HashSet<>(JsonText.parseLongs(rs.getString(i + 1))),
                JsonText.parseStrings(rs.getString(i + 2)));
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String name, String where) throws StoreException {
        if (name == null) {
            throw new StoreException(where + ": no value");
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new StoreException(where + ": unknown value \"" + name + "\"");
    }

    /** A column a row cannot do without. */
    /** As {@link #required(String, String, String)}, for a row whose place the caller names. */
    static String required(String value, String column) throws StoreException {
        if (value == null) {
            throw new StoreException(column + " is empty");
        }
        return value;
    }

    static String required(String value, String where, String column) throws StoreException {
        if (value == null) {
            throw new StoreException(where + ": " + column + " is empty");
        }
        return value;
    }

    /** An ISO 8601 instant, or null for null. */
    static Instant instant(String text, String where) throws StoreException {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new StoreException(where + ": \"" + text + "\" is not an ISO 8601 time", e);
        }
    }
}
