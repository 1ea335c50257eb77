package org.standoff.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.io.store.SiteFile;
import org.standoff.io.store.SqliteTableReader;
import org.standoff.io.store.StoreException;
import org.standoff.io.store.TableInfo;

class TableImportTest {

    @TempDir
    Path dir;

    @Test
    void importsFromAPlainSqliteTableWithTheSameMappingStep() throws Exception {
        Path db = dir.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.executeUpdate(
                    "CREATE TABLE facilities (fid INTEGER PRIMARY KEY, facility_name TEXT, latitude REAL, longitude REAL, mw REAL, status TEXT)");
            s.executeUpdate("INSERT INTO facilities VALUES (10, 'Alpha', 38.123456789012, -77.5, 30, 'operating')");
            s.executeUpdate("INSERT INTO facilities VALUES (11, 'Beta', NULL, NULL, NULL, 'idle')");
            s.executeUpdate("INSERT INTO facilities VALUES (12, 'Gamma', 40, -100, 12.5, 'idle')");
        }
        SqliteTableReader reader = new SqliteTableReader(db);
        assertEquals(List.of(new TableInfo("facilities", null, 0, 3)), reader.tables());
        assertEquals(1, reader.read("facilities", 1).rows().size(), "preview");
        SourceTable table = sourceTable(reader.read("facilities", 0));
        ImportPlan plan = SiteImporter.plan(table, ColumnMapping.auto(table.header()), List.of(), DuplicatePolicy.SKIP);
        assertEquals(2, plan.toInsert().size());
        assertEquals(38.123456789012, plan.sites().get(0).lat(), 0);
        assertEquals(12.5, plan.sites().get(1).capacityMw().value());
        assertEquals("idle", plan.sites().get(1).status().text());
        assertEquals(11, plan.rejected().get(0).line(), "rows are named by rowid");
        assertTrue(plan.summary().startsWith("3 rows read"), plan.summary());
    }

    @Test
    void aGeoPackageFeatureTablesPointGeometrySuppliesTheLocation() throws Exception {
        Path gpkg = dir.resolve("other.gpkg");
        try (SiteFile store = SiteFile.open(gpkg)) {
            store.insertAll(SiteExportTest.sites());
        }
        SqliteTableReader reader = new SqliteTableReader(gpkg);
        TableInfo info = reader.tables().stream()
                .filter(TableInfo::isFeatureTable)
                .findFirst()
                .orElseThrow();
        assertEquals("standoff_sites", info.name());
        assertEquals("geom", info.geometryColumn());
        SourceTable table = sourceTable(reader.read(info.name(), 0));
        ColumnMapping mapping = ColumnMapping.auto(table.header());
        assertEquals(
                table.header().indexOf("geom"),
                mapping.column(SiteField.LOCATION).orElseThrow());
        ImportPlan plan = SiteImporter.plan(table, mapping, List.of(), DuplicatePolicy.SKIP);
        assertEquals(List.of(), plan.rejected());
        assertEquals(-97.0012345678901, plan.sites().get(0).lon(), 0);
        assertEquals(30.654321098765, plan.sites().get(0).lat(), 0);
        assertEquals("Société Minière", plan.sites().get(1).name());
        // Known limitation: the store's raw-text companion columns map to no field; they are
        // listed as unmapped so the user sees their values will not come along.
        assertTrue(plan.sites().get(1).foreignControlled().isEmpty());
        assertTrue(
                plan.unmappedColumns().containsAll(List.of("foreign_controlled_text", "capacity_text")),
                plan.unmappedColumns().toString());
    }

    @Test
    void refusesAFeatureTableThatIsNotInWgs84() throws Exception {
        Path gpkg = dir.resolve("merc.gpkg");
        try (SiteFile store = SiteFile.open(gpkg)) {
            store.insertAll(SiteExportTest.sites());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
                Statement s = c.createStatement()) {
            s.executeUpdate(
                    "INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 / Pseudo-Mercator', 3857, 'EPSG', 3857, 'x', '')");
            s.executeUpdate("UPDATE gpkg_geometry_columns SET srs_id = 3857");
        }
        StoreException e =
                assertThrows(StoreException.class, () -> new SqliteTableReader(gpkg).read("standoff_sites", 0));
        assertTrue(e.getMessage().contains("SRS 3857"), e.getMessage());
    }

    /** As the import wizard turns a table of another SQLite file into an import source. */
    private static SourceTable sourceTable(org.standoff.io.store.TableData table) {
        java.util.List<SourceTable.Row> rows = new java.util.ArrayList<>();
        for (org.standoff.io.store.TableData.Row r : table.rows()) {
            rows.add(new SourceTable.Row(r.rowId(), r.cells()));
        }
        return new SourceTable(table.table(), "row", table.columns(), rows);
    }
}
