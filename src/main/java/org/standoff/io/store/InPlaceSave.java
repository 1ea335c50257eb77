package org.standoff.io.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.standoff.model.Project;

/**
 * Saves a project into an existing GeoPackage as one SQLite write transaction, so the file is
 * shared with QGIS, GDAL and sqlite3 the way they share it with each other (DESIGN.md 12a).
 *
 * <p><b>Guarantees.</b>
 * <ul>
 *   <li>SQLite's own write lock ({@code BEGIN IMMEDIATE}) is taken before anything is read or
 *       written and held until the commit; a program holding it already is waited for up to
 *       {@link #BUSY_TIMEOUT_MS}, then the save is refused with "in use by another program" and
 *       that program's transaction is untouched.</li>
 *   <li>A WAL or rollback journal left by a crashed writer is dealt with by SQLite itself when it
 *       opens the file (committed WAL frames are kept, a hot journal is rolled back) before the
 *       save reads anything; nothing stale can later be replayed over the saved content.</li>
 *   <li>Crash safety is SQLite's atomic commit: a crash or power loss mid-save leaves the
 *       previous content, which the next open restores from the journal.</li>
 *   <li>Only what Standoff owns is replaced: the {@code standoff_*} tables' rows and the layer
 *       tables listed in {@code standoff_layers} (with their R-tree and their rows in the
 *       GeoPackage registry tables). Every other table, view and trigger (another program's
 *       layers, QGIS's {@code layer_styles}) is carried through unchanged, and a new layer
 *       never takes another program's table name.</li>
 *   <li>Columns another program added to Standoff's own tables keep their values, or the save
 *       is refused naming them ({@link ForeignColumns}).</li>
 *   <li>The file keeps its inode, so links, owner, mode and a symlink's target are kept; a file
 *       without any write permission is refused, even for root.</li>
 *   <li>The commit is verified by reading the file back on a new connection (the saved_at
 *       written and the site count); a save that cannot be verified is reported as failed.</li>
 *   <li>Site, zone and rule rows that reading set aside ({@link SiteRows#readUsable},
 *       {@link ProjectRows#readZones}, {@link ProjectRows#readRuleSets}) are kept as they are,
 *       unless the project saves a site with the same id, a zone with the same zone_id or a rule
 *       of the same id in the same rule set; kept zones follow the project's, kept rules go to
 *       the end of their rule set (and go with it if the project dropped it).</li>
 * </ul>
 *
 * <p><b>Does not</b> merge edits another program made to Standoff's own tables: those are
 * replaced by the project being saved, as a save in any editor replaces its document.
 * Stateless; each call opens and closes its own connection.
 */
final class InPlaceSave {

    /** How long a save waits for another program's write lock before it is refused. */
    static final int BUSY_TIMEOUT_MS = 3000;

    /** GeoPackage registry tables that name a table in {@code table_name}; rows for removed layers go too. */
    private static final List<String> REGISTRY_TABLES = List.of(
            "gpkg_geometry_columns",
            "gpkg_extensions",
            "gpkg_ogr_contents",
            "gpkg_data_columns",
            "gpkg_metadata_reference",
            "gpkg_contents");

    /** The temporary table holding set-aside zone rows during a save. */
    private static final String KEPT_ZONES = "standoff_kept_zones";
    /** The temporary table holding set-aside rule rows during a save. */
    private static final String KEPT_RULES = "standoff_kept_rules";

    private static final List<String> OWN_ROW_TABLES = List.of(
            ProjectSchema.LAYER_FIELDS,
            ProjectSchema.LAYERS,
            ProjectSchema.ZONES,
            ProjectSchema.RULES,
            ProjectSchema.RULE_SETS,
            ProjectSchema.SETTINGS);

    private InPlaceSave() {}

    /** What one save wrote: the saved_at it stamped and the site rows now in the file. */
    private record Written(String savedAt, int siteRows) {}

