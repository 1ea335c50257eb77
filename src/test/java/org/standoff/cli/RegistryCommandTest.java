package org.standoff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.io.registry.PgCluster;
import org.standoff.io.registry.RegistryTestCluster;
import org.standoff.io.store.SiteFile;
import org.standoff.model.MiningSite;

/** {@code standoff registry ...} against a real PostgreSQL: exit codes and the messages a script or a user reads. */
@Tag("registry")
@ExtendWith(RegistryTestCluster.class)
class RegistryCommandTest extends CliTestSupport {

    @TempDir
    Path dir;

    String db;
    String port;
    Path pgpass;

    @BeforeEach
    void registryAndPasswordFile() throws Exception {
        db = RegistryTestCluster.newRegistry();
        port = Integer.toString(RegistryTestCluster.cluster().port());
        pgpass = dir.resolve("pgpass");
        String pw = RegistryTestCluster.PASSWORD.replace("\\", "\\\\").replace(":", "\\:");
        Files.writeString(
                pgpass,
                "127.0.0.1:" + port + ":*:alice:" + pw + "\n127.0.0.1:" + port + ":*:victor:" + pw + "\n127.0.0.1:"
                        + port + ":*:bob:wrong-password\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
    }

    @AfterEach
    void noPasswordFile() {
        System.clearProperty("org.postgresql.pgpassfile");
    }

    private Path project(String user) throws Exception {
        Path p = dir.resolve(user + ".gpkg");
        assertEquals(0, run("project", "new", p.toString()), err.toString());
        assertEquals(
                0,
                run(
                        "registry",
                        "link",
                        p.toString(),
                        "--host",
                        "127.0.0.1",
                        "--port",
                        port,
                        "--db",
                        db,
                        "--user",
                        user,
                        "--sslmode",
                        "disable"),
                err.toString());
        return p;
    }

    private static void addSite(Path p, MiningSite s) throws Exception {
        try (SiteFile store = SiteFile.open(p)) {
            store.insert(s);
        }
    }

    @Test
    void initMakesARegistryWithThePasswordFromStandardInput() throws Exception {
        RegistryTestCluster.cluster().sql("postgres", "CREATE DATABASE cli_" + db);
        InputStream stdin = System.in;
        try {
            System.setIn(
                    new ByteArrayInputStream((PgCluster.SUPERUSER_PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
            int code = run(
                    "registry",
                    "init",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    port,
                    "--db",
                    "cli_" + db,
                    "--user",
                    PgCluster.SUPERUSER,
                    "--sslmode",
                    "disable",
                    "--password-stdin");
            assertEquals(0, code, err.toString());
        } finally {
            System.setIn(stdin);
        }
        assertTrue(
                out.toString().contains("schema version 2; roles standoff_viewer, standoff_editor, standoff_owner"),
                out.toString());
    }

    @Test
    void pushPullAndStatusReportWhatTheyDid() throws Exception {
        Path alice = project("alice");
        addSite(alice, MiningSite.at("Alpha", -97, 32));
        assertEquals(0, run("registry", "push", alice.toString()), err.toString());
        assertTrue(out.toString().contains("pushed: 1 added, 0 changed, 0 deleted"), out.toString());
        Path victor = project("victor");
        assertEquals(0, run("registry", "pull", victor.toString()), err.toString());
        assertTrue(out.toString().contains("pulled: 1 added"), out.toString());
        assertEquals(0, run("registry", "status", alice.toString()), err.toString());
        assertTrue(out.toString().contains("synced sites: 1; not pushed: 0 added"), out.toString());
        assertTrue(out.toString().contains("role: alice may read and edit sites (not manage roles)"), out.toString());
        assertEquals(0, run("registry", "status", victor.toString()), err.toString());
        assertTrue(out.toString().contains("victor may read sites (not edit them: pull only)"), out.toString());
    }

    @Test
    void aWrongPasswordIsOneClearLineAndExitOne() throws Exception {
        Path bob = project("bob");
        assertEquals(1, run("registry", "pull", bob.toString()));
        assertTrue(err.toString().contains("the server refused the password of user bob"), err.toString());
        assertFalse(err.toString().contains("wrong-password"));
        assertFalse(err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void aViewersPushIsRefusedNamingTheRoleToAskFor() throws Exception {
        Path victor = project("victor");
        addSite(victor, MiningSite.at("Mine", -97, 32));
        assertEquals(1, run("registry", "push", victor.toString()));
        assertTrue(err.toString().contains("victor may read sites (not edit them: pull only)"), err.toString());
        assertTrue(
                err.toString().contains("ask the registry's owner for the role standoff_editor".replace("ask", "Ask")),
                err.toString());
    }

    @Test
    void aServerThatIsDownIsSaidSo() throws Exception {
        Path alice = project("alice");
        int unused;
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            unused = s.getLocalPort();
        }
        assertEquals(
                0,
                run(
                        "registry",
                        "link",
                        alice.toString(),
                        "--host",
                        "127.0.0.1",
                        "--port",
                        Integer.toString(unused),
                        "--db",
                        db,
                        "--user",
                        "alice",
                        "--sslmode",
                        "disable"));
        assertEquals(1, run("registry", "push", alice.toString()));
        assertTrue(err.toString().contains("no PostgreSQL server answers at 127.0.0.1:" + unused), err.toString());
        assertEquals(0, run("registry", "status", alice.toString(), "--offline"), err.toString());
    }

    @Test
    void aNewerRegistrySchemaIsRefused() throws Exception {
        RegistryTestCluster.cluster()
                .sql(
                        db,
                        "INSERT INTO standoff.flyway_schema_history (installed_rank, version, description, type, script, "
                                + "installed_by, execution_time, success) VALUES (99, '7', 'future', 'SQL', 'V7__future.sql', 'postgres', 1, true)");
        Path alice = project("alice");
        assertEquals(1, run("registry", "pull", alice.toString()));
        assertTrue(err.toString().contains("made by a newer Standoff (schema version 7"), err.toString());
    }

    @Test
    void conflictsAreListedAndResolvedFromTheCommandLine() throws Exception {
        Path alice = project("alice");
        addSite(alice, MiningSite.at("Alpha", -97, 32).withOperator("base"));
        run("registry", "push", alice.toString());
        Path alice2 = dir.resolve("laptop2.gpkg");
        assertEquals(0, run("project", "new", alice2.toString()));
        run(
                "registry",
                "link",
                alice2.toString(),
                "--host",
                "127.0.0.1",
                "--port",
                port,
                "--db",
                db,
                "--user",
                "alice",
                "--sslmode",
                "disable");
        run("registry", "pull", alice2.toString());
        edit(alice, "one");
        edit(alice2, "two");
        assertEquals(0, run("registry", "push", alice.toString()), err.toString());
        assertEquals(1, run("registry", "push", alice2.toString()), "a push that leaves a conflict exits 1");
        assertTrue(out.toString().contains("operator: base \"base\", yours \"two\", theirs \"one\""), out.toString());
        assertEquals(1, run("registry", "conflicts", alice2.toString()));
        assertEquals(
                0,
                run("registry", "resolve", alice2.toString(), "--field", "operator", "--keep", "theirs"),
                err.toString());
        assertEquals(0, run("registry", "conflicts", alice2.toString()));
        assertEquals(0, run("registry", "push", alice2.toString()), out.toString());
        try (SiteFile s = SiteFile.open(alice2)) {
            assertEquals("one", s.all().get(0).operator());
        }
    }

    private static void edit(Path p, String operator) throws Exception {
        try (SiteFile s = SiteFile.open(p)) {
            s.update(s.all().get(0).withOperator(operator));
        }
    }

    @Test
    void aProjectWithoutALinkIsToldHowToLinkIt() throws Exception {
        Path p = dir.resolve("plain.gpkg");
        run("project", "new", p.toString());
        assertEquals(1, run("registry", "pull", p.toString()));
        assertTrue(
                err.toString().contains("is not linked to a registry; link it first: standoff registry link"),
                err.toString());
    }
}
