package org.standoff.io.store;

import java.util.List;
import java.util.Objects;

/**
 * Rows of a table read as text, ready for the same column-mapping step as a CSV file.
 *
 * <p>Each cell is the value as text (integers and reals written so they read back exactly),
 * or null for SQL NULL and for blobs other than the geometry. A GeoPackage feature table's
 * geometry column holds WKT, e.g. {@code POINT (-97.1 30.6)}. Immutable.
 *
 * @param table the table name
 * @param columns the column names, in table order
 * @param rows the rows read, in rowid order
 */
public record TableData(String table, List<String> columns, List<Row> rows) {

    public TableData {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * One row.
     *
     * @param rowId the row's rowid (for a GeoPackage, its feature id), to name it in reports
     * @param cells one text (or null) per column
     */
    public record Row(long rowId, List<String> cells) {
        public Row {
            cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }
    }
}
