package org.standoff.io.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.standoff.io.store.ProjectFile;
import org.standoff.model.FeatureFilter;
import org.standoff.model.LayerRole;
import org.standoff.model.Project;
import org.standoff.model.Rule;
import org.standoff.model.RuleSet;
import org.standoff.model.Zone;

/**
 * The team's zones and rule sets through the registry (issue #21): an owner publishes them,
 * everyone pulls them, merged field by field like sites, with conflicts shown and resolved;
 * editors and viewers may not publish (the database's grants).
 */
@Tag("registry")
@ExtendWith(RegistryTestCluster.class)
class ItemSyncTest {

    @TempDir
    Path dir;

    Analyst olga;
    Analyst alice;

    private static final Zone WARREN = new Zone(
            "z-warren",
            "F.E. Warren 1 mi",
            Zone.Kind.CIRCLE,
            null,
            FeatureFilter.ALL,
            new GeometryFactory().createPoint(new Coordinate(-104.8672, 41.1333)),
            List.of(Zone.Band.disc(1609.344)),
            false,
            "#cc0000",
            null);
    private static final RuleSet FEDERAL = new RuleSet(
            "rs-federal",
            "Federal (CFIUS)",
            List.of(new Rule(
                    "r-close",
                    "CFIUS close proximity",
                    LayerRole.INSTALLATIONS,
                    Zone.Band.disc(1609.344),
                    FeatureFilter.names(List.of("Warren")),
                    "31 CFR 802.203",
                    Rule.Status.IN_FORCE,
                    "")));

    @BeforeEach
    void anOwnerAndAnEditor() throws Exception {
        String db = RegistryTestCluster.newRegistry();
        olga = new Analyst("olga", db, dir);
        alice = new Analyst("alice", db, dir);
    }

    private static Project project(Analyst a) throws Exception {
        return ProjectFile.read(a.project);
    }

    private static void withZonesAndRules(Analyst a, List<Zone> zones, List<RuleSet> sets) throws Exception {
        Project p = project(a);
        ProjectFile.write(new Project(p.name(), p.layers(), p.sites(), zones, sets, p.view(), p.settings()), a.project);
    }

    private static void editZone(Analyst a, UnaryOperator<Zone> change) throws Exception {
        Project p = project(a);
        withZonesAndRules(a, p.zones().stream().map(change).toList(), p.ruleSets());
    }

    @Test
    void anOwnersZonesAndRuleSetsArriveWholeAtEveryone() throws Exception {
        withZonesAndRules(olga, List.of(WARREN), List.of(FEDERAL));
        SiteSync.PushReport pushed = olga.push();
        assertEquals(2, pushed.published().published());
        try (RegistryConnection rc = RegistryTestCluster.connect(olga.db, "olga")) {
            assertEquals(
                    "olga may read and edit sites, publish the team's zones and rule sets, and manage its roles",
                    RegistryAccess.of(rc).describe());
        }
        SiteSync.PullReport pulled = alice.pull();
        assertEquals(2, pulled.items().added());
        assertEquals(List.of(WARREN), project(alice).zones());
        assertEquals(List.of(FEDERAL), project(alice).ruleSets());
        assertEquals(0, alice.pull().items().added(), "pulled once only");
        assertEquals(0, olga.push().published().published(), "nothing new to publish");
    }

    @Test
    void fieldsChangedOnEachSideAreMergedWithoutConflict() throws Exception {
        withZonesAndRules(olga, List.of(WARREN), List.of());
        olga.push();
        alice.pull();
        editZone(olga, z -> z.withBands(List.of(Zone.Band.disc(16093.44))));
        olga.push();
        editZone(alice, z -> z.withColor("#0000ff"));
        SiteSync.PullReport r = alice.pull();
        assertEquals(1, r.items().changed());
        assertEquals(0, r.items().conflicts());
        Zone z = project(alice).zones().get(0);
        assertEquals(List.of(Zone.Band.disc(16093.44)), z.bands(), "theirs");
        assertEquals("#0000ff", z.color(), "mine, kept (alice may not publish it)");
    }

    @Test
    void theSameFieldChangedOnBothSidesIsAConflictUntilResolved() throws Exception {
        withZonesAndRules(olga, List.of(WARREN), List.of());
        olga.push();
        alice.pull();
        editZone(olga, z -> z.withName("Warren AFB, 1 mile"));
        olga.push();
        editZone(alice, z -> z.withName("Alice's Warren"));
        assertEquals(1, alice.pull().items().conflicts());
        List<Conflict> open = SiteSync.conflicts(alice.project);
        assertEquals(1, open.size());
        Conflict k = open.get(0);
        assertEquals("zone:z-warren", k.uid());
        assertEquals("name", k.field());
        assertEquals("F.E. Warren 1 mi", k.base());
        assertEquals("Alice's Warren", k.mine());
        assertEquals("Warren AFB, 1 mile", k.theirs());
        assertEquals("olga", k.changedBy());
        assertTrue(
                k.describe()
                        .startsWith(
                                "zone \"Alice's Warren\": name: base \"F.E. Warren 1 mi\", yours \"Alice's Warren\", theirs \"Warren AFB, 1 mile\""),
                k.describe());
        assertEquals("Alice's Warren", project(alice).zones().get(0).name(), "mine stays until chosen");
        SiteSync.resolve(alice.project, k, SiteSync.Resolution.TAKE_THEIRS);
        assertEquals("Warren AFB, 1 mile", project(alice).zones().get(0).name());
        assertTrue(SiteSync.conflicts(alice.project).isEmpty());
    }

