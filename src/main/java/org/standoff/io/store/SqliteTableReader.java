package org.standoff.io.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTWriter;
import org.standoff.model.SiteText;

/**
 * Lists and reads the tables of another SQLite or GeoPackage file, as text, so they can be
 * imported as mining sites with the same mapping step as a CSV file.
 *
 * <p>Opens the file read-only and never writes to it; each call opens and closes its own
 * connection, so an instance holds no resources and may be shared between threads. Internal
 * tables ({@code sqlite_*}, {@code gpkg_*}, {@code rtree_*}, and Standoff's own
 * {@code standoff_*} tables except the sites, {@code standoff_sites}) are not listed. A feature table's geometry is given as WKT; it must be in WGS84 (SRS 4326, or an
 * undefined geographic SRS 0): this class does not reproject, and refuses other SRSs rather
 * than hand over wrong coordinates. SpatiaLite geometries are not decoded (their cells are null).
 */
public final class SqliteTableReader {

    private final Path file;

    public SqliteTableReader(Path file) {
        this.file = file;
    }

    /** The importable tables and views, in name order. */
    public List<TableInfo> tables() throws StoreException {
        try (Connection c = open()) {
            boolean gpkg = StandoffSchema.hasTable(c, "gpkg_geometry_columns");
            List<String> names = new ArrayList<>();
            try (PreparedStatement ps =
                            c.prepareStatement("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                    + "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'gpkg\\_%' ESCAPE '\\' "
                                    + "AND name NOT LIKE 'rtree\\_%' ESCAPE '\\' "
                                    + "AND (name NOT LIKE 'standoff\\_%' ESCAPE '\\' OR name = '"
                                    + StandoffSchema.SITES_TABLE + "') ORDER BY name");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            List<TableInfo> out = new ArrayList<>();
            for (String name : names) {
                String geom = null;
                int srs = 0;
                if (gpkg) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?")) {
                        ps.setString(1, name);
                        try (ResultSet rs = ps.executeQuery()) {
                            if (rs.next()) {
                                geom = rs.getString(1);
                                srs = rs.getInt(2);
                            }
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + GeoPackageReader.quote(name));
                        ResultSet rs = ps.executeQuery()) {
                    out.add(new TableInfo(name, geom, srs, rs.next() ? rs.getLong(1) : 0));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot list tables (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads up to {@code limit} rows of {@code table} (all rows when {@code limit <= 0}), in
     * rowid order.
     */
    public TableData read(String table, int limit) throws StoreException {
        TableInfo info = tables().stream()
                .filter(t -> t.name().equals(table))
                .findFirst()
                .orElseThrow(() -> new StoreException(file + ": there is no table named \"" + table + "\""));
        if (info.isFeatureTable() && info.srsId() != 4326 && info.srsId() != 0) {
            throw new StoreException(file + ", table " + table + ": its geometry is in SRS " + info.srsId()
                    + ", not WGS84 (4326); Standoff cannot reproject it yet. Export it to EPSG:4326 first.");
        }
        try (Connection c = open()) {
            boolean hasRowId = !isView(c, table);
            String sql = "SELECT " + (hasRowId ? "rowid, " : "") + "* FROM " + GeoPackageReader.quote(table)
                    + (hasRowId ? " ORDER BY rowid" : "") + (limit > 0 ? " LIMIT " + limit : "");
            try (PreparedStatement ps = c.prepareStatement(sql);
                    ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int first = hasRowId ? 2 : 1;
                List<String> columns = new ArrayList<>();
                for (int i = first; i <= md.getColumnCount(); i++) {
                    columns.add(md.getColumnName(i));
                }
                GeoPackageGeometry codec = new GeoPackageGeometry(new GeometryFactory());
                WKTWriter wkt = new WKTWriter();
                List<TableData.Row> rows = new ArrayList<>();
                long ordinal = 0;
                while (rs.next()) {
                    ordinal++;
                    long rowId = hasRowId ? rs.getLong(1) : ordinal;
                    List<String> cells = new ArrayList<>(columns.size());
                    for (int i = first; i <= md.getColumnCount(); i++) {
                        boolean geometry = columns.get(i - first).equalsIgnoreCase(info.geometryColumn());
                        cells.add(cell(rs, i, geometry ? codec : null, wkt, table, rowId));
                    }
                    rows.add(new TableData.Row(rowId, cells));
                }
                return new TableData(table, columns, rows);
            }
        } catch (SQLException e) {
            throw new StoreException(file + ", table " + table + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private String cell(ResultSet rs, int i, GeoPackageGeometry codec, WKTWriter wkt, String table, long rowId)
            throws SQLException, StoreException {
        Object v = rs.getObject(i);
        if (v == null) {
            return null;
        }
        if (v instanceof byte[]) {
            if (codec == null) {
                return null;
            }
            try {
                return wkt.write(codec.decode((byte[]) v));
            } catch (ParseException e) {
                throw new StoreException(
                        file + ", table " + table + ", row " + rowId + ": bad geometry (" + e.getMessage() + ")", e);
            }
        }
        if (v instanceof Double || v instanceof Float) {
            return SiteText.number(((Number) v).doubleValue());
        }
        return v.toString();
    }

    private static boolean isView(Connection c, String name) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private Connection open() throws StoreException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + ": file not found");
        }
        return SqliteFiles.openReadOnly(file);
    }
}
