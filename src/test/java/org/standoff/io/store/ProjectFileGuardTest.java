package org.standoff.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.model.MiningSite;
import org.standoff.model.Project;

/**
 * A second writer is never overwritten unseen (issue #21): the app's save over the file it
 * read is refused once anyone else wrote it (a CLI registry pull, another window), and Save As
 * takes a neighbour's tables (the registry link) along only while they match the sites saved.
 */
class ProjectFileGuardTest {

    private static final String LINK = "standoff_registry_test";

    @TempDir
    Path dir;

    private static Project withSites(String prefix, int n) {
        List<MiningSite> sites = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sites.add(MiningSite.at(prefix + " " + i, -104 - i * 0.01, 41 + i * 0.01)
                    .withId(i + 1));
        }
        return new Project("P", List.of(), sites, List.of(), List.of(), Project.MapViewState.WHOLE_US, Map.of());
    }

    /** A neighbour's table with a row, and a trigger of its on the sites table, as the registry link keeps them. */
    private static void addNeighbour(Path file, String value) throws StoreException {
        ProjectFile.update(file, c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS " + LINK + " (key TEXT PRIMARY KEY, value TEXT)");
                s.execute("CREATE INDEX IF NOT EXISTS " + LINK + "_value ON " + LINK + " (value)");
                s.execute("CREATE TRIGGER IF NOT EXISTS " + LINK + "_sites AFTER INSERT ON "
                        + StandoffSchema.SITES_TABLE + " BEGIN " + "INSERT OR REPLACE INTO " + LINK
                        + " (key, value) VALUES ('last', NEW.name); END");
                s.execute("INSERT OR REPLACE INTO " + LINK + " (key, value) VALUES ('cursor', '" + value + "')");
            }
            return null;
        });
    }

    private static String query(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static ProjectFile.Origin originOf(Path file) throws StoreException {
        return new ProjectFile.Origin(file, ProjectFile.open(file).writeId());
    }

    @Test
    void saveOverItsFileIsRefusedAfterAnotherProgramChangedIt() throws Exception {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(withSites("Old", 3), file);
        ProjectFile.Origin opened = originOf(file); // the app opens the file
        ProjectFile.update(
                file,
                c -> { // then a CLI pull changes a site in it
                    try (Statement s = c.createStatement()) {
                        s.execute("UPDATE " + StandoffSchema.SITES_TABLE + " SET name = 'Pulled' WHERE id = 1");
                    }
                    return null;
                });
        ProjectChangedException e =
                assertThrows(ProjectChangedException.class, () -> ProjectFile.save(withSites("App", 3), file, opened));
        assertTrue(
                e.getMessage().contains("changed by another program")
                        && e.getMessage().contains("Nothing was saved"),
                e.getMessage());
        assertEquals("Pulled", ProjectFile.read(file).sites().get(0).name(), "the pull is kept");
    }

    @Test
    void secondWindowsSaveIsRefusedAfterTheFirstSaved() throws Exception {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(withSites("Old", 2), file);
        ProjectFile.Origin first = originOf(file);
        ProjectFile.Origin second = originOf(file);
        ProjectFile.Saved saved = ProjectFile.save(withSites("First", 2), file, first);
        assertTrue(saved.neighboursKept());
        assertNotEquals(first.writeId(), saved.writeId());
        assertThrows(ProjectChangedException.class, () -> ProjectFile.save(withSites("Second", 2), file, second));
        ProjectFile.save(
                withSites("First again", 2),
                file,
                new ProjectFile.Origin(file, saved.writeId())); // the first window saves on
        assertEquals("First again 0", ProjectFile.read(file).sites().get(0).name());
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheWriteId() throws Exception {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(withSites("Old", 2), file);
        String before = ProjectFile.writeId(file);
        assertNotNull(before);
        ProjectFile.update(file, c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS " + LINK
                        + " (key TEXT PRIMARY KEY, value TEXT)"); // schema only, as a status check does
                s.executeQuery("SELECT count(*) FROM " + StandoffSchema.SITES_TABLE)
                        .close();
            }
            return null;
        });
        assertEquals(before, ProjectFile.writeId(file));
        ProjectFile.save(withSites("App", 2), file, new ProjectFile.Origin(file, before));
    }

    @Test
    void saveAsTakesTheNeighboursTablesAlongWithoutTheirTriggers() throws Exception {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(withSites("Old", 2), file);
        addNeighbour(file, "42");
        Path copy = dir.resolve("copy.gpkg");
        ProjectFile.Saved saved = ProjectFile.save(withSites("Old", 2), copy, originOf(file));
        assertTrue(saved.neighboursKept());
        assertEquals("42", query(copy, "SELECT value FROM " + LINK + " WHERE key = 'cursor'"));
        assertEquals(
                "1",
                query(copy, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '" + LINK + "_value'"));
        assertEquals(
                "0",
                query(
                        copy,
                        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = '" + LINK + "_sites'"),
                "their owner makes triggers again, seeing them missing");
        assertEquals(saved.writeId(), ProjectFile.writeId(copy));
        assertEquals(
                "42", query(file, "SELECT value FROM " + LINK + " WHERE key = 'cursor'"), "the original keeps its own");
    }

    @Test
    void saveAsFromAFileChangedSinceItWasReadLeavesTheCopyUnlinked() throws Exception {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(withSites("Old", 2), file);
        addNeighbour(file, "1");
        ProjectFile.Origin opened = originOf(file);
        addNeighbour(file, "2"); // a CLI pull moved the link past the sites the app shows
        Path copy = dir.resolve("copy.gpkg");
        ProjectFile.Saved saved = ProjectFile.save(withSites("Old", 2), copy, opened);
        assertEquals(ProjectFile.Neighbours.LEFT_BEHIND, saved.neighbours());
        assertEquals("0", query(copy, "SELECT count(*) FROM sqlite_master WHERE name = '" + LINK + "'"));
        assertEquals(2, ProjectFile.read(copy).sites().size());
    }

    @Test
    void saveAsOverAnotherProjectDropsThatProjectsLinkAndTriggers() throws Exception {
        Path other = dir.resolve("other.gpkg");
        ProjectFile.write(withSites("Other", 5), other);
        addNeighbour(other, "7");
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(withSites("Mine", 2), file);
        ProjectFile.Saved saved = ProjectFile.save(withSites("Mine", 2), other, originOf(file));
        assertEquals(ProjectFile.Neighbours.NONE, saved.neighbours());
        assertEquals("0", query(other, "SELECT count(*) FROM sqlite_master WHERE name LIKE '" + LINK + "%'"));
        assertEquals(
                List.of("Mine 0", "Mine 1"),
                ProjectFile.read(other).sites().stream().map(MiningSite::name).toList());
    }
}
