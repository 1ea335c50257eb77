package org.standoff.io.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.standoff.model.MiningSite;

/**
 * A sync cut at every step, by the server ending the session (pg_terminate_backend, as a dropped
 * socket), by the server stopping and restarting, or by the client dying: the next sync finishes
 * the job and both sides agree, with no site lost or doubled.
 */
@Tag("registry")
@ExtendWith(RegistryTestCluster.class)
class SyncInterruptionTest {

    private static final int BATCH = 3;

    @TempDir
    Path dir;

    Analyst alice;
    Analyst bob;

    /** How a sync is cut. */
    enum Cut {
        SESSION_TERMINATED,
        CLIENT_DIES
    }

    @BeforeEach
    void sharedStart() throws Exception {
        String db = RegistryTestCluster.newRegistry();
        alice = new Analyst("alice", db, dir);
        bob = new Analyst("bob", db, dir);
        for (int i = 0; i < 6; i++) {
            alice.add(MiningSite.at("Shared " + i, -100 + i, 35));
        }
        alice.push();
        bob.pull();
        // a mixed push: 3 changed, 2 deleted, 5 new; with batches of 3 that is 4 batches
        for (int i = 0; i < 3; i++) {
            alice.edit("Shared " + i, s -> s.withNotes("checked"));
        }
        alice.delete("Shared 3");
        alice.delete("Shared 4");
        for (int i = 0; i < 5; i++) {
            alice.add(MiningSite.at("New " + i, -90 - i, 40));
        }
    }

