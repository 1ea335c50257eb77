package org.standoff.io.store;

import java.util.List;

/**
 * The tables of a project file beyond the mining sites (schema versions 2 and 3; layout in
 * {@code docs/PROJECT_FILE.md}): layer metadata and field definitions, zones, rule sets and
 * rules, settings, and the GeoPackage extensions table that registers the layers' R-tree
 * indexes. Rows are keyed by their position (panel order, list order), never by the model's
 * ids, so a project whose ids happen to repeat still saves. Lists inside a row (bands, feature
 * ids, names) are short JSON arrays ({@link JsonText}). Constants only.
 */
final class ProjectSchema {

    static final String LAYERS = "standoff_layers";
    static final String LAYER_FIELDS = "standoff_layer_fields";
    static final String ZONES = "standoff_zones";
    static final String RULE_SETS = "standoff_rule_sets";
    static final String RULES = "standoff_rules";
    static final String SETTINGS = "standoff_settings";

    /** The statements of migration 2; all create tables, so they also serve a brand-new file. */
    static final List<String> CREATE = List.of(
            "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, "
                    + "definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))",
            "CREATE TABLE " + LAYERS + " (panel_order INTEGER PRIMARY KEY NOT NULL, layer_id TEXT NOT NULL, "
                    + "table_name TEXT NOT NULL UNIQUE, name TEXT NOT NULL, role TEXT NOT NULL, color TEXT NOT NULL, "
                    + "fill_opacity REAL NOT NULL, line_width REAL NOT NULL, point_size REAL NOT NULL, visible BOOLEAN NOT NULL, "
                    + "source_path TEXT, source_imported_at TEXT, source_sha256 TEXT, source_crs TEXT)",
            "CREATE TABLE " + LAYER_FIELDS
                    + " (table_name TEXT NOT NULL, field_index INTEGER NOT NULL, column_name TEXT NOT NULL, "
                    + "name TEXT NOT NULL, type TEXT NOT NULL, length INTEGER NOT NULL, decimals INTEGER NOT NULL, "
                    + "PRIMARY KEY (table_name, field_index))",
            "CREATE TABLE " + ZONES
                    + " (zone_order INTEGER PRIMARY KEY NOT NULL, zone_id TEXT NOT NULL, name TEXT NOT NULL, "
                    + "kind TEXT NOT NULL, source_layer_id TEXT, filter_mode TEXT NOT NULL, filter_ids TEXT NOT NULL, "
                    + "filter_names TEXT NOT NULL, geom BLOB, bands TEXT NOT NULL, dissolve BOOLEAN NOT NULL, color TEXT, rule_id TEXT)",
            "CREATE TABLE " + RULE_SETS
                    + " (set_order INTEGER PRIMARY KEY NOT NULL, rule_set_id TEXT NOT NULL, name TEXT NOT NULL)",
            "CREATE TABLE " + RULES
                    + " (set_order INTEGER NOT NULL, rule_order INTEGER NOT NULL, rule_id TEXT NOT NULL, "
                    + "name TEXT NOT NULL, role TEXT NOT NULL, inner_m REAL NOT NULL, outer_m REAL NOT NULL, "
                    + "filter_mode TEXT NOT NULL, filter_ids TEXT NOT NULL, filter_names TEXT NOT NULL, citation TEXT NOT NULL, "
                    + "status TEXT NOT NULL, notes TEXT NOT NULL, PRIMARY KEY (set_order, rule_order))",
            "CREATE TABLE " + SETTINGS + " (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)");

    /**
     * Migration 3 (issue #18): what took each layer to WGS 84 and how well, and what the reader
     * said about its file, so that a reopened project still shows them next to distances.
     * Columns added at the end keep every reader that names its columns (GDAL, older queries) working.
     */
    static final List<String> LAYER_DATUM = List.of(
            "ALTER TABLE " + LAYERS + " ADD COLUMN datum_operation TEXT",
            "ALTER TABLE " + LAYERS + " ADD COLUMN datum_accuracy_m REAL",
            "ALTER TABLE " + LAYERS + " ADD COLUMN reader_warnings TEXT");

    private ProjectSchema() {}
}
