package org.standoff.io.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Columns another program added to Standoff's own tables (QGIS's field calculator on the sites
 * layer, {@code ogr2ogr -sql "ALTER TABLE …"}): a save into the file carries their values through
 * unchanged, or refuses, naming the table and columns, before anything is written.
 *
 * <p><b>Carried</b>, by the row's identity: {@code standoff_sites} by id, {@code standoff_settings}
 * and {@code standoff_meta} by key, and each layer table by fid (the layer's table is rewritten,
 * so the columns are added back to the new table of the same layer_id, with their declared type
 * and default). A row the project no longer has takes its values with it, as the user deleted it;
 * a layer column renamed outside Standoff is such a column too, so its values survive.
 * <b>Refused</b>: a value in an added column of a table whose rows are keyed by their position
 * (zones, rules, rule sets, layers, layer fields), where no identity says which row it belongs to;
 * added columns that are empty everywhere are kept and stay empty. Stateless apart from
 * {@link Kept}; works inside the caller's transaction.
 */
final class ForeignColumns {

    /** An added column: its name, declared type and default, as {@code PRAGMA table_info} gives them. */
    record Column(String name, String type, String defaultValue) {}

    /**
     * The values of the added columns of one table, by row identity, read before the save.
     *
     * @param layerId for a layer table, the layer whose new table receives them; null otherwise
     */
    record Kept(String table, String key, String layerId, List<Column> columns, Map<Object, Object[]> values) {}

    private static final List<String> KEYED =
            List.of(StandoffSchema.SITES_TABLE, ProjectSchema.SETTINGS, "standoff_meta");
    private static final List<String> POSITIONAL = List.of(
            ProjectSchema.ZONES,
            ProjectSchema.RULES,
            ProjectSchema.RULE_SETS,
            ProjectSchema.LAYERS,
            ProjectSchema.LAYER_FIELDS);

    private static Map<String, Set<String>> own;

    private ForeignColumns() {}

