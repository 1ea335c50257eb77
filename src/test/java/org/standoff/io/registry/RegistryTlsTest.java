package org.standoff.io.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.io.registry.RegistryException.Problem;

/**
 * A real TLS server (issue #21): the test cluster runs with {@code ssl=on} and a certificate for
 * {@code localhost} signed by a CA made at test time ({@link PgCluster#tls()}). With
 * {@code verify-full} the app connects over TLS only to that server under that name, and says
 * plainly why when the CA or the host name is wrong.
 */
@Tag("registry")
@ExtendWith(RegistryTestCluster.class)
class RegistryTlsTest {

    @TempDir
    Path dir;

    private String db;
    private PgCluster.Tls tls;

    @BeforeEach
    void registry() throws Exception {
        db = RegistryTestCluster.newRegistry();
        tls = RegistryTestCluster.cluster().tls();
    }

    private RegistrySettings settings(String host, SslMode mode, Path ca) {
        return new RegistrySettings(
                host,
                RegistryTestCluster.cluster().port(),
                db,
                "standoff",
                "alice",
                mode,
                ca == null ? null : ca.toString(),
                null);
    }

    private static boolean overTls(RegistryConnection rc) throws Exception {
        try (Statement s = rc.jdbc().createStatement();
                ResultSet rs = s.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    @Test
    void verifyFullConnectsOverTlsToTheServerItsCaSigned() throws Exception {
        try (RegistryConnection rc = RegistryConnection.open(
                settings(tls.hostName(), SslMode.VERIFY_FULL, tls.caCert()),
                RegistryTestCluster.PASSWORD.toCharArray())) {
            assertTrue(overTls(rc));
            RegistrySchema.check(rc);
            assertEquals("alice", rc.currentUser());
        }
    }

    @Test
    void aCertificateFromAnotherCaIsRefused() {
        RegistryException e = assertThrows(
                RegistryException.class,
                () -> RegistryConnection.open(
                        settings(tls.hostName(), SslMode.VERIFY_FULL, tls.otherCaCert()),
                        RegistryTestCluster.PASSWORD.toCharArray()));
        assertEquals(Problem.TLS, e.problem());
        assertTrue(
                e.getMessage().contains("not signed by the CA in " + tls.otherCaCert())
                        && e.getMessage().contains("Nothing was sent"),
                e.getMessage());
    }

    @Test
    void aHostNameTheCertificateDoesNotNameIsRefused() {
        RegistryException e = assertThrows(
                RegistryException.class,
                () -> RegistryConnection.open(
                        settings("127.0.0.1", SslMode.VERIFY_FULL, tls.caCert()),
                        RegistryTestCluster.PASSWORD.toCharArray()));
        assertEquals(Problem.TLS, e.problem());
        assertTrue(
                e.getMessage().contains("is not for the host name 127.0.0.1")
                        && e.getMessage().contains("Nothing was sent"),
                e.getMessage());
    }

    @Test
    void verifyCaChecksTheCaButNotTheName() throws Exception {
        try (RegistryConnection rc = RegistryConnection.open(
                settings("127.0.0.1", SslMode.VERIFY_CA, tls.caCert()), RegistryTestCluster.PASSWORD.toCharArray())) {
            assertTrue(overTls(rc));
        }
        RegistryException e = assertThrows(
                RegistryException.class,
                () -> RegistryConnection.open(
                        settings("127.0.0.1", SslMode.VERIFY_CA, tls.otherCaCert()),
                        RegistryTestCluster.PASSWORD.toCharArray()));
        assertEquals(Problem.TLS, e.problem());
    }

    @Test
    void verifyFullWithoutACaFileSaysWhichFileIsMissing() {
        Path missing = dir.resolve("no-such-ca.crt");
        RegistryException e = assertThrows(
                RegistryException.class,
                () -> RegistryConnection.open(
                        settings(tls.hostName(), SslMode.VERIFY_FULL, missing),
                        RegistryTestCluster.PASSWORD.toCharArray()));
        assertEquals(Problem.TLS, e.problem());
        assertTrue(e.getMessage().contains("cannot read the CA certificate " + missing), e.getMessage());
    }

    @Test
    void disableStaysInClearAgainstTheSameServer() throws Exception {
        try (RegistryConnection rc = RegistryConnection.open(
                settings("127.0.0.1", SslMode.DISABLE, null), RegistryTestCluster.PASSWORD.toCharArray())) {
            assertEquals(false, overTls(rc));
        }
    }
}
