package org.standoff.io.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.model.MiningSite;
import org.standoff.model.Project;

/**
 * The project file shares its disk with QGIS, GDAL and sqlite3 (issue #16): a save respects
 * their WAL files, their locks, their tables, links and permissions, and one unusable row of
 * theirs never stops the project.
 */
class ProjectFileNeighboursTest {

    @TempDir
    Path dir;

    private static Project withSites(int n) {
        List<MiningSite> sites = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sites.add(MiningSite.at("Site " + i, -104 - i * 0.01, 41 + i * 0.01).withId(i + 1));
        }
        return new Project(
                "P", List.of(), sites, List.of(), List.of(), Project.MapViewState.WHOLE_US, java.util.Map.of());
    }

    private static Connection open(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private static long count(Path file, String sql) throws SQLException {
        try (Connection c = open(file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    /**
     * Leaves {@code file} as a WAL-mode writer leaves it when it is killed: the database file
     * without the last transaction, and a -wal (and -shm) that holds it, committed.
     */
    private static void crashWalWriterAfter(Path file, String... statements) throws Exception {
        Path db = file.resolveSibling("crash.db");
        Path wal = file.resolveSibling("crash.db-wal");
        Path shm = file.resolveSibling("crash.db-shm");
        try (Connection c = open(file);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA wal_autocheckpoint = 0");
            for (String sql : statements) {
                s.execute(sql);
            }
            // the state on disk at the moment of the crash
            Files.copy(file, db, StandardCopyOption.REPLACE_EXISTING);
            Files.copy(Path.of(file + "-wal"), wal, StandardCopyOption.REPLACE_EXISTING);
            Files.copy(Path.of(file + "-shm"), shm, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(db, file, StandardCopyOption.REPLACE_EXISTING);
        Files.move(wal, Path.of(file + "-wal"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(shm, Path.of(file + "-shm"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aStaleWalLeftByACrashedWriterNeitherHidesNorUndoesTheNextSave() throws Exception {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(withSites(121), file);
        crashWalWriterAfter(
                file,
                "CREATE TABLE qgis_notes (id INTEGER PRIMARY KEY, note TEXT)",
                "INSERT INTO qgis_notes (note) VALUES ('edited in QGIS before it crashed')");
        assertTrue(Files.size(Path.of(file + "-wal")) > 0, "the crashed writer's WAL is there");

        ProjectFile.write(withSites(200), file);

        assertEquals(200, ProjectFile.read(file).sites().size(), "the save is what the file shows");
        assertEquals(1, count(file, "SELECT count(*) FROM qgis_notes"), "the other program's committed edit is kept");
        assertEquals(
                200, ProjectFile.read(file).sites().size(), "and still after every connection has closed and reopened");
        try (Connection c = open(file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertEquals("ok", rs.getString(1));
        }
    }

    @Test
    void sideFilesLeftAtTheNameOfADeletedDatabaseAreNeverReplayedOverANewFile() throws Exception {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(withSites(5), file);
        crashWalWriterAfter(
                file,
                "INSERT INTO standoff_sites (id, geom, created_at, updated_at) SELECT id + 1000, geom, created_at, "
                        + "updated_at FROM standoff_sites");
        Files.delete(file); // the user deleted the project, not its side files

        ProjectFile.write(withSites(3), file);

        assertEquals(3, ProjectFile.read(file).sites().size());
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(
                    s.anyMatch(p -> p.getFileName().toString().startsWith("p.gpkg-wal.stale-")),
                    "the old WAL is moved aside, not deleted");
        }
    }

    @Test
    void tablesOfOtherProgramsAndTheirSpatialIndexTriggersSurviveASave() throws Exception {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(ProjectFixtures.everything(), file);
        try (Connection c = open(file);
                Statement s = c.createStatement()) {
            s.execute(
                    "CREATE TABLE layer_styles (id INTEGER PRIMARY KEY, f_table_name TEXT, stylename TEXT, styleqml TEXT)");
            s.execute(
                    "INSERT INTO layer_styles (f_table_name, stylename, styleqml) VALUES ('standoff_sites', 'red dots', '<qgis/>')");
            // a layer GDAL added, named as Standoff would name a layer "Bases"
            s.execute("CREATE TABLE layer_bases (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POINT, name TEXT)");
            s.execute(
                    "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('layer_bases', 'features', 'layer_bases', 4326)");
            s.execute("INSERT INTO gpkg_geometry_columns VALUES ('layer_bases', 'geom', 'POINT', 4326, 0, 0)");
            s.execute("INSERT INTO layer_bases (name) VALUES ('from GDAL')");
            // GDAL's CreateSpatialIndex on the sites table: an R-tree kept by triggers calling ST_* functions
            s.execute("CREATE VIRTUAL TABLE rtree_standoff_sites_geom USING rtree(id, minx, maxx, miny, maxy)");
            for (String t : RTreeTriggers.sql(StandoffSchema.SITES_TABLE, "geom", "id")) {
                s.execute(t);
            }
        }
        Project p = ProjectFixtures.everything();
        Project saved = new Project(
                p.name(),
                List.of(new org.standoff.model.ProjectLayer(
                        "b",
                        new org.standoff.model.Layer(
                                "Bases",
                                ProjectFixtures.points().fields(),
                                ProjectFixtures.points().features(),
                                null),
                        org.standoff.model.LayerRole.OTHER,
                        org.standoff.model.LayerStyle.defaultFor(org.standoff.model.LayerRole.OTHER),
                        true)),
                p.sites(),
                p.zones(),
                p.ruleSets(),
                p.view(),
                p.settings());

        ProjectFile.write(saved, file);

        ProjectFixtures.assertProjectEquals(saved, ProjectFile.read(file));
        assertEquals(1, count(file, "SELECT count(*) FROM layer_styles WHERE stylename = 'red dots'"));
        assertEquals(
                1,
                count(file, "SELECT count(*) FROM layer_bases WHERE name = 'from GDAL'"),
                "GDAL's layer is its own still");
        assertEquals(
                saved.sites().size(),
                count(file, "SELECT count(*) FROM rtree_standoff_sites_geom"),
                "the other program's spatial index was kept up to date by its triggers");
        assertEquals(1, count(file, "SELECT count(*) FROM gpkg_contents WHERE table_name = 'layer_bases'"));
        assertEquals(
                1,
                count(file, "SELECT count(*) FROM gpkg_contents WHERE identifier LIKE 'layer_bases_%'"),
                "Standoff's layer took another table name");
    }

    @Test
    void aSaveWaitsForAnotherProgramsWriteTransactionAndThenRefusesWithoutLosingIt() throws Exception {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(withSites(4), file);
        try (Connection other = open(file)) {
            try (Statement s = other.createStatement()) {
                s.execute("CREATE TABLE notes (t TEXT)");
            }
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.execute("INSERT INTO notes VALUES ('written while Standoff saves')"); // holds the write lock
            }
            StoreException e = assertThrows(StoreException.class, () -> ProjectFile.write(withSites(9), file));
            assertTrue(
                    e.getMessage().contains("in use by another program")
                            && e.getMessage().contains("Nothing was written"),
                    e.getMessage());
            assertTrue(!e.getMessage().contains("damaged"), e.getMessage());
            other.commit();
        }
        assertEquals(
                1, count(file, "SELECT count(*) FROM notes"), "the other program's commit went into the real file");
        assertEquals(4, ProjectFile.read(file).sites().size(), "the refused save changed nothing");
        ProjectFile.write(withSites(9), file);
        assertEquals(9, ProjectFile.read(file).sites().size(), "once the lock is free the save goes through");
    }

    @Test
    void aLayerColumnRenamedOutsideStandoffIsReadAsEmptyWithAWarningNeverAsItsName() throws Exception {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(ProjectFixtures.everything(), file);
        String table;
        String column;
        try (Connection c = open(file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT table_name, column_name FROM standoff_layer_fields WHERE type = 'STRING' LIMIT 1")) {
            rs.next();
            table = rs.getString(1);
            column = rs.getString(2);
        }
        try (Connection c = open(file);
                Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + LayerTables.q(table) + " RENAME COLUMN " + LayerTables.q(column)
                    + " TO renamed_in_qgis");
        }
        OpenedProject opened = ProjectFile.open(file);
        assertTrue(
                opened.warnings().stream()
                        .anyMatch(w -> w.contains(table) && w.contains(column) && w.contains("missing")),
                opened.warnings().toString());
        for (org.standoff.model.ProjectLayer l : opened.project().layers()) {
            for (org.standoff.model.Feature f : l.data().features()) {
                for (int i = 0; i < f.valueCount(); i++) {
                    assertTrue(!column.equals(f.value(i)), "a value reads as the column's name in " + l.name());
                }
            }
        }
    }

    @Test
    void unusableSiteRowsAreSetAsideListedAndKeptWhileTheRestOpensAndSaves() throws Exception {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(withSites(6), file);
        try (Connection c = open(file);
                Statement s = c.createStatement()) {
            s.execute("UPDATE standoff_sites SET geom = X'47500001E6100000FF' WHERE id = 2"); // not a geometry
            s.execute("UPDATE standoff_sites SET geom = X'"
                    + hex(GeoPackageGeometry.encode(ProjectFixtures.wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))"), 4326))
                    + "' WHERE id = 3");
            s.execute("UPDATE standoff_sites SET id = -7 WHERE id = 4");
        }
        OpenedProject opened = ProjectFile.open(file);
        assertEquals(
                List.of(1L, 5L, 6L),
                opened.project().sites().stream().map(MiningSite::id).toList());
        assertEquals(3, opened.warnings().size(), opened.warnings().toString());
        assertTrue(opened.warnings().get(0).contains("id -7")
                || opened.warnings().stream().anyMatch(w -> w.contains("id -7")));

        List<MiningSite> sites = new ArrayList<>(opened.project().sites());
        sites.add(MiningSite.at("New", -100, 40));
        ProjectFile.write(
                new Project(
                        "P", List.of(), sites, List.of(), List.of(), Project.MapViewState.WHOLE_US, java.util.Map.of()),
                file);

        OpenedProject again = ProjectFile.open(file);
        assertEquals(4, again.project().sites().size());
        assertEquals(3, again.warnings().size(), "the set-aside rows are still in the file for repair");
    }

    private static String query(Path file, String sql) throws SQLException {
        try (Connection c = open(file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void columnsAnotherProgramAddedToTheSitesSettingsAndALayerKeepTheirValuesThroughASave() throws Exception {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(ProjectFixtures.everything(), file);
        String layer = query(file, "SELECT table_name FROM standoff_layers ORDER BY panel_order LIMIT 1");
        String layerId = query(file, "SELECT layer_id FROM standoff_layers ORDER BY panel_order LIMIT 1");
        long site = Long.parseLong(query(file, "SELECT min(id) FROM standoff_sites"));
        long fid = Long.parseLong(query(file, "SELECT min(fid) FROM " + LayerTables.q(layer)));
        String key = query(file, "SELECT min(key) FROM standoff_settings");
        try (Connection c = open(file);
                Statement s = c.createStatement()) {
            GeoPackageFunctions.register(c); // as QGIS provides them to the R-tree triggers
            s.execute("ALTER TABLE standoff_sites ADD COLUMN analyst TEXT");
            s.execute("UPDATE standoff_sites SET analyst = 'checked by JM' WHERE id = " + site);
            s.execute("ALTER TABLE " + LayerTables.q(layer) + " ADD COLUMN score REAL DEFAULT 0");
            s.execute("UPDATE " + LayerTables.q(layer) + " SET score = 4.5 WHERE fid = " + fid);
            s.execute("ALTER TABLE standoff_settings ADD COLUMN why TEXT");
            s.execute("UPDATE standoff_settings SET why = 'team default' WHERE key = '" + key + "'");
            s.execute("ALTER TABLE standoff_rules ADD COLUMN unused TEXT"); // empty everywhere: kept, and no reason to
            // refuse
        }

        Project p = ProjectFile.read(file);
        List<MiningSite> sites = new ArrayList<>(p.sites());
        sites.add(MiningSite.at("New", -100, 40));
        ProjectFile.write(
                new Project(p.name(), p.layers(), sites, p.zones(), p.ruleSets(), p.view(), p.settings()), file);

        assertEquals("checked by JM", query(file, "SELECT analyst FROM standoff_sites WHERE id = " + site));
        assertEquals(1, count(file, "SELECT count(*) FROM standoff_sites WHERE analyst IS NOT NULL"));
        String newLayer = query(file, "SELECT table_name FROM standoff_layers WHERE layer_id = '" + layerId + "'");
        assertEquals("4.5", query(file, "SELECT score FROM " + LayerTables.q(newLayer) + " WHERE fid = " + fid));
        assertEquals("team default", query(file, "SELECT why FROM standoff_settings WHERE key = '" + key + "'"));
        assertEquals(1, count(file, "SELECT count(*) FROM pragma_table_info('standoff_rules') WHERE name = 'unused'"));
        ProjectFixtures.assertProjectEquals(p, withoutLast(ProjectFile.read(file)));
    }

    private static Project withoutLast(Project p) {
        return new Project(
                p.name(),
                p.layers(),
                p.sites().subList(0, p.sites().size() - 1),
                p.zones(),
                p.ruleSets(),
                p.view(),
                p.settings());
    }

    @Test
    void aValueInAColumnAddedToATableKeptByPositionRefusesTheSaveNamingIt() throws Exception {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(ProjectFixtures.everything(), file);
        try (Connection c = open(file);
                Statement s = c.createStatement()) {
            s.execute("ALTER TABLE standoff_zones ADD COLUMN reviewer TEXT");
            s.execute("UPDATE standoff_zones SET reviewer = 'AB' WHERE zone_order = 1");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> ProjectFile.write(ProjectFile.read(file), file));
        assertTrue(
                e.getMessage().contains("reviewer")
                        && e.getMessage().contains("standoff_zones")
                        && e.getMessage().contains("Nothing was written"),
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void savingThroughASymlinkUpdatesItsTargetAndKeepsHardLinksAndMode() throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path real = Files.createDirectory(dir.resolve("shared")).resolve("p.gpkg");
        ProjectFile.write(withSites(2), real);
        Path link = Files.createSymbolicLink(dir.resolve("link.gpkg"), real);
        Path hard = Files.createLink(dir.resolve("hard.gpkg"), real);
        var mode = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(real, mode);

        ProjectFile.write(withSites(7), link);

        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(7, ProjectFile.read(real).sites().size(), "the target got the save");
        assertEquals(7, ProjectFile.read(hard).sites().size(), "the hard link is the same file still");
        assertEquals(mode, Files.getPosixFilePermissions(real));
    }

    @Test
    void aReadOnlyProjectIsRefusedAndStaysReadOnly() throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(withSites(2), file);
        var readOnly = PosixFilePermissions.fromString("r--r--r--");
        Files.setPosixFilePermissions(file, readOnly);
        byte[] before = Files.readAllBytes(file);

        StoreException e = assertThrows(StoreException.class, () -> ProjectFile.write(withSites(5), file));

        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertEquals(readOnly, Files.getPosixFilePermissions(file));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aSpecialFileIsNeverReplacedByAProject() throws Exception {
        // A named pipe stands for /dev/null and other devices: replacing the real /dev/null would break the machine.
        Path fifo = dir.resolve("pipe.gpkg");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("no mkfifo here");
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo));
        StoreException e = assertThrows(StoreException.class, () -> ProjectFile.write(withSites(1), fifo));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        assertTrue(!Files.isRegularFile(fifo) && Files.exists(fifo), "still a pipe");
    }

    @Test
    void temporaryFilesOfAKilledSaveAreRemovedAtTheNextSave() throws Exception {
        Path file = dir.resolve("p.gpkg");
        Path leftover = Files.writeString(dir.resolve(".p.gpkg.abc123.saving"), "half a project");
        Files.setLastModifiedTime(
                leftover,
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
        Path recent = Files.writeString(dir.resolve(".p.gpkg.def456.saving"), "another save, in progress");

        ProjectFile.write(withSites(1), file);

        assertTrue(!Files.exists(leftover), "the killed save's file is gone");
        assertTrue(Files.exists(recent), "a save that may still be running is left alone");
    }

    @Test
    void yearZeroAndNegativeYearsKeepTheirYearThroughASave() throws Exception {
        Path file = dir.resolve("p.gpkg");
        java.time.Instant year0 = java.time.Instant.parse("0000-06-01T00:00:00Z");
        java.time.Instant bce = java.time.Instant.parse("-0044-03-15T12:00:00Z");
        List<MiningSite> sites =
                List.of(MiningSite.at("Zero", -100, 40).withId(1).withTimestamps(year0, bce));
        ProjectFile.write(
                new Project(
                        "P", List.of(), sites, List.of(), List.of(), Project.MapViewState.WHOLE_US, java.util.Map.of()),
                file);
        MiningSite back = ProjectFile.read(file).sites().get(0);
        assertEquals(year0, back.created());
        assertEquals(bce, back.updated());
    }

    @Test
    void jsonNestedOneHundredThousandDeepInAZoneIsAMessageNotAStackOverflow() throws Exception {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(ProjectFixtures.everything(), file);
        try (Connection c = open(file);
                Statement s = c.createStatement()) {
            s.execute("UPDATE standoff_zones SET bands = '" + "[".repeat(100_000) + "]".repeat(100_000)
                    + "' WHERE zone_order = 0");
        }
        OpenedProject opened = ProjectFile.open(file);
        assertEquals(1, opened.warnings().size(), opened.warnings().toString());
        String w = opened.warnings().get(0);
        assertTrue(w.contains("zone Z1") && w.contains("set aside") && w.contains("Nesting limit"), w);
        assertTrue(!w.contains("Exception"), "plain words: " + w);
    }

    @Test
    void unusableZoneRowsAreSetAsideListedAndKeptWhileTheRestOpensAndSaves() throws Exception {
        Path file = dir.resolve("p.gpkg");
        Project everything = ProjectFixtures.everything();
        ProjectFile.write(everything, file);
        try (Connection c = open(file);
                Statement s = c.createStatement()) {
            s.execute("UPDATE standoff_zones SET kind = 'HEXAGON' WHERE zone_id = 'Z2'");
            s.execute("UPDATE standoff_zones SET geom = X'47500001E6100000FF' WHERE zone_id = 'Z4'");
            s.execute("UPDATE standoff_zones SET bands = '[[5, 1]]' WHERE zone_id = 'Z5'");
        }
        OpenedProject opened = ProjectFile.open(file);
        assertEquals(
                List.of("Z1", "Z3", "Z6"),
                opened.project().zones().stream()
                        .map(org.standoff.model.Zone::id)
                        .toList());
        assertEquals(3, opened.warnings().size(), opened.warnings().toString());
        assertTrue(
                opened.warnings().stream().anyMatch(w -> w.contains("zone Z2") && w.contains("HEXAGON")),
                opened.warnings().toString());
        assertTrue(
                opened.warnings().stream().noneMatch(w -> w.contains("No enum constant")),
                opened.warnings().toString());

        // the user deletes Z3 and adds a zone: the set-aside rows stay for repair, after the project's zones
        List<org.standoff.model.Zone> zones = new ArrayList<>(opened.project().zones());
        zones.remove(1);
        zones.add(everything.zones().get(1).withName("Redrawn"));
        Project edited = new Project(
                "P", List.of(), List.of(), zones, List.of(), Project.MapViewState.WHOLE_US, java.util.Map.of());
        ProjectFile.write(edited, file);

        OpenedProject again = ProjectFile.open(file);
        assertEquals(
                List.of("Z1", "Z6", "Z2"),
                again.project().zones().stream()
                        .map(org.standoff.model.Zone::id)
                        .toList(),
                "the project's zones, in order; its Z2 replaces the unusable Z2 row");
        assertEquals(2, again.warnings().size(), "Z4 and Z5 are still in the file for repair: " + again.warnings());
        assertEquals(5, count(file, "SELECT count(*) FROM standoff_zones"));

        List<String> removed = ProjectFile.removeUnusableRows(file);
        assertEquals(2, removed.size(), removed.toString());
        assertTrue(
                removed.stream().allMatch(r -> r.contains("deleted") && !r.contains("stays in the file")),
                removed.toString());
        OpenedProject repaired = ProjectFile.open(file);
        assertEquals(List.of(), repaired.warnings());
        assertEquals(
                List.of("Z1", "Z6", "Z2"),
                repaired.project().zones().stream()
                        .map(org.standoff.model.Zone::id)
                        .toList());
    }

    @Test
    void unusableRuleRowsAreSetAsideListedAndKeptInTheirRuleSetThroughASave() throws Exception {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(ProjectFixtures.everything(), file);
        try (Connection c = open(file);
                Statement s = c.createStatement()) {
            s.execute("UPDATE standoff_rules SET role = 'SPACEPORT' WHERE rule_id = 'R-cfius-1'");
        }
        OpenedProject opened = ProjectFile.open(file);
        org.standoff.model.RuleSet fed = opened.project().ruleSets().get(0);
        assertEquals(
                List.of("R-cfius-2"),
                fed.rules().stream().map(org.standoff.model.Rule::id).toList());
        assertEquals(1, opened.warnings().size(), opened.warnings().toString());
        assertTrue(
                opened.warnings().get(0).contains("rule R-cfius-1")
                        && opened.warnings().get(0).contains("SPACEPORT"),
                opened.warnings().get(0));

        // the rule sets are saved in the other order, the federal one renamed: the bad rule stays with it
        List<org.standoff.model.RuleSet> sets = List.of(
                opened.project().ruleSets().get(1), new org.standoff.model.RuleSet(fed.id(), "Federal", fed.rules()));
        Project p = opened.project();
        ProjectFile.write(new Project(p.name(), p.layers(), p.sites(), p.zones(), sets, p.view(), p.settings()), file);

        OpenedProject again = ProjectFile.open(file);
        assertEquals(1, again.warnings().size(), "still in the file for repair: " + again.warnings());
        assertEquals(
                "RS-fed",
                query(
                        file,
                        "SELECT s.rule_set_id FROM standoff_rules r JOIN standoff_rule_sets s USING (set_order) "
                                + "WHERE r.rule_id = 'R-cfius-1'"),
                "in its own rule set, now second");
        assertEquals(
                List.of("R-cfius-2"),
                again.project().ruleSets().get(1).rules().stream()
                        .map(org.standoff.model.Rule::id)
                        .toList());

        assertEquals(1, ProjectFile.removeUnusableRows(file).size());
        assertEquals(List.of(), ProjectFile.open(file).warnings());
    }

    @Test
    void textAnotherProgramWroteIntoANumberColumnReadsAsEmptyWithAWarningNotAsZero() throws Exception {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(ProjectFixtures.everything(), file);
        String table;
        String column;
        try (Connection c = open(file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT table_name, column_name FROM standoff_layer_fields WHERE type = 'DOUBLE' LIMIT 1")) {
            Assumptions.assumeTrue(rs.next(), "the fixture has a number field");
            table = rs.getString(1);
            column = rs.getString(2);
        }
        try (Connection c = open(file);
                Statement s = c.createStatement()) {
            GeoPackageFunctions.register(c); // as GDAL provides them to the R-tree triggers
            s.execute("UPDATE " + LayerTables.q(table) + " SET " + LayerTables.q(column) + " = 'about five'");
        }
        OpenedProject opened = ProjectFile.open(file);
        assertEquals(
                1,
                opened.warnings().stream().filter(w -> w.contains("about five")).count(),
                opened.warnings().toString());
        for (org.standoff.model.ProjectLayer l : opened.project().layers()) {
            int idx = l.data().fieldIndex(column);
            for (org.standoff.model.Feature f : l.data().features()) {
                assertTrue(
                        idx < 0 || f.value(idx) == null,
                        "text is read as empty, not as a number: " + f.value(Math.max(idx, 0)));
            }
        }
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("%02X", x));
        }
        return s.toString();
    }
}