    /** @param file a resolved target ({@link SaveTargets#resolve}: regular, writable, through links) */
    static void write(
            Project project, Path file, Map<String, String> meta, Clock clock, SaveOptions options, SaveDisk disk)
            throws StoreException {
        String what = file.toString();
        Written w = inWriteTransaction(file, disk, c -> {
            Map<String, String> allMeta = new HashMap<>(meta);
            Map<String, String> before = StandoffSchema.hasTable(c, "standoff_meta")
                    ? new ProjectRows(c, what).readKeyValues("standoff_meta")
                    : Map.of();
            if (options.checkWriteId()
                    && !java.util.Objects.equals(before.get(ProjectMeta.WRITE_ID), options.expectedWriteId())) {
                throw new ProjectChangedException(file); // read under the write lock: nobody can write in between
            }
            String created = before.get(ProjectMeta.CREATED_AT);
            if (created != null) {
                allMeta.putIfAbsent(ProjectMeta.CREATED_AT, created);
            }
            if (options.replaceNeighbours()) {
                NeighbourTables.drop(c); // first: their triggers must not fire on the rows removed below
            }
            StandoffSchema.prepare(c, what);
            Set<Long> kept = keptSiteRows(c, project);
            boolean zonesKept = keepZoneRows(c, project, what);
            boolean rulesKept = keepRuleRows(c, project, what);
            List<ForeignColumns.Kept> foreign = ForeignColumns.keep(c, what);
            removeOwnContent(c, kept);
            String savedAt = ProjectWriter.writeContent(c, project, allMeta, clock, what, tableNames(c));
            if (zonesKept) {
                restoreZoneRows(c, project.zones().size());
            }
            if (rulesKept) {
                restoreRuleRows(c);
            }
            ForeignColumns.restore(c, foreign, what);
            if (options.neighboursFrom() != null) {
                NeighbourTables.copy(options.neighboursFrom(), c);
            }
            return new Written(savedAt, project.sites().size() + kept.size());
        });
        verify(file, w.savedAt(), w.siteRows());
    }

