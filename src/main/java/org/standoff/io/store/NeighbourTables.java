package org.standoff.io.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code standoff_*} tables of a project file that the store does not own: those a
 * neighbour in Standoff keeps through {@link ProjectFile#update} (the team registry link, issue
 * #21). A save over the same file carries them through untouched. Save As gives the new file the
 * tables of the file the project came from ({@link #copy}), after dropping the target's own
 * ({@link #drop}): a link describes one file's sites, and kept with another file's sites it would
 * be wrong. Triggers that name a dropped table are dropped with it; triggers are never copied
 * (their owner makes them again, seeing them missing). Works inside the caller's transaction.
 * Stateless.
 */
final class NeighbourTables {

    /** The store's own tables: everything else named standoff_* belongs to a neighbour. */
    private static final Set<String> OWN = Set.of(
            "standoff_meta",
            StandoffSchema.SITES_TABLE,
            ProjectSchema.LAYERS,
            ProjectSchema.LAYER_FIELDS,
            ProjectSchema.ZONES,
            ProjectSchema.RULE_SETS,
            ProjectSchema.RULES,
            ProjectSchema.SETTINGS);

    private NeighbourTables() {}

    /** One neighbour table: its name and the CREATE statement SQLite kept. */
    private record Table(String name, String sql) {}

    private static List<Table> tables(Connection c) throws SQLException {
        List<Table> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                        + "AND name LIKE 'standoff\\_%' ESCAPE '\\' ORDER BY name")) {
            while (rs.next()) {
                if (!OWN.contains(rs.getString(1).toLowerCase(Locale.ROOT))) {
                    out.add(new Table(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return out;
    }

    /** True if {@code c}'s database holds any neighbour table. */
    static boolean any(Connection c) throws SQLException {
        return !tables(c).isEmpty();
    }

    /** Drops every neighbour table of {@code c}'s database, and the triggers that name one. */
    static void drop(Connection c) throws SQLException {
        List<Table> tables = tables(c);
        if (tables.isEmpty()) {
            return;
        }
        List<String> triggers = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")) {
            while (rs.next()) {
                String sql = String.valueOf(rs.getString(2)).toLowerCase(Locale.ROOT);
                for (Table t : tables) {
                    if (sql.contains(t.name().toLowerCase(Locale.ROOT))) {
                        triggers.add(rs.getString(1));
                        break;
                    }
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String trigger : triggers) {
                s.execute("DROP TRIGGER IF EXISTS " + LayerTables.q(trigger));
            }
            for (Table t : tables) {
                s.execute("DROP TABLE IF EXISTS " + LayerTables.q(t.name()));
            }
        }
    }

    /** Creates in {@code to} every neighbour table of {@code from}, with its indexes and rows; {@code to} has none. */
    static void copy(Connection from, Connection to) throws SQLException {
        for (Table t : tables(from)) {
            try (Statement s = to.createStatement()) {
                s.execute(t.sql());
            }
            try (PreparedStatement ps = from.prepareStatement(
                    "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL")) {
                ps.setString(1, t.name());
                try (ResultSet rs = ps.executeQuery();
                        Statement s = to.createStatement()) {
                    while (rs.next()) {
                        s.execute(rs.getString(1));
                    }
                }
            }
            copyRows(from, to, t.name());
        }
    }

    private static void copyRows(Connection from, Connection to, String table) throws SQLException {
        String q = LayerTables.q(table);
        try (Statement s = from.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + q)) {
            int n = rs.getMetaData().getColumnCount();
            String marks = String.join(", ", java.util.Collections.nCopies(n, "?"));
            try (PreparedStatement ins = to.prepareStatement("INSERT INTO " + q + " VALUES (" + marks + ")")) {
                int batched = 0;
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        ins.setObject(i, rs.getObject(i));
                    }
                    ins.addBatch();
                    if (++batched % 5000 == 0) {
                        ins.executeBatch();
                    }
                }
                ins.executeBatch();
            }
        }
    }
}
