package org.standoff.io.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.standoff.model.Confidence;
import org.standoff.model.MiningSite;
import org.standoff.model.Parsed;
import org.standoff.model.SiteStatus;

/** Two analysts syncing one registry on a real PostgreSQL/PostGIS: changes, merges, conflicts, deletions. */
@Tag("registry")
@ExtendWith(RegistryTestCluster.class)
class SiteSyncTest {

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

    private static MiningSite site(String name, double lon, double lat) {
        return MiningSite.at(name, lon, lat)
                .withOperator("Op " + name)
                .withCapacityMw(Parsed.of(50.0))
                .withStatus(Parsed.of(SiteStatus.values()[0]))
                .withConfidence(Parsed.of(Confidence.values()[0]))
                .withSource("https://example.org/" + name);
    }

    private void shareAlpha() throws Exception {
        alice.add(site("Alpha", -97.1, 32.7));
        alice.add(site("Beta", -101.8, 35.2));
        alice.push();
        bob.pull();
    }

    @Test
    void pushedSitesArriveWithEveryFieldAtTheOtherAnalyst() throws Exception {
        MiningSite odd = site("Odd", -98, 31)
                .withCapacityMw(Parsed.unrecognised("about 40"))
                .withForeignControlled(Parsed.of(true))
                .withOwnerCountry("China")
                .withNotes("line one\nline two")
                .withAddress("1 Main St");
        alice.add(odd);
        SiteSync.PushReport pushed = alice.push();
        assertEquals(1, pushed.added());
        SiteSync.PullReport pulled = bob.pull();
        assertEquals(1, pulled.added());
        MiningSite got = bob.site("Odd");
        for (SyncField f : SyncField.values()) {
            assertEquals(f.encode(odd), f.encode(got), f.column());
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void changesToDifferentSitesReachBothAnalystsInEitherOrder(boolean aliceFirst) throws Exception {
        shareAlpha();
        alice.edit("Alpha", s -> s.withOperator("Alice Mining"));
        bob.edit("Beta", s -> s.withCapacityMw(Parsed.of(75.0)));
        Analyst first = aliceFirst ? alice : bob;
        Analyst second = aliceFirst ? bob : alice;
        first.push();
        SiteSync.PushReport report = second.push();
        assertEquals(0, report.pulled().conflicts());
        assertEquals(1, report.changed());
        first.pull();
        for (Analyst a : List.of(alice, bob)) {
            assertEquals("Alice Mining", a.site("Alpha").operator(), a.user);
            assertEquals(75.0, a.site("Beta").capacityMw().value(), a.user);
            assertEquals(0, SiteSync.status(a.project).changed(), a.user);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void differentFieldsOfOneSiteMergeWithoutConflictInEitherOrder(boolean aliceFirst) throws Exception {
        shareAlpha();
        alice.edit("Alpha", s -> s.withOperator("Alice Mining"));
        bob.edit("Alpha", s -> s.withNotes("seen from the road"));
        (aliceFirst ? alice : bob).push();
        SiteSync.PushReport second = (aliceFirst ? bob : alice).push();
        assertEquals(0, second.pulled().conflicts());
        (aliceFirst ? alice : bob).pull();
        for (Analyst a : List.of(alice, bob)) {
            MiningSite s = a.site("Alpha");
            assertEquals("Alice Mining", s.operator(), a.user);
            assertEquals("seen from the road", s.notes(), a.user);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void sameFieldChangedByBothIsAConflictShownToTheSecondSyncerOnly(boolean aliceFirst) throws Exception {
        shareAlpha();
        alice.edit("Alpha", s -> s.withOperator("Alice's pick").withNotes("alice note"));
        bob.edit("Alpha", s -> s.withOperator("Bob's pick"));
        Analyst first = aliceFirst ? alice : bob;
        Analyst second = aliceFirst ? bob : alice;
        assertEquals(0, first.push().pulled().conflicts());
        SiteSync.PushReport report = second.push();
        assertEquals(1, report.pulled().conflicts());
        assertEquals(1, report.held(), "the conflicted site is not pushed");
        List<Conflict> conflicts = SiteSync.conflicts(second.project);
        assertEquals(1, conflicts.size());
        Conflict k = conflicts.get(0);
        assertEquals("operator", k.field());
        assertEquals("Op Alpha", k.base());
        assertEquals(aliceFirst ? "Bob's pick" : "Alice's pick", k.mine());
        assertEquals(aliceFirst ? "Alice's pick" : "Bob's pick", k.theirs());
        assertEquals(first.user, k.changedBy());
        assertEquals(
                aliceFirst ? "Bob's pick" : "Alice's pick",
                second.site("Alpha").operator(),
                "mine is kept until resolved");
        assertEquals("alice note", second.site("Alpha").notes(), "the field without conflict is merged");
        assertTrue(SiteSync.conflicts(first.project).isEmpty());
    }

    @Test
    void keepMineIsPushedAndTakeTheirsIsApplied() throws Exception {
        shareAlpha();
        alice.edit("Alpha", s -> s.withOperator("A-op").withOwner("A-owner"));
        alice.push();
        bob.edit("Alpha", s -> s.withOperator("B-op").withOwner("B-owner"));
        bob.push();
        List<Conflict> conflicts = SiteSync.conflicts(bob.project);
        assertEquals(
                Set.of("operator", "owner"),
                conflicts.stream().map(Conflict::field).collect(Collectors.toSet()));
        for (Conflict k : conflicts) {
            SiteSync.resolve(
                    bob.project,
                    k,
                    k.field().equals("operator") ? SiteSync.Resolution.KEEP_MINE : SiteSync.Resolution.TAKE_THEIRS);
        }
        assertTrue(SiteSync.conflicts(bob.project).isEmpty());
        assertEquals("A-owner", bob.site("Alpha").owner());
        SiteSync.PushReport report = bob.push();
        assertEquals(1, report.changed());
        alice.pull();
        for (Analyst a : List.of(alice, bob)) {
            assertEquals("B-op", a.site("Alpha").operator(), a.user);
            assertEquals("A-owner", a.site("Alpha").owner(), a.user);
        }
    }

    @Test
    void deletionsSyncAsTombstones() throws Exception {
        shareAlpha();
        alice.delete("Beta");
        assertEquals(1, alice.push().deleted());
        assertEquals(1, bob.pull().deleted());
        assertFalse(bob.find("Beta").isPresent());
        RegistryTestCluster.cluster().sql(alice.db, "SELECT 1");
        try (var c = RegistryTestCluster.cluster().superuser(alice.db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE deleted), count(*) FROM standoff.site")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "one tombstone");
            assertEquals(2, rs.getInt(2), "rows are never deleted");
        }
    }

    @Test
    void deletedHereButChangedThereIsAConflictThatCanBringTheSiteBack() throws Exception {
        shareAlpha();
        alice.edit("Beta", s -> s.withNotes("still running"));
        alice.push();
        bob.delete("Beta");
        SiteSync.PushReport report = bob.push();
        assertEquals(1, report.pulled().conflicts());
        assertEquals(0, report.deleted());
        Conflict k = SiteSync.conflicts(bob.project).get(0);
        assertEquals(Conflict.WHOLE_SITE, k.field());
        assertEquals("deleted", k.mine());
        SiteSync.resolve(bob.project, k, SiteSync.Resolution.TAKE_THEIRS);
        assertEquals("still running", bob.site("Beta").notes());
        bob.push();
        assertEquals(0, SiteSync.status(bob.project).added(), "the restored site is the registry's, not a new one");
    }

    @Test
    void deletedThereButChangedHereKeptMineRestoresItOnTheRegistry() throws Exception {
        shareAlpha();
        alice.delete("Beta");
        alice.push();
        bob.edit("Beta", s -> s.withNotes("it is back online"));
        bob.push();
        Conflict k = SiteSync.conflicts(bob.project).get(0);
        assertEquals("deleted", k.theirs());
        SiteSync.resolve(bob.project, k, SiteSync.Resolution.KEEP_MINE);
        assertEquals(1, bob.push().changed());
        alice.pull();
        assertEquals("it is back online", alice.site("Beta").notes());
    }

    @Test
    void pullingTwiceChangesNothing() throws Exception {
        shareAlpha();
        SiteSync.PullReport again = bob.pull();
        assertEquals(0, again.added() + again.changed() + again.deleted());
        assertEquals(2, bob.sites().size());
        SiteSync.PushReport nothing = bob.push();
        assertEquals(0, nothing.added() + nothing.changed() + nothing.deleted());
    }

    @Test
    void anEditSavedByTheAppAsAWholeProjectIsPushedAndTheLinkSurvivesTheSave() throws Exception {
        shareAlpha();
        org.standoff.model.Project p = org.standoff.io.store.ProjectFile.read(bob.project);
        List<MiningSite> sites = p.sites().stream()
                .map(s -> s.name().equals("Alpha") ? s.withOwner("Saved in the app") : s)
                .toList();
        org.standoff.io.store.ProjectFile.write(
                new org.standoff.model.Project(
                        p.name(), p.layers(), sites, p.zones(), p.ruleSets(), p.view(), p.settings()),
                bob.project);
        assertTrue(RegistryLink.settings(bob.project).isPresent(), "a save carries the link through");
        SiteSync.PushReport r = bob.push();
        assertEquals(1, r.changed());
        assertEquals(0, r.added());
        alice.pull();
        assertEquals("Saved in the app", alice.site("Alpha").owner());
    }

    @Test
    void anEditMadeByAnotherProgramInTheProjectFileIsPushed() throws Exception {
        shareAlpha();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + bob.project);
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE standoff_sites SET notes = 'edited in QGIS' WHERE name = 'Beta'");
        }
        assertEquals(1, bob.push().changed());
        alice.pull();
        assertEquals("edited in QGIS", alice.site("Beta").notes());
    }

    @Test
    void changesMadeWhileTheTrackingTriggersWereDroppedAreStillPushed() throws Exception {
        shareAlpha();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + bob.project);
                Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER standoff_registry_site_updated");
            s.executeUpdate("UPDATE standoff_sites SET notes = 'untracked edit' WHERE name = 'Alpha'");
        }
        assertEquals(1, bob.push().changed());
        alice.pull();
        assertEquals("untracked edit", alice.site("Alpha").notes());
    }

    @Test
    void aPushLooksOnlyAtSitesWrittenSinceTheLastSync() throws Exception {
        shareAlpha();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + bob.project);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM standoff_registry_dirty")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "a pull leaves nothing marked");
        }
        bob.edit("Beta", x -> x.withNotes("one edit"));
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + bob.project);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM standoff_registry_dirty")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
        assertEquals(1, SiteSync.status(bob.project).changed());
    }
}
