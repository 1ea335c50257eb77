package org.standoff.io.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.FieldType;
import org.standoff.model.Layer;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerSource;
import org.standoff.model.LayerStyle;
import org.standoff.model.ProjectLayer;

/**
 * Reads back the layers {@link LayerTables} wrote: {@code standoff_layers} in panel order, each
 * layer's exact fields from {@code standoff_layer_fields}, and its feature table in fid order.
 * Values that another program left in a form Standoff does not write (a date that is not
 * {@code yyyy-mm-dd}, an unknown role) fail with a {@link StoreException} naming the table, row
 * and column. Not thread-safe (the geometry codec keeps state); one per read.
 */
final class LayerTableReader {

    private final Connection c;
    private final String what;
    private final GeoPackageGeometry codec = new GeoPackageGeometry(new GeometryFactory());
    private List<String> warnings = new ArrayList<>();
    /** Fields already warned about, so a column of text in a number field gives one warning, not one per row. */
    private final java.util.Set<String> warnedFields = new java.util.HashSet<>();

    LayerTableReader(Connection c, String what) {
        this.c = c;
        this.what = what;
    }

    /**
     * Reads every layer. A field whose column another program renamed or dropped is read as
     * empty (never as the column's name, which SQLite would give for a missing double-quoted
     * identifier), with a warning added to {@code warnings}.
     */
    List<ProjectLayer> readAll(List<String> warnings) throws SQLException, StoreException {
        this.warnings = warnings;
        List<ProjectLayer> out = new ArrayList<>();
        // A file of schema 2 (before issue #18) has no datum columns: they read as not recorded.
        String datum = columnsOf(ProjectSchema.LAYERS).contains("datum_operation")
                ? "datum_operation, datum_accuracy_m, reader_warnings"
                : "NULL, NULL, NULL";
        try (PreparedStatement ps =
                        c.prepareStatement("SELECT layer_id, table_name, name, role, color, fill_opacity, line_width, "
                                + "point_size, visible, source_path, source_imported_at, source_sha256, source_crs, "
                                + datum + " FROM " + ProjectSchema.LAYERS
                                + " ORDER BY panel_order");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String table = rs.getString(2);
                String where = what + ", layer table " + table;
                LayerRole role = ProjectRows.enumValue(LayerRole.class, rs.getString(4), where + ", role");
                LayerStyle style;
                String color = ProjectRows.required(rs.getString(5), where, "color");
                try {
                    style = new LayerStyle(color, rs.getDouble(6), rs.getDouble(7), rs.getDouble(8));
                } catch (IllegalArgumentException e) { // the model's own checks (colour form, ranges)
                    throw new StoreException(where + ": bad style (" + e.getMessage() + ")", e);
                }
                String sourcePath = rs.getString(10);
                LayerSource source = sourcePath == null
                        ? null
                        : new LayerSource(
                                sourcePath,
                                ProjectRows.instant(rs.getString(11), where + ", source_imported_at"),
                                rs.getString(12),
                                rs.getString(13),
                                rs.getString(14),
                                accuracy(rs, 15, where),
                                readerWarnings(rs.getString(16), where));
                List<Field> fields = new ArrayList<>();
                List<String> columns = new ArrayList<>();
                readFields(table, fields, columns, where);
                java.util.Set<String> present = columnsOf(table);
                for (int i = 0; i < columns.size(); i++) {
                    if (columns.get(i) != null
                            && !present.contains(columns.get(i).toLowerCase(java.util.Locale.ROOT))) {
                        warnings.add(where + ": column \"" + columns.get(i) + "\" of field "
                                + fields.get(i).name()
                                + " is missing (renamed or dropped by another program?); the field is read as empty.");
                        columns.set(i, null);
                    }
                }
                Layer layer = new Layer(rs.getString(3), fields, features(table, fields, columns, where), source);
                out.add(new ProjectLayer(rs.getString(1), layer, role, style, rs.getInt(9) != 0));
            }
        }
        return out;
    }

    /** The stated datum accuracy, or null when none is recorded or another program left something that is not a distance. */
    private Double accuracy(ResultSet rs, int column, String where) throws SQLException {
        Object v = rs.getObject(column);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n && n.doubleValue() >= 0 && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        warnings.add(where + ": datum_accuracy_m \"" + v
                + "\" is not a distance in metres; the accuracy is read as unknown.");
        return null;
    }

    /** The reader's warnings kept with the layer; a cell that is not a JSON array of strings reads as none, with a warning. */
    private List<String> readerWarnings(String json, String where) {
        if (json == null) {
            return List.of();
        }
        try {
            return JsonText.parseStrings(json);
        } catch (IllegalArgumentException e) {
            warnings.add(where + ": reader_warnings cannot be read (" + e.getMessage() + "); they are dropped.");
            return List.of();
        }
    }

    /** The number a text cell holds, or null (read as empty) with one warning per field. */
    private Number numberFrom(String text, Field field, String where) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            String key = where.replaceFirst(", feature .*$", "") + "/" + field.name();
            if (warnedFields.add(key)) {
                warnings.add(where + ", field " + field.name() + ": \"" + text
                        + "\" is text in a number field (written by another "
                        + "program?); it is read as empty, not as 0.");
            }
            return null;
        }
    }

    /** The table's column names, lower-cased (SQLite's identifiers ignore case). */
    private java.util.Set<String> columnsOf(String table) throws SQLException {
        java.util.Set<String> names = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return names;
    }

    private void readFields(String table, List<Field> fields, List<String> columns, String where)
            throws SQLException, StoreException {
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name, name, type, length, decimals FROM "
                + ProjectSchema.LAYER_FIELDS + " WHERE table_name = ? ORDER BY field_index")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                    FieldType type = ProjectRows.enumValue(
                            FieldType.class, rs.getString(3), where + ", field " + rs.getString(2));
                    fields.add(new Field(rs.getString(2), type, rs.getInt(4), rs.getInt(5)));
                }
            }
        }
    }

    private List<Feature> features(String table, List<Field> fields, List<String> columns, String where)
            throws SQLException, StoreException {
        StringBuilder sql = new StringBuilder("SELECT fid, geom");
        for (String col : columns) {
            sql.append(", ").append(col == null ? "NULL" : LayerTables.q(col));
        }
        sql.append(" FROM ").append(LayerTables.q(table)).append(" ORDER BY fid");
        List<Feature> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString());
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                Geometry g;
                try {
                    g = codec.decode(rs.getBytes(2));
                } catch (ParseException e) {
                    throw new StoreException(where + ", feature " + id + ": bad geometry (" + e.getMessage() + ")", e);
                }
                Object[] values = new Object[fields.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = value(rs, i + 3, fields.get(i), where + ", feature " + id);
                }
                out.add(new Feature(id, g, values));
            }
        }
        return out;
    }

    private Object value(ResultSet rs, int column, Field field, String where) throws SQLException, StoreException {
        switch (field.type()) {
            case INTEGER, DOUBLE, BOOLEAN -> {
                Object raw = rs.getObject(column);
                if (raw instanceof String text) {
                    // another program wrote text into a number column: SQLite would read it as 0
                    raw = numberFrom(text, field, where);
                }
                if (!(raw instanceof Number n)) {
                    return null;
                }
                return switch (field.type()) {
                    case INTEGER -> n.longValue();
                    case DOUBLE -> n.doubleValue();
                    default -> n.longValue() != 0;
                };
            }
            default -> {
                String s = rs.getString(column);
                if (s == null || field.type() == FieldType.STRING) {
                    return s;
                }
                try {
                    return field.type() == FieldType.DATE ? LocalDate.parse(s) : Instant.parse(s);
                } catch (DateTimeParseException e) {
                    throw new StoreException(
                            where + ", field " + field.name() + ": \"" + s + "\" is not a valid "
                                    + field.type().name().toLowerCase(java.util.Locale.ROOT),
                            e);
                }
            }
        }
    }
}
