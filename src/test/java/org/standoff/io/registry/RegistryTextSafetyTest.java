package org.standoff.io.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.standoff.model.MiningSite;
import org.standoff.model.Parsed;

/** Text that looks like SQL goes through every field unchanged and runs nowhere; the audit trail records every change. */
@Tag("registry")
@ExtendWith(RegistryTestCluster.class)
class RegistryTextSafetyTest {

    @TempDir
    Path dir;

    Analyst alice;
    Analyst bob;

    @BeforeEach
    void twoAnalysts() throws Exception {
        String db = RegistryTestCluster.newRegistry();
        alice = new Analyst("alice", db, dir);
        bob = new Analyst("bob", db, dir);
    }

    static List<String> hostile() {
        return List.of(
                "'); DROP TABLE site; --",
                "Robert'); DROP TABLE standoff_sites;--",
                "O'Brien \"quoted\" \\backslash\\",
                "$$; DELETE FROM site_history; $$",
                "x' OR '1'='1",
                "%_*?[]{}",
                "naïve 日本語 ✓ \u202Eevil",
                "line1\nline2\ttab",
                "'; SELECT pg_terminate_backend(pid) FROM pg_stat_activity; --",
                "${viewer_role}");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void everyTextFieldCarriesHostileTextUnchangedAndRunsNothing(String text) throws Exception {
        MiningSite s = new MiningSite(
                0,
                text,
                text + "op",
                text + "own",
                text + "ctry",
                Parsed.unrecognised(text + "fc"),
                Parsed.unrecognised(text + "mw"),
                Parsed.unrecognised(text + "st"),
                -97.5,
                32.5,
                text + "addr",
                text + "src",
                Parsed.unrecognised(text + "conf"),
                text + "notes",
                null,
                null);
        alice.add(s);
        alice.push();
        bob.pull();
        MiningSite got = bob.sites().get(0);
        for (SyncField f : SyncField.values()) {
            assertEquals(f.encode(s), f.encode(got), f.column());
        }
        // a conflict keeps the text too, in the project file's conflict table
        alice.edit(text, x -> x.withNotes(text + " alice"));
        alice.push();
        bob.edit(text, x -> x.withNotes(text + " bob"));
        bob.push();
        Conflict k = SiteSync.conflicts(bob.project).get(0);
        assertEquals(text + " alice", k.theirs());
        assertEquals(text + " bob", k.mine());
        assertTrue(k.describe().contains(text + " bob"));
        assertTablesIntact(alice.db);
    }

    private static void assertTablesIntact(String db) throws SQLException {
        try (var c = RegistryTestCluster.cluster().superuser(db);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT (SELECT count(*) FROM standoff.site), (SELECT count(*) FROM standoff.site_history)")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
            assertEquals(2, rs.getInt(2), "insert and alice's update");
        }
    }

    @Test
    void historyShowsWhoChangedWhatAndTheSourceCited() throws Exception {
        alice.add(MiningSite.at("Alpha", -97, 32)
                .withSource("County permit 2024-117")
                .withOperator("First Op"));
        alice.push();
        bob.pull();
        bob.edit("Alpha", s -> s.withOperator("Second Op").withSource("Utility filing 88"));
        bob.push();
        bob.delete("Alpha");
        bob.push();
        List<SiteHistory.Entry> history;
        try (RegistryConnection rc = RegistryTestCluster.connect(alice.db, "alice")) {
            history = SiteHistory.of(alice.project, rc, alice.site("Alpha").id());
        }
        assertEquals(3, history.size());
        SiteHistory.Entry first = history.get(0);
        assertEquals("insert", first.operation());
        assertEquals("alice", first.changedBy());
        assertEquals("County permit 2024-117", first.source());
        assertEquals("First Op", first.changes().get("operator").after());
        SiteHistory.Entry second = history.get(1);
        assertEquals("update", second.operation());
        assertEquals("bob", second.changedBy());
        assertEquals(
                new SiteHistory.FieldChange("First Op", "Second Op"),
                second.changes().get("operator"));
        assertEquals("Utility filing 88", second.source());
        assertEquals(java.util.Set.of("operator", "source"), second.changes().keySet());
        assertEquals("delete", history.get(2).operation());
        assertEquals("bob", history.get(2).changedBy());
        assertTrue(second.describe().contains("operator \"First Op\" → \"Second Op\""), second.describe());
    }

    @Test
    void theHistoryIsAppendOnlyEvenForTheSuperuserAndEditorsCannotWriteIt() throws Exception {
        alice.add(MiningSite.at("Alpha", -97, 32));
        alice.push();
        PgCluster cluster = RegistryTestCluster.cluster();
        SQLException update = assertThrows(
                SQLException.class,
                () -> cluster.sql(alice.db, "UPDATE standoff.site_history SET changed_by = 'nobody'"));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        assertThrows(SQLException.class, () -> cluster.sql(alice.db, "DELETE FROM standoff.site_history"));
        assertThrows(SQLException.class, () -> cluster.sql(alice.db, "TRUNCATE standoff.site_history"));
        assertThrows(
                SQLException.class,
                () -> cluster.sql(alice.db, "DELETE FROM standoff.site"),
                "sites are tombstoned, never deleted");
        try (RegistryConnection rc = RegistryTestCluster.connect(alice.db, "alice")) {
            SQLException forged = assertThrows(
                    SQLException.class,
                    () -> rc.jdbc()
                            .createStatement()
                            .executeUpdate(
                                    "INSERT INTO site_history (site_uid, version, revision, operation, changed_by, changed_at, changes) "
                                            + "VALUES (gen_random_uuid(), 1, 1, 'insert', 'bob', now(), '{}')"));
            assertEquals("42501", forged.getSQLState());
            // an editor cannot forge the author or the version of a site row either: the trigger sets them
            rc.jdbc().createStatement().executeUpdate("UPDATE site SET updated_by = 'bob', version = 99, notes = 'n'");
            try (ResultSet rs = rc.jdbc().createStatement().executeQuery("SELECT updated_by, version FROM site")) {
                rs.next();
                assertEquals("alice", rs.getString(1));
                assertEquals(2, rs.getInt(2));
            }
        }
    }
}
