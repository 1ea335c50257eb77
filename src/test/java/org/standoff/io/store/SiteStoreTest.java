package org.standoff.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.model.Confidence;
import org.standoff.model.MiningSite;
import org.standoff.model.Parsed;
import org.standoff.model.SiteStatus;
import org.standoff.model.SiteText;

class SiteStoreTest {

    static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");

    @TempDir
    Path dir;

    static MiningSite fullSite() {
        return new MiningSite(
                0,
                "Rockdale \"North\"",
                "Riot Platforms",
                "Riot",
                "United States",
                Parsed.of(false),
                Parsed.of(700.5),
                Parsed.of(SiteStatus.OPERATING),
                -97.0012345678,
                30.6543210987,
                "1 Main St, Rockdale, TX",
                "https://example.org/10-K",
                Parsed.of(Confidence.CONFIRMED),
                "line one\nline two",
                null,
                null);
    }

    static MiningSite oddSite() {
        return new MiningSite(
                0,
                "Odd",
                null,
                null,
                "Narnia",
                SiteText.parseYesNo("partly"),
                SiteText.parseCapacity("about 50"),
                SiteStatus.parse("mothballed"),
                10,
                20,
                null,
                null,
                Confidence.parse("rumoured"),
                null,
                null,
                null);
    }

    @Test
    void insertsReadsUpdatesAndDeletesASiteKeepingEveryField() throws Exception {
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        try (SiteFile store = SiteFile.open(dir.resolve("p.gpkg"), clock)) {
            long id = store.insert(fullSite());
            MiningSite back = store.get(id).orElseThrow();
            assertEquals(fullSite().withId(id).withTimestamps(T0, T0), back);

            long odd = store.insert(oddSite());
            MiningSite oddBack = store.get(odd).orElseThrow();
            assertEquals("mothballed", oddBack.status().text());
            assertEquals("about 50", oddBack.capacityMw().text());
            assertEquals("partly", oddBack.foreignControlled().text());
            assertEquals("rumoured", oddBack.confidence().text());

            MiningSite changed =
                    store.update(back.withStatus(Parsed.of(SiteStatus.CLOSED)).withCapacityMw(Parsed.empty()));
            assertEquals(SiteStatus.CLOSED, changed.status().value());
            assertTrue(changed.capacityMw().isEmpty());
            assertEquals(
                    List.of(id, odd), store.all().stream().map(MiningSite::id).toList());

            assertTrue(store.delete(id));
            assertFalse(store.delete(id));
            assertTrue(store.get(id).isEmpty());
            assertEquals(1, store.count());
        }
    }

    @Test
    void updateKeepsCreatedTimeAndStampsUpdatedTime() throws Exception {
        Path file = dir.resolve("p.gpkg");
        long id;
        try (SiteFile store = SiteFile.open(file, Clock.fixed(T0, ZoneOffset.UTC))) {
            id = store.insert(fullSite());
        }
        Instant later = T0.plusSeconds(3600);
        try (SiteFile store = SiteFile.open(file, Clock.fixed(later, ZoneOffset.UTC))) {
            MiningSite s = store.update(store.get(id).orElseThrow().withNotes("seen 2025"));
            assertEquals(T0, s.created());
            assertEquals(later, s.updated());
        }
    }

    @Test
    void aDeletedSiteCanBeRestoredWithItsIdForUndo() throws Exception {
        try (SiteFile store = SiteFile.open(dir.resolve("p.gpkg"))) {
            List<Long> ids = store.insertAll(List.of(fullSite(), oddSite()));
            MiningSite before = store.get(ids.get(0)).orElseThrow();
            assertTrue(store.delete(ids.get(0)));
            assertEquals(ids.get(0), store.insert(before));
            assertEquals(before, store.get(ids.get(0)).orElseThrow());
        }
    }