    @Test
    void anOwnerWhoKeepsMinePublishesItOverTheOther() throws Exception {
        Analyst owner2 = new Analyst("olga", alice.db, java.nio.file.Files.createDirectory(dir.resolve("second")));
        withZonesAndRules(olga, List.of(WARREN), List.of());
        olga.push();
        owner2.pull();
        editZone(olga, z -> z.withName("First"));
        olga.push();
        editZone(owner2, z -> z.withName("Second"));
        SiteSync.PushReport held = owner2.push();
        assertEquals(1, held.published().held(), "a conflicted item is not published");
        SiteSync.resolve(owner2.project, SiteSync.conflicts(owner2.project).get(0), SiteSync.Resolution.KEEP_MINE);
        assertEquals(1, owner2.push().published().published());
        olga.pull();
        assertEquals("Second", project(olga).zones().get(0).name());
    }

    @Test
    void aDeletedZoneIsDeletedAtEveryoneWhoDidNotChangeIt() throws Exception {
        withZonesAndRules(olga, List.of(WARREN), List.of(FEDERAL));
        olga.push();
        alice.pull();
        withZonesAndRules(olga, List.of(), List.of(FEDERAL));
        olga.push();
        SiteSync.PullReport r = alice.pull();
        assertEquals(1, r.items().deleted(), r.items() + " " + SiteSync.conflicts(alice.project));
        assertEquals(List.of(), project(alice).zones());
        assertEquals(List.of(FEDERAL), project(alice).ruleSets());
    }

    @Test
    void anEditorsZonesStayInTheProjectAndTheDatabaseRefusesThemToo() throws Exception {
        withZonesAndRules(alice, List.of(WARREN), List.of());
        SiteSync.PushReport r = alice.push();
        assertEquals(0, r.published().published(), "alice is an editor, not an owner");
        assertEquals(List.of(WARREN), project(alice).zones());
        assertEquals(0, olga.pull().items().added());
        try (RegistryConnection rc = RegistryTestCluster.connect(alice.db, "alice");
                Statement s = rc.jdbc().createStatement()) {
            SQLException e = assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate(
                            "INSERT INTO shared_item (kind, item_id, version, revision, "
                                    + "name, body, published_by, published_at) VALUES ('zone', 'x', 0, 0, 'x', '{}', '', now())"));
            assertEquals("42501", e.getSQLState());
        }
    }

    @Test
    void publishingIsAuditedAppendOnly() throws Exception {
        withZonesAndRules(olga, List.of(WARREN), List.of());
        olga.push();
        editZone(olga, z -> z.withName("Renamed"));
        olga.push();
        try (var c = RegistryTestCluster.cluster().superuser(alice.db);
                Statement s = c.createStatement();
                var rs = s.executeQuery(
                        "SELECT string_agg(version || ' ' || changed_by || ' ' || (body->>'name'), '; ' ORDER BY id) "
                                + "FROM standoff.shared_item_history WHERE item_id = 'z-warren'")) {
            rs.next();
            assertEquals("1 olga F.E. Warren 1 mi; 2 olga Renamed", rs.getString(1));
            assertThrows(SQLException.class, () -> s.execute("DELETE FROM standoff.shared_item_history"));
        }
    }

    @Test
    void fieldsRoundTripExactly() {
        Zone ring = new Zone(
                "z2",
                "ring",
                Zone.Kind.LAYER_BUFFER,
                "layer-7",
                FeatureFilter.ids(java.util.Set.of(3L, 1L)),
                null,
                List.of(new Zone.Band(1609.344, 160934.4)),
                true,
                null,
                "r-ext");
        Map<String, String> f = SharedItems.fieldsOf(SharedItems.body(SharedItems.fields(ring)));
        assertEquals(ring, SharedItems.zone("z2", f));
        assertEquals(WARREN, SharedItems.zone(WARREN.id(), SharedItems.fields(WARREN)));
        assertEquals(
                FEDERAL,
                SharedItems.ruleSet(FEDERAL.id(), SharedItems.fieldsOf(SharedItems.body(SharedItems.fields(FEDERAL)))));
    }
}