    /**
     * Reads the values of every added column, inside the save's transaction and before it
     * removes anything.
     *
     * @throws StoreException naming the table and columns, if a positional table's added
     *     column holds a value the save would lose
     */
    static List<Kept> keep(Connection c, String what) throws SQLException, StoreException {
        List<Kept> kept = new ArrayList<>();
        for (String t : POSITIONAL) {
            List<Column> added = added(c, t, ownColumns(t));
            List<String> used = new ArrayList<>();
            for (Column col : added) {
                if (hasValue(c, t, col.name())) {
                    used.add(col.name());
                }
            }
            if (!used.isEmpty()) {
                throw new StoreException(
                        what + ": another program added the column(s) " + String.join(", ", used) + " to " + t
                                + ", whose rows Standoff rewrites by position; their values would be lost. Nothing was written. Copy them "
                                + "elsewhere and remove the column(s), then save again, or Save As to a new file.");
            }
        }
        for (String t : KEYED) {
            String key = t.equals(StandoffSchema.SITES_TABLE) ? "id" : "key";
            read(c, t, key, null, added(c, t, ownColumns(t)), kept);
        }
        if (StandoffSchema.hasTable(c, ProjectSchema.LAYERS)) {
            for (Map.Entry<String, String> layer : layerTables(c).entrySet()) {
                String table = layer.getKey();
                Set<String> expected = caseless(List.of("fid", "geom"));
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT column_name FROM " + ProjectSchema.LAYER_FIELDS + " WHERE table_name = ?")) {
                    ps.setString(1, table);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            expected.add(rs.getString(1));
                        }
                    }
                }
                read(c, table, "fid", layer.getValue(), added(c, table, expected), kept);
            }
        }
        return kept;
    }

    /** Puts the kept values back, after the save has written the project's rows and layer tables. */
    static void restore(Connection c, List<Kept> kept, String what) throws SQLException, StoreException {
        for (Kept k : kept) {
            String table = k.table();
            if (k.layerId() != null) {
                table = newTableOf(c, k.layerId());
                if (table == null) {
                    continue; // the layer was removed from the project, and its rows with it
                }
                Set<String> present = caseless(columnNames(c, table));
                for (Column col : k.columns()) {
                    if (present.contains(col.name())) {
                        throw new StoreException(
                                what + ": the column " + col.name() + " that another program added to the layer table "
                                        + k.table()
                                        + " now clashes with a field of the layer. Nothing was written. Rename it, then save again.");
                    }
                    exec(
                            c,
                            "ALTER TABLE " + LayerTables.q(table) + " ADD COLUMN " + LayerTables.q(col.name())
                                    + (col.type() == null || col.type().isBlank() ? "" : " " + col.type())
                                    + (col.defaultValue() == null ? "" : " DEFAULT " + col.defaultValue()));
                }
            }
            StringBuilder sql =
                    new StringBuilder("UPDATE ").append(LayerTables.q(table)).append(" SET ");
            for (int i = 0; i < k.columns().size(); i++) {
                sql.append(i == 0 ? "" : ", ")
                        .append(LayerTables.q(k.columns().get(i).name()))
                        .append(" = ?");
            }
            sql.append(" WHERE ").append(k.key()).append(" = ?");
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (Map.Entry<Object, Object[]> row : k.values().entrySet()) {
                    Object[] v = row.getValue();
                    for (int i = 0; i < v.length; i++) {
                        ps.setObject(i + 1, v[i]);
                    }
                    ps.setObject(v.length + 1, row.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static void read(
            Connection c, String table, String key, String layerId, List<Column> columns, List<Kept> kept)
            throws SQLException {
        if (columns.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(key);
        StringBuilder any = new StringBuilder();
        for (Column col : columns) {
            sql.append(", ").append(LayerTables.q(col.name()));
            any.append(any.length() == 0 ? "" : " OR ")
                    .append(LayerTables.q(col.name()))
                    .append(" IS NOT NULL");
        }
        sql.append(" FROM ").append(LayerTables.q(table)).append(" WHERE ").append(any);
        Map<Object, Object[]> values = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql.toString())) {
            while (rs.next()) {
                Object[] v = new Object[columns.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = rs.getObject(i + 2);
                }
                values.put(rs.getObject(1), v);
            }
        }
        kept.add(new Kept(table, key, layerId, columns, values));
    }

    /** The layer tables of the file and their layer_id, when that id names one table only. */
    private static Map<String, String> layerTables(Connection c) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT table_name, layer_id FROM " + ProjectSchema.LAYERS)) {
            while (rs.next()) {
                if (StandoffSchema.hasTable(c, rs.getString(1))) {
                    out.put(rs.getString(1), rs.getString(2));
                    uses.merge(rs.getString(2), 1, Integer::sum);
                }
            }
        }
        out.values().removeIf(id -> uses.get(id) > 1);
        return out;
    }

    private static String newTableOf(Connection c, String layerId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT table_name FROM " + ProjectSchema.LAYERS + " WHERE layer_id = ?")) {
            ps.setString(1, layerId);
            try (ResultSet rs = ps.executeQuery()) {
                String t = rs.next() ? rs.getString(1) : null;
                return t == null || rs.next() ? null : t;
            }
        }
    }

    private static List<Column> added(Connection c, String table, Set<String> expected) throws SQLException {
        List<Column> out = new ArrayList<>();
        if (!StandoffSchema.hasTable(c, table)) {
            return out;
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA table_info(" + LayerTables.q(table) + ")")) {
            while (rs.next()) {
                if (!expected.contains(rs.getString("name"))) {
                    out.add(new Column(rs.getString("name"), rs.getString("type"), rs.getString("dflt_value")));
                }
            }
        }
        return out;
    }

    private static boolean hasValue(Connection c, String table, String column) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT 1 FROM " + LayerTables.q(table) + " WHERE "
                        + LayerTables.q(column) + " IS NOT NULL LIMIT 1")) {
            return rs.next();
        }
    }

    private static List<String> columnNames(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA table_info(" + LayerTables.q(table) + ")")) {
            while (rs.next()) {
                out.add(rs.getString("name"));
            }
        }
        return out;
    }

    /** The columns Standoff itself gives {@code table}: read from a database made with the current schema. */
    private static synchronized Set<String> ownColumns(String table) throws SQLException, StoreException {
        if (own == null) {
            Map<String, Set<String>> m = new HashMap<>();
            try (Connection mem = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                StandoffSchema.prepare(mem, "the schema");
                for (String t : List.of(
                        StandoffSchema.SITES_TABLE,
                        ProjectSchema.SETTINGS,
                        "standoff_meta",
                        ProjectSchema.ZONES,
                        ProjectSchema.RULES,
                        ProjectSchema.RULE_SETS,
                        ProjectSchema.LAYERS,
                        ProjectSchema.LAYER_FIELDS)) {
                    m.put(t, caseless(columnNames(mem, t)));
                }
            }
            own = m;
        }
        return own.get(table);
    }

    private static Set<String> caseless(List<String> names) {
        Set<String> s = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.forEach(n -> s.add(n.toLowerCase(Locale.ROOT)));
        return s;
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
