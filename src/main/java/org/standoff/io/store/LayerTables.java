package org.standoff.io.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.FieldType;
import org.standoff.model.Layer;
import org.standoff.model.LayerSource;
import org.standoff.model.ProjectLayer;

/**
 * Writes each project layer as a real GeoPackage feature table, so GDAL and QGIS open the
 * project's layers directly: table {@code layer_<name>} (sanitised, unique), primary key
 * {@code fid} = the feature id, geometry column {@code geom} (GeoPackage blobs, SRS 4326, 2D),
 * one typed column per field, registration in {@code gpkg_contents} (with the extent) and
 * {@code gpkg_geometry_columns} (the one geometry type when uniform, else GEOMETRY), and an
 * R-tree spatial index (GeoPackage RTree extension: {@code rtree_<table>_geom}, the six
 * triggers of the specification, a row in {@code gpkg_extensions}). The layer's metadata and
 * exact field definitions go to {@code standoff_layers} and {@code standoff_layer_fields}.
 *
 * <p>Value storage: STRING TEXT, INTEGER INTEGER, DOUBLE REAL (NaN is stored as NULL, which is
 * what SQLite does with NaN), BOOLEAN 0/1, DATE {@code yyyy-mm-dd}, TIMESTAMP GeoPackage
 * DATETIME (UTC, millisecond precision: finer fractions are cut). An empty geometry
 * collection (a shapefile's null shape) is stored as NULL; other empty geometries as empty
 * blobs. A value whose Java type does not match its field fails the save, naming the layer,
 * feature and field, rather than writing something that would read back differently.
 *
 * <p>The R-tree is filled here from Java, and its triggers are created after the rows, because
 * the triggers call {@code ST_*} functions that GDAL provides but plain SQLite does not: they
 * keep the index right when GDAL/QGIS edit the table later. Not thread-safe; one per save.
 */
final class LayerTables {

    private final Connection c;
    private final Set<String> usedTables = new HashSet<>();

    /** @param takenTables table names already in the file (other programs' tables), never reused for a layer */
    LayerTables(Connection c, Set<String> takenTables) {
        this.c = c;
        takenTables.forEach(t -> usedTables.add(t.toLowerCase(Locale.ROOT)));
    }

    /** Writes one layer at panel position {@code order}; call inside the save's transaction. */
    void write(ProjectLayer pl, int order) throws SQLException, StoreException {
        Layer layer = pl.data();
        String table = tableName(layer.name());
        List<String> columns = columnNames(layer.fields());
        String type = geometryType(layer.features());
        StringBuilder ddl = new StringBuilder("CREATE TABLE ")
                .append(q(table))
                .append(" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom ")
                .append(type);
        for (int i = 0; i < columns.size(); i++) {
            ddl.append(", ")
                    .append(q(columns.get(i)))
                    .append(' ')
                    .append(sqlType(layer.fields().get(i).type()));
        }
        exec(ddl.append(')').toString());
        insertFeatures(pl, table, columns);
        register(layer, table, type);
        writeMetadata(pl, order, table, columns);
        spatialIndex(layer, table);
    }

