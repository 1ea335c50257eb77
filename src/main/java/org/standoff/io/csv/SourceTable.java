package org.standoff.io.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Rows of text with a header, from a CSV file or a table of an SQLite/GeoPackage file: what
 * {@link SiteImporter} maps into mining sites. Immutable.
 *
 * @param name what to call the source in reports (file or table name)
 * @param lineLabel what a row's number is: "line" (physical line in a CSV file) or "row" (rowid)
 * @param header the column names
 * @param rows the data rows
 */
public record SourceTable(String name, String lineLabel, List<String> header, List<Row> rows) {

    public SourceTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lineLabel, "lineLabel");
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * One row of cells; cells may be null (SQL NULL).
     *
     * @param line the physical line (CSV) or rowid (table) that names the row in reports
     * @param cells one text per value, possibly more or fewer than the header has
     */
    public record Row(long line, List<String> cells) {
        public Row {
            cells = Collections.unmodifiableList(new ArrayList<>(cells));
        }

        /** The cell at {@code column}, or null when the row is shorter. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : null;
        }
    }
}