    @Test
    void aFailingWriteLeavesNothing() throws Exception {
        try (SiteFile store = SiteFile.open(dir.resolve("p.gpkg"))) {
            long existing = store.insert(fullSite());
            StoreException e = assertThrows(
                    StoreException.class, () -> store.insert(oddSite().withId(existing)));
            assertTrue(e.getMessage().contains("id " + existing + " already exists"), e.getMessage());
            assertEquals(1, store.count());

            List<MiningSite> badLocation = List.of(oddSite(), oddSite().withLocation(-98.5, 95));
            e = assertThrows(StoreException.class, () -> store.insertAllNew(badLocation));
            assertTrue(e.getMessage().contains("Latitude 95 is outside"), e.getMessage());
            assertEquals(1, store.count());

            e = assertThrows(StoreException.class, () -> store.update(oddSite().withId(999)));
            assertTrue(e.getMessage().contains("no site with id 999"), e.getMessage());
            assertEquals(1, store.count());
        }
    }

    @Test
    void aBulkInsertInsideTheCallersTransactionOnlyUndoesItsOwnWork() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("p.gpkg"))) {
            SiteStore store = SiteStore.attach(c, Clock.systemUTC());
            c.setAutoCommit(false);
            store.insert(fullSite());
            assertThrows(
                    StoreException.class,
                    () -> store.insertAllNew(List.of(oddSite(), oddSite().withLocation(0, 91))));
            assertEquals(1, store.all().size());
            c.commit();
            assertFalse(c.isClosed(), "the store leaves the caller's connection open");
        }
    }

    @Test
    void createsAValidGeoPackageWithTheSitesRegistered() throws Exception {
        Path file = dir.resolve("p.gpkg");
        try (SiteFile store = SiteFile.open(file)) {
            store.insert(fullSite());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            assertEquals(0x47504B47, queryInt(s, "PRAGMA application_id"));
            assertEquals(10300, queryInt(s, "PRAGMA user_version"));
            assertEquals(3, queryInt(s, "SELECT count(*) FROM gpkg_spatial_ref_sys WHERE srs_id IN (4326, 0, -1)"));
            assertEquals(
                    1,
                    queryInt(
                            s,
                            "SELECT count(*) FROM gpkg_contents WHERE table_name = 'standoff_sites' AND data_type = 'features' AND srs_id = 4326"));
            assertEquals(
                    1,
                    queryInt(
                            s,
                            "SELECT count(*) FROM gpkg_geometry_columns WHERE table_name = 'standoff_sites' AND geometry_type_name = 'POINT'"));
            assertEquals(
                    StandoffSchema.CURRENT_VERSION,
                    queryInt(s, "SELECT value FROM standoff_meta WHERE key = 'schema_version'"));
            assertTrue(StandoffSchema.isStandoffFile(c));
        }
        // The existing reader sees it as an ordinary GeoPackage point layer.
        var layer = new GeoPackageReader(file).readLayer("standoff_sites");
        assertEquals(1, layer.features().size());
        assertEquals(-97.0012345678, layer.features().get(0).geometry().getCoordinate().x);
    }

    @Test
    void addsItsTablesToAnExistingGeoPackageWithoutTouchingItsLayers() throws Exception {
        Path basemap = org.standoff.render.basemap.BasemapLoader.extractBundled(dir);
        List<String> before = new GeoPackageReader(basemap).featureTables();
        try (SiteFile store = SiteFile.open(basemap)) {
            store.insert(fullSite());
        }
        List<String> after = new ArrayList<>(new GeoPackageReader(basemap).featureTables());
        assertTrue(after.remove("standoff_sites"));
        assertEquals(before, after);
    }

    @Test
    void refusesAFileFromANewerStandoff() throws Exception {
        Path file = dir.resolve("p.gpkg");
        try (SiteFile store = SiteFile.open(file)) {
            store.insert(fullSite());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE standoff_meta SET value = '99' WHERE key = 'schema_version'");
        }
        StoreException e = assertThrows(StoreException.class, () -> SiteFile.open(file));
        assertTrue(
                e.getMessage()
                        .contains("made by a newer version of Standoff (schema 99; this version reads up to "
                                + StandoffSchema.CURRENT_VERSION + ")"),
                e.getMessage());
    }

    @Test
    void refusesAnSqliteDatabaseThatIsNotAGeoPackage() throws Exception {
        Path file = dir.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE t (a TEXT)");
        }
        StoreException e = assertThrows(StoreException.class, () -> SiteFile.open(file));
        assertTrue(e.getMessage().contains("not a GeoPackage"), e.getMessage());
    }

    static int queryInt(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
