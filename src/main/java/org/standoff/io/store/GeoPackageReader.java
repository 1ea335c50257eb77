package org.standoff.io.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.FieldType;
import org.standoff.model.Layer;
import org.standoff.model.LayerSource;

/**
 * Reads feature tables of a GeoPackage file into {@link Layer}s.
 *
 * <p>Opens the file read-only and never writes to it. Geometries must already be in WGS84
 * lon/lat (SRS 4326 or an undefined geographic SRS); reprojection of other SRSs is not done
 * here. Each call opens and closes its own connection, so an instance holds no resources.
 */
public final class GeoPackageReader {

    private final Path file;

    public GeoPackageReader(Path file) {
        this.file = file;
    }

    /** The names of the feature tables listed in {@code gpkg_contents}, in file order. */
    public List<String> featureTables() throws StoreException {
        try (Connection c = open();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY rowid")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new StoreException(file + ": not a readable GeoPackage (" + e.getMessage() + ")", e);
        }
    }

    /** Reads every row of a feature table; non-geometry columns become fields. */
    public Layer readLayer(String table) throws StoreException {
        try (Connection c = open()) {
            String geomColumn = geometryColumn(c, table);
            List<String> columns = new ArrayList<>();
            List<Field> fields = new ArrayList<>();
            String pk = null;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
                while (rs.next()) {
                    String name = rs.getString("name");
                    if (rs.getInt("pk") == 1 && pk == null) {
                        pk = name;
                    } else if (!name.equalsIgnoreCase(geomColumn)) {
                        columns.add(name);
                        fields.add(Field.of(name, fieldType(rs.getString("type"))));
                    }
                }
            }
            StringBuilder sql = new StringBuilder("SELECT ")
                    .append(pk == null ? "rowid" : quote(pk))
                    .append(", ")
                    .append(quote(geomColumn));
            for (String col : columns) {
                sql.append(", ").append(quote(col));
            }
            sql.append(" FROM ").append(quote(table));
            List<Feature> features = new ArrayList<>();
            GeoPackageGeometry codec = new GeoPackageGeometry(new GeometryFactory());
            try (PreparedStatement ps = c.prepareStatement(sql.toString());
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Geometry g = decode(codec, rs.getBytes(2), table, id);
                    Object[] values = new Object[columns.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = value(rs, i + 3, fields.get(i).type());
                    }
                    features.add(new Feature(id, g, values));
                }
            }
            return new Layer(table, fields, features, new LayerSource(file.toString(), null, null, "WGS 84"));
        } catch (SQLException e) {
            throw new StoreException(file + ", table " + table + ": " + e.getMessage(), e);
        }
    }

    private Geometry decode(GeoPackageGeometry codec, byte[] blob, String table, long id) throws StoreException {
        try {
            return codec.decode(blob);
        } catch (ParseException e) {
            throw new StoreException(
                    file + ", table " + table + ", feature " + id + ": bad geometry (" + e.getMessage() + ")", e);
        }
    }

    private String geometryColumn(Connection c, String table) throws SQLException, StoreException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(file + ": table " + table + " is not a feature table of this GeoPackage");
                }
                return rs.getString(1);
            }
        }
    }

    private Connection open() throws StoreException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + ": file not found");
        }
        return SqliteFiles.openReadOnly(file);
    }

    private static Object value(ResultSet rs, int column, FieldType type) throws SQLException {
        Object raw = rs.getObject(column);
        if (raw == null) {
            return null;
        }
        return switch (type) {
            case INTEGER -> rs.getLong(column);
            case DOUBLE -> rs.getDouble(column);
            case BOOLEAN -> rs.getLong(column) != 0;
            default -> rs.getString(column);
        };
    }

    private static FieldType fieldType(String declared) {
        String t = declared == null ? "" : declared.toUpperCase(Locale.ROOT);
        if (t.contains("INT")) {
            return FieldType.INTEGER;
        }
        if (t.contains("REAL") || t.contains("DOUBLE") || t.contains("FLOAT")) {
            return FieldType.DOUBLE;
        }
        if (t.contains("BOOL")) {
            return FieldType.BOOLEAN;
        }
        return FieldType.STRING;
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
