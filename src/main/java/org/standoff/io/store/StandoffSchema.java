package org.standoff.io.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables Standoff keeps in its GeoPackage project file, and how a file is brought up to
 * the current schema.
 *
 * <p>{@link #prepare} makes a connection's database a GeoPackage if it is a brand-new empty
 * database (application_id 'GPKG', user_version 10300, the core tables
 * {@code gpkg_spatial_ref_sys} with its three required rows, {@code gpkg_contents},
 * {@code gpkg_geometry_columns}), creates {@code standoff_meta(key, value)} and then applies,
 * in order, every {@link #MIGRATIONS migration} newer than the file's {@code schema_version},
 * all in one transaction. A file written by a newer Standoff (a higher schema_version) is
 * refused with a message saying so, never downgraded or half-read. A non-empty SQLite database
 * that is not a GeoPackage is refused rather than changed.
 *
 * <p>Later steps add migrations at the end of the list; never edit or reorder a released one.
 * Stateless; thread safety is that of the connection given.
 */
public final class StandoffSchema {

    /** The GeoPackage application_id: "GPKG" in ASCII. */
    public static final int GPKG_APPLICATION_ID = 0x47504B47;
    /** GeoPackage 1.3.0. */
    public static final int GPKG_USER_VERSION = 10300;
    /** The feature table holding the mining sites. */
    public static final String SITES_TABLE = "standoff_sites";

    /** One schema step: from {@code version - 1} to {@code version}. */
    record Migration(int version, String description, List<String> statements) {}

    static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
            + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AXIS[\"Latitude\",NORTH],"
            + "AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]";

    private static final List<String> GPKG_CORE = List.of(
            "CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, "
                    + "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)",
            "INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, '" + WGS84_WKT
                    + "', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')",
            "INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', "
                    + "'undefined cartesian coordinate reference system')",
            "INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', "
                    + "'undefined geographic coordinate reference system')",
            "CREATE TABLE IF NOT EXISTS gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
                    + "identifier TEXT UNIQUE, description TEXT DEFAULT '', "
                    + "last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), "
                    + "min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, "
                    + "CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))",
            "CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
                    + "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
                    + "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), "
                    + "CONSTRAINT uk_gc_table_name UNIQUE (table_name), "
                    + "CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
                    + "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");

    /** Every schema step, oldest first. The last one's version is {@link #CURRENT_VERSION}. */
    static final List<Migration> MIGRATIONS = List.of(
            new Migration(
                    1,
                    "mining sites feature table",
                    List.of(
                            "CREATE TABLE " + SITES_TABLE + " ("
                                    + "id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
                                    + "geom POINT NOT NULL, "
                                    + "name TEXT, operator TEXT, owner TEXT, owner_country TEXT, "
                                    + "foreign_controlled BOOLEAN, foreign_controlled_text TEXT, "
                                    + "capacity_mw REAL, capacity_text TEXT, "
                                    + "status TEXT, address TEXT, source TEXT, confidence TEXT, notes TEXT, "
                                    + "created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL)",
                            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES ('"
                                    + SITES_TABLE + "', 'features', '" + SITES_TABLE
                                    + "', 'Cryptocurrency mining sites tracked by Standoff (schema: docs/SITES.md)', 4326)",
                            "INSERT INTO gpkg_geometry_columns VALUES ('" + SITES_TABLE
                                    + "', 'geom', 'POINT', 4326, 0, 0)")),
            new Migration(2, "project tables: layers, zones, rule sets, settings", ProjectSchema.CREATE),
            new Migration(
                    3,
                    "per layer: the datum transformation, its accuracy and the reader's warnings",
                    ProjectSchema.LAYER_DATUM));

    /** The schema version this build writes and understands. */
    public static final int CURRENT_VERSION =
            MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    private StandoffSchema() {}

    /**
     * Makes the database behind {@code c} a GeoPackage with the current Standoff tables, in one
     * transaction. Safe to call on a file that is already current (it then changes nothing).
     *
     * @param what how to name the database in messages, e.g. its path
     * @throws StoreException if the database is not a GeoPackage and not empty, or was written
     *     by a newer Standoff, or cannot be written
     */
    public static void prepare(Connection c, String what) throws StoreException {
        try {
            Transactions.inTransaction(c, () -> {
                makeGeoPackage(c, what);
                exec(c, "CREATE TABLE IF NOT EXISTS standoff_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)");
                int version = schemaVersion(c);
                if (version > CURRENT_VERSION) {
                    throw new StoreException(newerVersionMessage(what, version));
                }
                for (Migration m : MIGRATIONS) {
                    if (m.version() > version) {
                        for (String sql : m.statements()) {
                            exec(c, sql);
                        }
                        setSchemaVersion(c, m.version());
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw new StoreException(what + ": cannot set up the Standoff tables (" + e.getMessage() + ")", e);
        }
    }

    /** The refusal of a file written by a newer Standoff, in the same words wherever it happens. */
    static String newerVersionMessage(String what, int version) {
        return what + " was made by a newer version of Standoff (schema " + version + "; this version reads up to "
                + CURRENT_VERSION + "). Open it with a newer Standoff.";
    }

    /** True if the database has Standoff's own tables, which is how Standoff recognises its files. */
    public static boolean isStandoffFile(Connection c) throws SQLException {
        return hasTable(c, "standoff_meta");
    }

    /** The file's {@code schema_version}, 0 when it has none. */
    static int schemaVersion(Connection c) throws SQLException, StoreException {
        if (!hasTable(c, "standoff_meta")) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM standoff_meta WHERE key = 'schema_version'");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return 0;
            }
            String v = rs.getString(1);
            if (v == null || !v.strip().matches("\\d{1,9}")) {
                throw new StoreException("standoff_meta has a schema_version that is not a number: \"" + v + "\"");
            }
            return Integer.parseInt(v.strip());
        }
    }

    static void setSchemaVersion(Connection c, int version) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO standoff_meta (key, value) VALUES ('schema_version', ?) "
                        + "ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, Integer.toString(version));
            ps.executeUpdate();
        }
    }

    private static void makeGeoPackage(Connection c, String what) throws SQLException, StoreException {
        int appId = pragmaInt(c, "application_id");
        boolean gpkg = appId == GPKG_APPLICATION_ID || appId == 0x47503130 || appId == 0x47503131; // GPKG, GP10, GP11
        if (!gpkg) {
            boolean empty;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                empty = rs.next() && rs.getInt(1) == 0;
            }
            if (!empty && !(appId == 0 && hasTable(c, "gpkg_contents"))) {
                throw new StoreException(
                        what + " is an SQLite database but not a GeoPackage; Standoff will not add its tables to it.");
            }
            if (empty) {
                exec(c, "PRAGMA application_id = " + GPKG_APPLICATION_ID);
                exec(c, "PRAGMA user_version = " + GPKG_USER_VERSION);
            }
        }
        for (String sql : GPKG_CORE) {
            exec(c, sql);
        }
    }

    static boolean hasTable(Connection c, String name) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static int pragmaInt(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
