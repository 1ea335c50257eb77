package org.standoff.io.store;

import java.util.List;

/**
 * The six triggers of the GeoPackage RTree Spatial Indexes extension (GeoPackage 1.3, annex
 * F.3), which keep {@code rtree_<t>_<c>} in step with later edits made by GDAL or QGIS. They
 * call {@code ST_IsEmpty}, {@code ST_MinX} and friends, which GDAL registers; plain SQLite does
 * not have them, so Standoff itself never edits an indexed table (it rewrites the whole file).
 * Stateless.
 */
final class RTreeTriggers {

    private RTreeTriggers() {}

    static List<String> sql(String table, String geom, String id) {
        String t = LayerTables.q(table);
        String r = LayerTables.q("rtree_" + table + "_" + geom);
        String c = LayerTables.q(geom);
        String i = LayerTables.q(id);
        String box = "NEW." + i + ", ST_MinX(NEW." + c + "), ST_MaxX(NEW." + c + "), ST_MinY(NEW." + c
                + "), ST_MaxY(NEW." + c + ")";
        String name = "rtree_" + table + "_" + geom;
        return List.of(
                "CREATE TRIGGER " + LayerTables.q(name + "_insert") + " AFTER INSERT ON " + t
                        + " WHEN (new." + c + " NOT NULL AND NOT ST_IsEmpty(NEW." + c
                        + ")) BEGIN INSERT OR REPLACE INTO " + r
                        + " VALUES (" + box + "); END",
                "CREATE TRIGGER " + LayerTables.q(name + "_update1") + " AFTER UPDATE OF " + c + " ON " + t
                        + " WHEN OLD." + i + " = NEW." + i + " AND (NEW." + c + " NOTNULL AND NOT ST_IsEmpty(NEW." + c
                        + "))"
                        + " BEGIN INSERT OR REPLACE INTO " + r + " VALUES (" + box + "); END",
                "CREATE TRIGGER " + LayerTables.q(name + "_update2") + " AFTER UPDATE OF " + c + " ON " + t
                        + " WHEN OLD." + i + " = NEW." + i + " AND (NEW." + c + " ISNULL OR ST_IsEmpty(NEW." + c + "))"
                        + " BEGIN DELETE FROM " + r + " WHERE id = OLD." + i + "; END",
                "CREATE TRIGGER " + LayerTables.q(name + "_update3") + " AFTER UPDATE OF " + c + " ON " + t
                        + " WHEN OLD." + i + " != NEW." + i + " AND (NEW." + c + " NOTNULL AND NOT ST_IsEmpty(NEW." + c
                        + "))"
                        + " BEGIN DELETE FROM " + r + " WHERE id = OLD." + i + "; INSERT OR REPLACE INTO " + r
                        + " VALUES (" + box + "); END",
                "CREATE TRIGGER " + LayerTables.q(name + "_update4") + " AFTER UPDATE ON " + t
                        + " WHEN OLD." + i + " != NEW." + i + " AND (NEW." + c + " ISNULL OR ST_IsEmpty(NEW." + c + "))"
                        + " BEGIN DELETE FROM " + r + " WHERE id IN (OLD." + i + ", NEW." + i + "); END",
                "CREATE TRIGGER " + LayerTables.q(name + "_delete") + " AFTER DELETE ON " + t + " WHEN old." + c
                        + " NOT NULL BEGIN DELETE FROM " + r + " WHERE id = OLD." + i + "; END");
    }
}
