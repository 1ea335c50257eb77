package org.standoff.io.store;

/**
 * A table (or view) of an SQLite or GeoPackage file that can be imported from.
 *
 * @param name the table name
 * @param geometryColumn for a GeoPackage feature table, its geometry column; else null
 * @param srsId for a feature table, its spatial reference id (4326 is WGS84); else 0
 * @param rowCount how many rows it has
 */
public record TableInfo(String name, String geometryColumn, int srsId, long rowCount) {

    /** True for a GeoPackage feature table, whose geometry can supply a site's location. */
    public boolean isFeatureTable() {
        return geometryColumn != null;
    }
}