    private void insertFeatures(ProjectLayer pl, String table, List<String> columns)
            throws SQLException, StoreException {
        Layer layer = pl.data();
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(q(table)).append(" (fid, geom");
        StringBuilder params = new StringBuilder("?, ?");
        for (String col : columns) {
            sql.append(", ").append(q(col));
            params.append(", ?");
        }
        sql.append(") VALUES (").append(params).append(')');
        List<Field> fields = layer.fields();
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int batched = 0;
            for (Feature f : layer.features()) {
                if (!ids.add(f.id())) {
                    throw new StoreException("layer \"" + layer.name() + "\" has two features with id " + f.id());
                }
                ps.setLong(1, f.id());
                byte[] blob = isNullShape(f.geometry()) ? null : GeoPackageGeometry.encode(f.geometry(), 4326);
                ps.setBytes(2, blob);
                for (int i = 0; i < fields.size(); i++) {
                    bind(ps, i + 3, fields.get(i), i < f.valueCount() ? f.value(i) : null, layer, f);
                }
                ps.addBatch();
                if (++batched % 5000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, int index, Field field, Object v, Layer layer, Feature f)
            throws SQLException, StoreException {
        if (v == null) {
            ps.setNull(index, Types.NULL);
            return;
        }
        boolean ok = switch (field.type()) {
            case STRING -> v instanceof String;
            case INTEGER -> v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte;
            case DOUBLE -> v instanceof Number;
            case BOOLEAN -> v instanceof Boolean;
            case DATE -> v instanceof LocalDate;
            case TIMESTAMP -> v instanceof Instant;
        };
        if (!ok) {
            throw new StoreException("layer \"" + layer.name() + "\", feature " + f.id() + ", field " + field.name()
                    + ": a " + v.getClass().getSimpleName() + " value in a " + field.type() + " field cannot be saved");
        }
        switch (field.type()) {
            case STRING -> ps.setString(index, (String) v);
            case INTEGER -> ps.setLong(index, ((Number) v).longValue());
            case DOUBLE -> ps.setDouble(index, ((Number) v).doubleValue());
            case BOOLEAN -> ps.setInt(index, (Boolean) v ? 1 : 0);
            case DATE -> ps.setString(index, v.toString());
            case TIMESTAMP -> ps.setString(index, SiteRows.datetime((Instant) v));
            default -> throw new IllegalStateException("unhandled field type " + field.type());
        }
    }

    private void register(Layer layer, String table, String type) throws SQLException {
        Envelope e = layer.envelope();
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
                        + "min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, 4326)")) {
            ps.setString(1, table);
            ps.setString(2, table);
            ps.setString(3, "Standoff layer \"" + layer.name() + "\"");
            double[] box = e.isNull() ? null : new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()};
            for (int i = 0; i < 4; i++) {
                if (box == null) {
                    ps.setNull(4 + i, Types.REAL);
                } else {
                    ps.setDouble(4 + i, box[i]);
                }
            }
            ps.executeUpdate();
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, 4326, 0, 0)")) {
            ps.setString(1, table);
            ps.setString(2, type);
            ps.executeUpdate();
        }
    }

    private void writeMetadata(ProjectLayer pl, int order, String table, List<String> columns) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + ProjectSchema.LAYERS
                + " (panel_order, layer_id, table_name, name, role, color, fill_opacity, "
                + "line_width, point_size, visible, source_path, source_imported_at, source_sha256, source_crs, datum_operation, "
                + "datum_accuracy_m, reader_warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setInt(1, order);
            ps.setString(2, pl.id());
            ps.setString(3, table);
            ps.setString(4, pl.name());
            ps.setString(5, pl.role().name());
            ps.setString(6, pl.style().color());
            ps.setDouble(7, pl.style().fillOpacity());
            ps.setDouble(8, pl.style().lineWidth());
            ps.setDouble(9, pl.style().pointSize());
            ps.setInt(10, pl.visible() ? 1 : 0);
            LayerSource s = pl.data().source().orElse(null);
            ps.setString(11, s == null ? null : s.path());
            ps.setString(
                    12,
                    s == null || s.importedAt() == null ? null : s.importedAt().toString());
            ps.setString(13, s == null ? null : s.sha256());
            ps.setString(14, s == null ? null : s.crsName());
            ps.setString(15, s == null ? null : s.datumOperation());
            if (s == null || s.datumAccuracyMetres() == null) {
                ps.setNull(16, Types.REAL);
            } else {
                ps.setDouble(16, s.datumAccuracyMetres());
            }
            ps.setString(17, s == null || s.readerWarnings().isEmpty() ? null : JsonText.strings(s.readerWarnings()));
            ps.executeUpdate();
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO " + ProjectSchema.LAYER_FIELDS + " (table_name, field_index, "
                        + "column_name, name, type, length, decimals) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            List<Field> fields = pl.data().fields();
            for (int i = 0; i < fields.size(); i++) {
                Field f = fields.get(i);
                ps.setString(1, table);
                ps.setInt(2, i);
                ps.setString(3, columns.get(i));
                ps.setString(4, f.name());
                ps.setString(5, f.type().name());
                ps.setInt(6, f.length());
                ps.setInt(7, f.decimals());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The R-tree, filled from Java, then the specification's triggers (see the class comment). */
    private void spatialIndex(Layer layer, String table) throws SQLException {
        String rtree = "rtree_" + table + "_geom";
        exec("CREATE VIRTUAL TABLE " + q(rtree) + " USING rtree(id, minx, maxx, miny, maxy)");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + q(rtree) + " VALUES (?, ?, ?, ?, ?)")) {
            int batched = 0;
            for (Feature f : layer.features()) {
                if (f.geometry().isEmpty()) {
                    continue;
                }
                Envelope e = f.geometry().getEnvelopeInternal();
                ps.setLong(1, f.id());
                ps.setDouble(2, e.getMinX());
                ps.setDouble(3, e.getMaxX());
                ps.setDouble(4, e.getMinY());
                ps.setDouble(5, e.getMaxY());
                ps.addBatch();
                if (++batched % 5000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        for (String trigger : RTreeTriggers.sql(table, "geom", "fid")) {
            exec(trigger);
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO gpkg_extensions VALUES (?, 'geom', 'gpkg_rtree_index', "
                        + "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')")) {
            ps.setString(1, table);
            ps.executeUpdate();
        }
    }

    /** {@code layer_} + the name in lower-case letters, digits and underscores, made unique. */
    String tableName(String layerName) {
        String base =
                layerName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (base.length() > 40) {
            base = base.substring(0, 40);
        }
        base = "layer_" + (base.isEmpty() ? "unnamed" : base);
        String name = base;
        for (int n = 2; !usedTables.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    /** The field names, renamed only where SQLite would refuse them (duplicates ignoring case, fid, geom). */
    static List<String> columnNames(List<Field> fields) {
        Set<String> used = new HashSet<>(Set.of("fid", "geom"));
        List<String> out = new ArrayList<>();
        for (Field f : fields) {
            String base = f.name().isBlank() ? "field" : f.name();
            String name = base;
            for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + "_" + n;
            }
            out.add(name);
        }
        return out;
    }

    /** GeoPackage geometry type name: the one type of all non-empty geometries, or GEOMETRY. */
    static String geometryType(List<Feature> features) {
        Set<String> types = new LinkedHashSet<>();
        for (Feature f : features) {
            if (!isNullShape(f.geometry())) {
                String t = f.geometry().getGeometryType().toUpperCase(Locale.ROOT);
                types.add(t.equals("LINEARRING") ? "LINESTRING" : t);
            }
        }
        return types.size() == 1 ? types.iterator().next() : "GEOMETRY";
    }

    static String sqlType(FieldType t) {
        return switch (t) {
            case STRING -> "TEXT";
            case INTEGER -> "INTEGER";
            case DOUBLE -> "REAL";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "DATETIME";
        };
    }

    /** A shapefile null shape arrives as an empty collection; the file stores it as NULL. */
    static boolean isNullShape(Geometry g) {
        return g.isEmpty() && g.getClass() == GeometryCollection.class;
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static String q(String identifier) {
        return GeoPackageReader.quote(identifier);
    }
}