    /**
     * Gives the file a new write id ({@link ProjectMeta#WRITE_ID}) when the connection changed any
     * row: called at the end of an update's transaction, so the id moves with the change.
     */
    static void newWriteIdIfChanged(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT total_changes()")) {
            if (!rs.next() || rs.getLong(1) == 0) {
                return;
            }
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT OR REPLACE INTO standoff_meta (key, value) VALUES (?, ?)")) {
            ps.setString(1, ProjectMeta.WRITE_ID);
            ps.setString(2, java.util.UUID.randomUUID().toString());
            ps.executeUpdate();
        }
    }

    /** Work inside the save's transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException, StoreException;
    }

    /**
     * Runs {@code work} in one write transaction on {@code file}: SQLite's write lock is taken
     * first ({@code BEGIN IMMEDIATE}, waiting {@link #BUSY_TIMEOUT_MS} for another program's),
     * held to the commit, and everything is rolled back if the work fails. The GeoPackage
     * R-tree functions are registered for triggers of other programs.
     */
    static <T> T inWriteTransaction(Path file, Work<T> work) throws StoreException {
        return inWriteTransaction(file, SaveDisk.SYSTEM, work);
    }

    /** As {@link #inWriteTransaction(Path, Work)}, on a connection with {@code disk}'s settings. */
    static <T> T inWriteTransaction(Path file, SaveDisk disk, Work<T> work) throws StoreException {
        SQLiteConfig config = disk.apply(new SQLiteConfig());
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try (Connection c =
                DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties())) {
            GeoPackageFunctions.register(c);
            // setAutoCommit(false) in IMMEDIATE mode is BEGIN IMMEDIATE: the write lock, or SQLITE_BUSY after the
            // timeout
            return Transactions.inTransaction(c, () -> work.run(c));
        } catch (SQLException e) {
            throw SqliteFiles.saveFailure(file, e);
        }
    }

    /**
     * The site rows that were set aside when the file was read ({@link SiteRows#readUsable}) and
     * that the project does not replace by id: they are carried through for the user to repair.
     */
    private static Set<Long> keptSiteRows(Connection c, Project project) throws SQLException {
        Set<Long> saved = new java.util.HashSet<>();
        project.sites().forEach(s -> saved.add(s.id()));
        Set<Long> kept = new java.util.HashSet<>();
        for (SiteRows.SetAside a : SiteRows.readUsable(c, s -> {})) {
            if (!saved.contains(a.id())) {
                kept.add(a.id());
            }
        }
        return kept;
    }

    /**
     * Copies aside (into a temporary table of this connection) the zone rows that reading sets
     * aside ({@link ProjectRows#readZones}) and that the project does not replace by zone_id, so
     * they are carried through the save for the user to repair. Returns whether there were any.
     */
    private static boolean keepZoneRows(Connection c, Project project, String what) throws SQLException {
        List<ProjectRows.SetAsideZone> setAside = new ArrayList<>();
        new ProjectRows(c, what).readZones(setAside);
        Set<String> saved = new java.util.HashSet<>();
        project.zones().forEach(z -> saved.add(z.id()));
        List<String> kept = new ArrayList<>();
        for (ProjectRows.SetAsideZone z : setAside) {
            if (z.zoneId() == null || !saved.contains(z.zoneId())) {
                kept.add(Long.toString(z.order()));
            }
        }
        exec(c, "DROP TABLE IF EXISTS temp." + KEPT_ZONES);
        if (kept.isEmpty()) {
            return false;
        }
        exec(
                c,
                "CREATE TEMP TABLE " + KEPT_ZONES + " AS SELECT * FROM " + ProjectSchema.ZONES
                        + " WHERE zone_order IN (" + String.join(", ", kept) + ")");
        return true;
    }

    /**
     * Copies aside the rule rows that reading sets aside ({@link ProjectRows#readRuleSets}) and
     * that the project does not replace (a rule of the same id in a rule set of the same id),
     * with their rule set's id, so they go back into that rule set after the save.
     */
    private static boolean keepRuleRows(Connection c, Project project, String what) throws SQLException {
        List<ProjectRows.SetAsideRule> setAside = new ArrayList<>();
        new ProjectRows(c, what).readRuleSets(setAside);
        Set<String> saved = new java.util.HashSet<>();
        project.ruleSets().forEach(rs -> rs.rules().forEach(r -> saved.add(rs.id() + "\u0000" + r.id())));
        List<String> kept = new ArrayList<>();
        for (ProjectRows.SetAsideRule r : setAside) {
            if (r.ruleId() == null || !saved.contains(r.ruleSetId() + "\u0000" + r.ruleId())) {
                kept.add("(" + r.setOrder() + ", " + r.ruleOrder() + ")");
            }
        }
        exec(c, "DROP TABLE IF EXISTS temp." + KEPT_RULES);
        if (kept.isEmpty()) {
            return false;
        }
        exec(
                c,
                "CREATE TEMP TABLE " + KEPT_RULES + " AS SELECT s.rule_set_id AS kept_set_id, r.* FROM "
                        + ProjectSchema.RULES
                        + " r JOIN " + ProjectSchema.RULE_SETS
                        + " s ON s.set_order = r.set_order WHERE (r.set_order, r.rule_order) IN (VALUES "
                        + String.join(", ", kept) + ")");
        return true;
    }

    /** Puts the kept rule rows back at the end of the rule set of the same id; a rule set the project dropped takes them with it. */
    private static void restoreRuleRows(Connection c) throws SQLException {
        String k = "temp." + KEPT_RULES;
        exec(
                c,
                "UPDATE " + k + " SET set_order = (SELECT set_order FROM main." + ProjectSchema.RULE_SETS
                        + " WHERE rule_set_id = kept_set_id ORDER BY set_order LIMIT 1)");
        exec(c, "DELETE FROM " + k + " WHERE set_order IS NULL");
        exec(
                c,
                "UPDATE " + k + " SET rule_order = (SELECT coalesce(max(r.rule_order), -1) FROM main."
                        + ProjectSchema.RULES + " r WHERE r.set_order = " + KEPT_RULES + ".set_order) + rowid");
        List<String> columns = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA main.table_info(" + ProjectSchema.RULES + ")")) {
            while (rs.next()) {
                columns.add(LayerTables.q(rs.getString("name")));
            }
        }
        String list = String.join(", ", columns);
        exec(
                c,
                "INSERT INTO main." + ProjectSchema.RULES + " (" + list + ") SELECT " + list + " FROM " + k
                        + " ORDER BY rowid");
        exec(c, "DROP TABLE " + k);
    }

    /** Puts the kept zone rows back after the project's {@code written} zones, in their old order. */
    private static void restoreZoneRows(Connection c, int written) throws SQLException {
        exec(c, "UPDATE temp." + KEPT_ZONES + " SET zone_order = " + written + " - 1 + rowid");
        exec(c, "INSERT INTO " + ProjectSchema.ZONES + " SELECT * FROM temp." + KEPT_ZONES + " ORDER BY rowid");
        exec(c, "DROP TABLE temp." + KEPT_ZONES);
    }

    /**
     * Deletes the site and zone rows that reading sets aside ({@link SiteRows#readUsable},
     * {@link ProjectRows#readZones}), in one write transaction with the same locking as a save,
     * and returns what they were.
     */
    static List<String> removeSetAsideRows(Path file) throws StoreException {
        return inWriteTransaction(file, c -> {
            List<String> removed = new ArrayList<>();
            if (StandoffSchema.hasTable(c, ProjectSchema.ZONES)) {
                List<ProjectRows.SetAsideZone> zones = new ArrayList<>();
                new ProjectRows(c, file.toString()).readZones(zones);
                try (PreparedStatement del =
                        c.prepareStatement("DELETE FROM " + ProjectSchema.ZONES + " WHERE zone_order = ?")) {
                    for (ProjectRows.SetAsideZone z : zones) {
                        del.setLong(1, z.order());
                        del.executeUpdate();
                        removed.add(z.message()
                                .replaceFirst("set aside, not loaded \\((.*)\\)\\. It stays.*", "deleted ($1)"));
                    }
                }
            }
            if (StandoffSchema.hasTable(c, ProjectSchema.RULES)) {
                List<ProjectRows.SetAsideRule> rules = new ArrayList<>();
                new ProjectRows(c, file.toString()).readRuleSets(rules);
                try (PreparedStatement del = c.prepareStatement(
                        "DELETE FROM " + ProjectSchema.RULES + " WHERE set_order = ? AND rule_order = ?")) {
                    for (ProjectRows.SetAsideRule r : rules) {
                        del.setInt(1, r.setOrder());
                        del.setInt(2, r.ruleOrder());
                        del.executeUpdate();
                        removed.add(r.message()
                                .replaceFirst("set aside, not loaded \\((.*)\\)\\. It stays.*", "deleted ($1)"));
                    }
                }
            }
            if (StandoffSchema.hasTable(c, StandoffSchema.SITES_TABLE)) {
                try (PreparedStatement del =
                        c.prepareStatement("DELETE FROM " + StandoffSchema.SITES_TABLE + " WHERE id = ?")) {
                    for (SiteRows.SetAside a : SiteRows.readUsable(c, s -> {})) {
                        del.setLong(1, a.id());
                        del.executeUpdate();
                        removed.add(a.message()
                                .replaceFirst("set aside, not loaded \\((.*)\\)\\. It stays.*", "deleted ($1)"));
                    }
                }
            }
            newWriteIdIfChanged(c);
            return removed;
        });
    }

    /** Drops the layer tables Standoff wrote and empties its own tables but for {@code keptSites}, inside the caller's transaction. */
    private static void removeOwnContent(Connection c, Set<Long> keptSites) throws SQLException {
        List<String> layerTables = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT table_name FROM " + ProjectSchema.LAYERS)) {
            while (rs.next()) {
                layerTables.add(rs.getString(1));
            }
        }
        Set<String> present = tableNames(c);
        for (String t : layerTables) {
            exec(c, "DROP TABLE IF EXISTS " + LayerTables.q("rtree_" + t + "_geom"));
            exec(c, "DROP TABLE IF EXISTS " + LayerTables.q(t));
            for (String registry : REGISTRY_TABLES) {
                if (present.contains(registry)) {
                    try (PreparedStatement ps =
                            c.prepareStatement("DELETE FROM " + registry + " WHERE table_name = ?")) {
                        ps.setString(1, t);
                        ps.executeUpdate();
                    }
                }
            }
        }
        for (String t : OWN_ROW_TABLES) {
            exec(c, "DELETE FROM " + t);
        }
        // the sites table last: it may keep set-aside rows
        if (keptSites.isEmpty()) {
            exec(c, "DELETE FROM " + StandoffSchema.SITES_TABLE);
        } else {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + StandoffSchema.SITES_TABLE);
                    PreparedStatement del =
                            c.prepareStatement("DELETE FROM " + StandoffSchema.SITES_TABLE + " WHERE id = ?")) {
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                for (long id : ids) {
                    if (!keptSites.contains(id)) {
                        del.setLong(1, id);
                        del.addBatch();
                    }
                }
                del.executeBatch();
            }
        }
        exec(c, "DELETE FROM standoff_meta WHERE key <> 'schema_version'");
    }

    private static Set<String> tableNames(Connection c) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Reads the file back on a new connection: the save is done only if it shows this save's saved_at and sites. */
    private static void verify(Path file, String savedAt, int sites) throws StoreException {
        try (Connection c = SqliteFiles.openReadOnly(file)) {
            String saved = new ProjectRows(c, file.toString())
                    .readKeyValues("standoff_meta")
                    .get(ProjectMeta.SAVED_AT);
            int count;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM " + StandoffSchema.SITES_TABLE)) {
                count = rs.next() ? rs.getInt(1) : -1;
            }
            if (!savedAt.equals(saved) || count != sites) {
                throw new StoreException(
                        file + ": the save could not be verified: reading the file back shows saved_at " + saved
                                + " and " + count + " sites, not " + savedAt + " and " + sites
                                + ". Save again, or Save As to another file.");
            }
        } catch (SQLException e) {
            throw new StoreException(
                    file + ": the save could not be verified on reading the file back (" + e.getMessage() + ")", e);
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