    /** A listener that cuts the sync the {@code nth} time it hears {@code step}. */
    private SyncOptions cutAt(SyncOptions.Step step, int nth, Cut cut, String user) {
        AtomicInteger seen = new AtomicInteger();
        return SyncOptions.defaults().withBatchSize(BATCH).withListener((s, done) -> {
            if (s == step && seen.incrementAndGet() == nth) {
                if (cut == Cut.CLIENT_DIES) {
                    throw new IllegalStateException("client died at " + step);
                }
                try {
                    assertTrue(RegistryTestCluster.cluster().terminateSessionsOf(user) > 0);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    private void assertCut(Analyst a, SyncOptions o, boolean push, Cut cut) {
        if (cut == Cut.CLIENT_DIES) {
            assertThrows(IllegalStateException.class, () -> sync(a, o, push));
        } else {
            RegistryException e = assertThrows(RegistryException.class, () -> sync(a, o, push));
            assertEquals(RegistryException.Problem.CONNECTION_LOST, e.problem(), e.getMessage());
            assertTrue(e.getMessage().contains("run the sync again"), e.getMessage());
        }
    }

    private static void sync(Analyst a, SyncOptions o, boolean push) throws Exception {
        if (push) {
            a.push(o);
        } else {
            a.pull(o);
        }
    }

    @ParameterizedTest
    @EnumSource(Cut.class)
    void pushCutAfterItsChangesWereListed(Cut cut) throws Exception {
        assertCut(alice, cutAt(SyncOptions.Step.PUSH_PREPARED, 1, cut, "alice"), true, cut);
        assertFinishedConsistently();
    }

    @ParameterizedTest
    @EnumSource(Cut.class)
    void pushCutAfterTheRegistryCommittedABatchButBeforeTheProjectRecordedIt(Cut cut) throws Exception {
        assertCut(alice, cutAt(SyncOptions.Step.PUSH_SENT, 2, cut, "alice"), true, cut);
        assertFinishedConsistently();
    }

    @ParameterizedTest
    @EnumSource(Cut.class)
    void pushCutBetweenBatches(Cut cut) throws Exception {
        assertCut(alice, cutAt(SyncOptions.Step.PUSH_RECORDED, 1, cut, "alice"), true, cut);
        assertFinishedConsistently();
    }

    @ParameterizedTest
    @EnumSource(Cut.class)
    void pullCutAfterFetchingABatch(Cut cut) throws Exception {
        alice.push();
        assertCut(bob, cutAt(SyncOptions.Step.PULL_FETCHED, 2, cut, "bob"), false, cut);
        assertFinishedConsistently();
    }

    @ParameterizedTest
    @EnumSource(Cut.class)
    void pullCutAfterApplyingABatch(Cut cut) throws Exception {
        alice.push();
        assertCut(bob, cutAt(SyncOptions.Step.PULL_APPLIED, 1, cut, "bob"), false, cut);
        assertFinishedConsistently();
    }

    @Test
    void serverRestartedMidPushIsFinishedByTheNextPush() throws Exception {
        PgCluster cluster = RegistryTestCluster.cluster();
        AtomicInteger sent = new AtomicInteger();
        SyncOptions stopAfterOneBatch = SyncOptions.defaults()
                .withBatchSize(BATCH)
                .withListener((s, done) -> {
                    if (s == SyncOptions.Step.PUSH_SENT && sent.incrementAndGet() == 1) {
                        try {
                            cluster.stop();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                });
        try {
            RegistryException e = assertThrows(RegistryException.class, () -> alice.push(stopAfterOneBatch));
            assertTrue(
                    e.problem() == RegistryException.Problem.CONNECTION_LOST
                            || e.problem() == RegistryException.Problem.SERVER_DOWN,
                    e.problem() + ": " + e.getMessage());
            RegistryException down = assertThrows(RegistryException.class, () -> alice.push());
            assertEquals(RegistryException.Problem.SERVER_DOWN, down.problem(), down.getMessage());
            assertTrue(down.getMessage().contains("no PostgreSQL server answers"), down.getMessage());
        } finally {
            cluster.start();
        }
        assertFinishedConsistently();
    }

    @Test
    void serverRestartedMidPullIsFinishedByTheNextPull() throws Exception {
        alice.push();
        PgCluster cluster = RegistryTestCluster.cluster();
        AtomicInteger applied = new AtomicInteger();
        SyncOptions stopAfterOneBatch = SyncOptions.defaults()
                .withBatchSize(BATCH)
                .withListener((s, done) -> {
                    if (s == SyncOptions.Step.PULL_APPLIED && applied.incrementAndGet() == 1) {
                        try {
                            cluster.stop();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                });
        try {
            RegistryException e = assertThrows(RegistryException.class, () -> bob.pull(stopAfterOneBatch));
            assertTrue(
                    e.problem() == RegistryException.Problem.CONNECTION_LOST
                            || e.problem() == RegistryException.Problem.SERVER_DOWN,
                    e.problem() + ": " + e.getMessage());
        } finally {
            cluster.start();
        }
        assertFinishedConsistently();
    }

    /** The next syncs complete, and alice, the registry and bob hold the same sites, each once. */
    private void assertFinishedConsistently() throws Exception {
        SiteSync.PushReport again = alice.push();
        assertEquals(0, again.stale());
        SiteSync.LocalStatus status = SiteSync.status(alice.project);
        assertEquals(0, status.added() + status.changed() + status.deleted() + status.conflicts(), status.toString());
        bob.pull();
        List<String> expected =
                List.of("New 0", "New 1", "New 2", "New 3", "New 4", "Shared 0", "Shared 1", "Shared 2", "Shared 5");
        assertEquals(expected, names(alice));
        assertEquals(expected, names(bob));
        assertEquals(expected, registryNames());
        assertEquals("checked", bob.site("Shared 1").notes());
        SiteSync.LocalStatus bobStatus = SiteSync.status(bob.project);
        assertEquals(
                0,
                bobStatus.added() + bobStatus.changed() + bobStatus.deleted(),
                "bob has nothing of his own to push: " + bobStatus);
    }

    private static List<String> names(Analyst a) throws Exception {
        List<String> out = new ArrayList<>();
        for (MiningSite s : a.sites()) {
            out.add(s.name());
        }
        out.sort(null);
        return out;
    }

    private List<String> registryNames() throws Exception {
        List<String> out = new ArrayList<>();
        try (var c = RegistryTestCluster.cluster().superuser(alice.db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM standoff.site WHERE NOT deleted ORDER BY name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
