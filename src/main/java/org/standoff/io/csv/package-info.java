/**
 * Exchange of mining sites with other tools: CSV import (encoding and delimiter detection,
 * preview, column mapping, per-row report, duplicate handling) that yields an
 * {@link org.standoff.io.csv.ImportPlan} committed in one transaction, the same planning for
 * tables of other SQLite/GeoPackage files, and export to CSV and GeoJSON. No JavaFX, no SQL
 * (that stays in {@code org.standoff.io.store}); errors are
 * {@link org.standoff.io.csv.CsvException}.
 */
package org.standoff.io.csv;
