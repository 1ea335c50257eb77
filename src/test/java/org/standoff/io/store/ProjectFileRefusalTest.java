package org.standoff.io.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.model.Project;

/** Files a project cannot be read from, each refused with a message that names the file and says what it is. */
class ProjectFileRefusalTest {

    @TempDir
    Path dir;

    private Path saved() throws StoreException {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(ProjectFixtures.everything(), file);
        return file;
    }

    private static StoreException refused(Path file) {
        StoreException e = assertThrows(StoreException.class, () -> ProjectFile.read(file));
        assertTrue(e.getMessage().contains(file.toString()), "names the file: " + e.getMessage());
        return e;
    }

    @Test
    void aProjectFromANewerSchemaIsRefusedSayingBothVersions() throws Exception {
        Path file = saved();
        int newer = ProjectFile.SCHEMA_VERSION + 1;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE standoff_meta SET value = '" + newer + "' WHERE key = 'schema_version'");
        }
        StoreException e = refused(file);
        assertTrue(
                e.getMessage()
                        .contains("made by a newer version of Standoff (schema " + newer + "; this version reads up to "
                                + ProjectFile.SCHEMA_VERSION + ")"),
                e.getMessage());
        assertEquals(ProjectFile.Kind.STANDOFF_PROJECT, ProjectFile.inspect(file));
    }

    @Test
    void aTruncatedFileIsRefusedAsCutShort() throws Exception {
        Path file = saved();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() / 2);
        }
        StoreException e = refused(file);
        assertTrue(e.getMessage().contains("damaged") && e.getMessage().contains("cut short"), e.getMessage());
        assertThrows(StoreException.class, () -> ProjectFile.inspect(file));
    }

    @Test
    void aFileCutInsideItsHeaderIsRefusedAsCutShort() throws Exception {
        Path file = saved();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(50);
        }
        assertTrue(refused(file).getMessage().contains("cut short"));
    }

    @Test
    void randomBytesNamedGpkgAreNotAGeoPackage() throws Exception {
        Path file = dir.resolve("random.gpkg");
        byte[] bytes = new byte[8192];
        new Random(1).nextBytes(bytes);
        Files.write(file, bytes);
        assertTrue(refused(file).getMessage().contains("not a GeoPackage (SQLite) file"));
        assertEquals(ProjectFile.Kind.NOT_A_GEOPACKAGE, ProjectFile.inspect(file));
    }

    @Test
    void aZeroByteFileIsRefusedAsEmpty() throws Exception {
        Path file = Files.createFile(dir.resolve("zero.gpkg"));
        assertTrue(refused(file).getMessage().contains("is empty (0 bytes)"));
        assertEquals(ProjectFile.Kind.NOT_A_GEOPACKAGE, ProjectFile.inspect(file));
    }

    @Test
    void aMissingFileIsRefusedAsNotFound() {
        Path file = dir.resolve("nope.gpkg");
        assertTrue(refused(file).getMessage().contains("file not found"));
        assertThrows(StoreException.class, () -> ProjectFile.inspect(file));
    }

    @Test
    void aGeoPackageFromAnotherToolIsForeignAndItsLayersCanBeImported() throws Exception {
        Path file = org.standoff.render.basemap.BasemapLoader.extractBundled(dir);
        byte[] before = Files.readAllBytes(file);
        assertEquals(ProjectFile.Kind.FOREIGN_GEOPACKAGE, ProjectFile.inspect(file));
        assertTrue(refused(file).getMessage().contains("GeoPackage made by another program"));
        List<String> tables = new GeoPackageReader(file).featureTables();
        assertFalse(tables.isEmpty());
        assertFalse(
                new GeoPackageReader(file).readLayer(tables.get(0)).features().isEmpty());
        assertArrayEquals(before, Files.readAllBytes(file), "inspecting and refusing never writes");
    }

    @Test
    void aPlainSqliteDatabaseIsNotAGeoPackage() throws Exception {
        Path file = dir.resolve("plain.gpkg");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE t (a TEXT)");
        }
        assertEquals(ProjectFile.Kind.NOT_A_GEOPACKAGE, ProjectFile.inspect(file));
        assertTrue(refused(file).getMessage().contains("not a GeoPackage"));
    }

    @Test
    void anOlderProjectReadsFlaggedForUpgradeAndIsBackedUpBeforeSavingOver() throws Exception {
        // A schema-1 file: what SiteStore wrote before the project tables existed.
        Path file = dir.resolve("old.gpkg");
        try (SiteFile store = SiteFile.open(file)) {
            store.insertAll(ProjectFixtures.sites());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            for (String t : List.of(
                    "standoff_layers",
                    "standoff_layer_fields",
                    "standoff_zones",
                    "standoff_rule_sets",
                    "standoff_rules",
                    "standoff_settings",
                    "gpkg_extensions")) {
                s.executeUpdate("DROP TABLE " + t);
            }
            s.executeUpdate("UPDATE standoff_meta SET value = '1' WHERE key = 'schema_version'");
        }
        OpenedProject opened = ProjectFile.open(file);
        assertTrue(opened.needsUpgrade());
        assertEquals(1, opened.schemaVersion());
        assertEquals(ProjectFixtures.sites(), opened.project().sites());
        assertEquals("old", opened.project().name());
        assertEquals(Project.MapViewState.WHOLE_US, opened.project().view());

        byte[] v1 = Files.readAllBytes(file);
        Path backup = ProjectFile.backupBeforeUpgrade(file, opened.schemaVersion());
        assertEquals(dir.resolve("old.gpkg.bak-v1"), backup);
        ProjectFile.write(opened.project(), file);
        assertArrayEquals(v1, Files.readAllBytes(backup));
        OpenedProject upgraded = ProjectFile.open(file);
        assertFalse(upgraded.needsUpgrade());
        assertEquals(ProjectFixtures.sites(), upgraded.project().sites());
        // A second backup call keeps the first copy, the oldest state.
        assertEquals(backup, ProjectFile.backupBeforeUpgrade(file, 1));
        assertArrayEquals(v1, Files.readAllBytes(backup));
        assertEquals(ProjectFile.Kind.STANDOFF_PROJECT, ProjectFile.inspect(backup));
    }
}
