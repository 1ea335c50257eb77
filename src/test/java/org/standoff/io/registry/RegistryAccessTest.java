package org.standoff.io.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.io.registry.RegistryException.Problem;
import org.standoff.model.MiningSite;

/** Logins, roles, schema versions and the link: what each failure tells the user, and what each role may do. */
@Tag("registry")
@ExtendWith(RegistryTestCluster.class)
class RegistryAccessTest {

    @TempDir
    Path dir;

    String db;

    @BeforeEach
    void registry() throws Exception {
        db = RegistryTestCluster.newRegistry();
    }

    @AfterEach
    void noPasswordFile() {
        System.clearProperty("org.postgresql.pgpassfile");
    }

    @Test
    void wrongPasswordSaysSoAndNamesTheUser() {
        RegistryException e = assertThrows(
                RegistryException.class,
                () -> RegistryConnection.open(RegistryTestCluster.settings(db, "alice"), "not-it".toCharArray()));
        assertEquals(Problem.WRONG_PASSWORD, e.problem());
        assertTrue(e.getMessage().contains("refused the password of user alice"), e.getMessage());
        assertFalse(e.getMessage().contains("not-it"), "the message never shows the password");
    }

    @Test
    void aServerThatIsNotThereIsReportedAsDown() throws Exception {
        int unused;
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            unused = s.getLocalPort();
        }
        RegistrySettings nowhere = RegistrySettings.of("127.0.0.1", unused, db, null, "alice", SslMode.DISABLE);
        RegistryException e =
                assertThrows(RegistryException.class, () -> RegistryConnection.open(nowhere, "x".toCharArray()));
        assertEquals(Problem.SERVER_DOWN, e.problem());
        assertTrue(e.getMessage().contains("no PostgreSQL server answers at 127.0.0.1:" + unused), e.getMessage());
    }

    @Test
    void thePasswordComesFromThePasswordFileWhenNoneIsGiven() throws Exception {
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(
                pgpass,
                "127.0.0.1:" + RegistryTestCluster.cluster().port() + ":" + db + ":alice:"
                        + RegistryTestCluster.PASSWORD.replace("\\", "\\\\").replace(":", "\\:") + "\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try (RegistryConnection rc = RegistryConnection.open(RegistryTestCluster.settings(db, "alice"), null)) {
            assertEquals("alice", rc.currentUser());
        }
        RegistryException e = assertThrows(
                RegistryException.class, () -> RegistryConnection.open(RegistryTestCluster.settings(db, "bob"), null));
        assertEquals(Problem.NO_PASSWORD, e.problem(), e.getMessage());
        assertTrue(e.getMessage().contains("~/.pgpass"), e.getMessage());
    }

    @Test
    void eachRoleIsToldWhatItMayDo() throws Exception {
        assertEquals(new RegistryAccess("alice", true, true, false), access("alice"));
        assertEquals(new RegistryAccess("victor", true, false, false), access("victor"));
        assertEquals(new RegistryAccess("olga", true, true, true), access("olga"));
        assertTrue(
                access("victor").describe().contains("not edit"),
                access("victor").describe());
    }

    private RegistryAccess access(String user) throws Exception {
        try (RegistryConnection rc = RegistryTestCluster.connect(db, user)) {
            return RegistryAccess.of(rc);
        }
    }

    @Test
    void aViewerMayPullButItsPushIsRefusedAndItsSitesStayLocal() throws Exception {
        Analyst alice = new Analyst("alice", db, dir);
        alice.add(MiningSite.at("Alpha", -97, 32));
        alice.push();
        Analyst victor = new Analyst("victor", db, dir);
        assertEquals(1, victor.pull().added());
        victor.add(MiningSite.at("Victor's", -96, 33));
        RegistryException e = assertThrows(RegistryException.class, victor::push);
        assertEquals(Problem.NOT_ALLOWED, e.problem());
        assertTrue(e.getMessage().contains("standoff_editor"), e.getMessage());
        assertEquals(1, SiteSync.status(victor.project).added(), "the viewer's site is still pending");
    }

    @Test
    void theDatabaseItselfRefusesAViewersWrite() throws Exception {
        try (RegistryConnection rc = RegistryTestCluster.connect(db, "victor")) {
            SQLException e = assertThrows(
                    SQLException.class, () -> rc.jdbc().createStatement().executeUpdate("UPDATE site SET name = 'x'"));
            RegistryException translated = RegistryConnection.translate(e, rc.settings(), "changing sites");
            assertEquals(Problem.NOT_ALLOWED, translated.problem());
            assertTrue(
                    translated.getMessage().contains("user victor may not do this (changing sites)"),
                    translated.getMessage());
        }
    }

    @Test
    void aVersion1RegistryIsRefusedUntilInitUpgradesItKeepingItsSites() throws Exception {
        RegistryTestCluster.cluster().sql("postgres", "CREATE DATABASE " + db + "_v1");
        String v1 = db + "_v1";
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setUrl("jdbc:postgresql://127.0.0.1:" + RegistryTestCluster.cluster().port() + "/" + v1);
        ds.setUser(PgCluster.SUPERUSER);
        ds.setPassword(PgCluster.SUPERUSER_PASSWORD);
        org.flywaydb.core.Flyway.configure(RegistrySchema.class.getClassLoader())
                .dataSource(ds)
                .schemas("standoff")
                .createSchemas(true)
                .locations("classpath:org/standoff/io/registry/migration")
                .target("1")
                .placeholders(java.util.Map.of(
                        "viewer_role",
                        "standoff_viewer",
                        "editor_role",
                        "standoff_editor",
                        "owner_role",
                        "standoff_owner"))
                .load()
                .migrate();
        RegistryTestCluster.cluster().sql(v1, "GRANT standoff_editor TO alice");
        RegistryTestCluster.cluster()
                .sql(
                        v1,
                        "INSERT INTO standoff.site (uid, version, revision, geom, name, created_by, created_at, updated_by, "
                                + "updated_at) VALUES (gen_random_uuid(), 0, 0, public.ST_SetSRID(public.ST_MakePoint(-104.8, 41.1), 4326), 'Old', '', now(), '', now())");
        Analyst alice = new Analyst("alice", v1, dir);
        RegistryException older = assertThrows(RegistryException.class, alice::pull);
        assertEquals(Problem.OLDER_SCHEMA, older.problem());
        assertTrue(older.getMessage().contains("schema version 1, older than this Standoff's 2"), older.getMessage());
        try (RegistryConnection rc = RegistryConnection.open(
                RegistryTestCluster.settings(v1, PgCluster.SUPERUSER), PgCluster.SUPERUSER_PASSWORD.toCharArray())) {
            assertEquals("2", RegistrySchema.init(rc, PgCluster.SUPERUSER_PASSWORD.toCharArray()));
        }
        assertEquals(1, alice.pull().added(), "the version 1 sites are kept");
    }

    @Test
    void aRegistryFromANewerStandoffIsRefusedByEveryOperation() throws Exception {
        RegistryTestCluster.cluster()
                .sql(
                        db,
                        "INSERT INTO standoff.flyway_schema_history (installed_rank, version, description, type, script, "
                                + "installed_by, execution_time, success) VALUES (99, '3', 'from the future', 'SQL', 'V3__future.sql', 'postgres', 1, true)");
        Analyst alice = new Analyst("alice", db, dir);
        RegistryException pull = assertThrows(RegistryException.class, alice::pull);
        assertEquals(Problem.NEWER_SCHEMA, pull.problem());
        assertTrue(
                pull.getMessage().contains("made by a newer Standoff (schema version 3; this version works with 2)"),
                pull.getMessage());
        try (RegistryConnection rc = RegistryConnection.open(
                RegistryTestCluster.settings(db, PgCluster.SUPERUSER), PgCluster.SUPERUSER_PASSWORD.toCharArray())) {
            RegistryException init = assertThrows(
                    RegistryException.class, () -> RegistrySchema.init(rc, PgCluster.SUPERUSER_PASSWORD.toCharArray()));
            assertEquals(Problem.NEWER_SCHEMA, init.problem());
        }
    }

    @Test
    void aDatabaseWithoutARegistryIsNamedAsSuch() throws Exception {
        RegistryTestCluster.cluster().sql("postgres", "CREATE DATABASE empty_" + db);
        try (RegistryConnection rc = RegistryTestCluster.connect("empty_" + db, "alice")) {
            RegistryException e = assertThrows(RegistryException.class, () -> RegistrySchema.check(rc));
            assertEquals(Problem.NOT_A_REGISTRY, e.problem());
            assertTrue(e.getMessage().contains("standoff registry init"), e.getMessage());
        }
    }

    @Test
    void initTwiceChangesNothing() throws Exception {
        try (RegistryConnection rc = RegistryConnection.open(
                RegistryTestCluster.settings(db, PgCluster.SUPERUSER), PgCluster.SUPERUSER_PASSWORD.toCharArray())) {
            assertEquals(
                    RegistrySchema.SUPPORTED_VERSION,
                    RegistrySchema.init(rc, PgCluster.SUPERUSER_PASSWORD.toCharArray()));
        }
    }

    @Test
    void aProjectNeverSyncsWithAnotherRegistryByMistake() throws Exception {
        Analyst alice = new Analyst("alice", db, dir);
        alice.add(MiningSite.at("Alpha", -97, 32));
        alice.push();
        String other = RegistryTestCluster.newRegistry();
        RegistryTestCluster.cluster().sql(other, "UPDATE standoff.registry_info SET registry_id = gen_random_uuid()");
        RegistryLink.link(alice.project, RegistryTestCluster.settings(other, "alice"), false);
        try (RegistryConnection rc = RegistryTestCluster.connect(other, "alice")) {
            RegistryException e = assertThrows(
                    RegistryException.class, () -> SiteSync.pull(alice.project, rc, SyncOptions.defaults()));
            assertEquals(Problem.NOT_LINKED, e.problem());
            assertTrue(e.getMessage().contains("was synced with another registry"), e.getMessage());
        }
        RegistryLink.link(alice.project, RegistryTestCluster.settings(other, "alice"), true);
        try (RegistryConnection rc = RegistryTestCluster.connect(other, "alice")) {
            assertEquals(
                    1,
                    SiteSync.push(alice.project, rc, SyncOptions.defaults()).added(),
                    "after a reset its sites are new there");
        }
    }

    @Test
    void theLinkKeepsEverySettingButNeverThePassword() throws Exception {
        Analyst alice = new Analyst("alice", db, dir);
        RegistrySettings s = new RegistrySettings(
                "db.example.org",
                6543,
                "team",
                "team_sites",
                "alice",
                SslMode.VERIFY_FULL,
                "/etc/ssl/team-ca.pem",
                null);
        RegistryLink.link(alice.project, s, false);
        assertEquals(s, RegistryLink.settings(alice.project).orElseThrow());
        alice.pull(); // connects with the test settings and the password, which must not end up in the file
        byte[] file = Files.readAllBytes(alice.project);
        assertFalse(new String(file, StandardCharsets.ISO_8859_1).contains(RegistryTestCluster.PASSWORD));
    }

    @Test
    void aSchemaNameThatIsNotAPlainIdentifierIsRefused() {
        for (String bad : List.of("standoff\"; DROP SCHEMA public; --", "Standoff", "1abc", "a b", "x'y")) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> RegistrySettings.of("h", 0, "d", bad, "u", SslMode.REQUIRE),
                    bad);
        }
    }

    @Test
    void aHostThatWouldAddDriverParametersToTheUrlIsRefused() {
        for (String bad : List.of(
                "db.example.org/x?socketFactory=java.lang.Object", "h?sslfactory=x", "a&b", "a b", "h:5432/db", "-h")) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> RegistrySettings.of(bad, 0, "d", null, "u", SslMode.REQUIRE),
                    bad);
        }
        for (String ok : List.of("db.example.org", "10.0.0.7", "::1", "[fe80::1]", "localhost")) {
            assertEquals(
                    ok,
                    RegistrySettings.of(ok, 0, "d", null, "u", SslMode.REQUIRE).host());
        }
        assertEquals(
                "jdbc:postgresql://[::1]:5432/team%3Fx%3D1",
                RegistrySettings.of("::1", 0, "team?x=1", null, "u", SslMode.REQUIRE)
                        .jdbcUrl());
    }

    @Test
    void theServiceFileFillsInWhatTheSettingsLeaveOut() throws Exception {
        Path service = dir.resolve("pg_service.conf");
        Files.writeString(
                service,
                "[team]\nhost=127.0.0.1\nport=" + RegistryTestCluster.cluster().port() + "\ndbname=" + db
                        + "\nuser=alice\nsslmode=disable\n");
        System.setProperty("org.postgresql.pgservicefile", service.toString());
        try {
            RegistrySettings s = new RegistrySettings(null, 0, null, null, null, null, null, "team");
            try (RegistryConnection rc = RegistryConnection.open(s, RegistryTestCluster.PASSWORD.toCharArray())) {
                assertEquals("alice", rc.currentUser());
                assertEquals(db, rc.settings().database());
            }
        } finally {
            System.clearProperty("org.postgresql.pgservicefile");
        }
    }

    @Test
    void sqlConnectionsAreClosedAfterUse() throws Exception {
        Analyst alice = new Analyst("alice", db, dir);
        alice.pull();
        try (Connection c = RegistryTestCluster.cluster().superuser("postgres");
                var s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE usename = 'alice'")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }
}
