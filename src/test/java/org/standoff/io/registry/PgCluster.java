package org.standoff.io.registry;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real, throwaway PostgreSQL 15 cluster for the registry tests: {@code initdb} under
 * {@code target/}, a free port on 127.0.0.1 only, no Unix socket, password (SCRAM) logins, fsync
 * off. When the JVM runs as root (CI does) the server runs as the unprivileged {@code postgres}
 * user through {@code runuser}, since PostgreSQL refuses to run as root. The binaries are looked
 * for in {@code -Dstandoff.pg.bin}, {@code /usr/lib/postgresql/15/bin}, then {@code pg_config
 * --bindir}; when none is found the constructor fails with a message saying what to install,
 * so the registry tests fail rather than pass silently.
 *
 * <p>TLS is on ({@code ssl=on}; clients that do not ask for it still connect in clear): a test
 * CA and a server certificate for the host name {@code localhost} only (not {@code 127.0.0.1})
 * are made with {@code openssl} when the cluster is made, with a second, unrelated CA beside
 * them ({@link #tls()}), so tests can prove {@code verify-full} refuses a wrong CA and a wrong
 * host name. Not thread-safe.
 */
public final class PgCluster implements AutoCloseable {

    public static final String SUPERUSER = "postgres";
    public static final String SUPERUSER_PASSWORD = "super-" + UUID.randomUUID();

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final int port;
    private final boolean root;
    private final Tls tls;

    /**
     * The cluster's TLS material: the CA that signed the server's certificate (for
     * {@code sslrootcert}), another CA that did not, and the one host name the certificate names.
     */
    public record Tls(Path caCert, Path otherCaCert, String hostName) {}

    public PgCluster(Path parent) throws IOException, InterruptedException {
        bin = findBin();
        root = "root".equals(System.getProperty("user.name"));
        Files.createDirectories(parent);
        dir = Files.createTempDirectory(parent.toAbsolutePath(), "pg-");
        data = dir.resolve("data");
        Path pw = dir.resolve("pw");
        Files.writeString(pw, SUPERUSER_PASSWORD + "\n", StandardCharsets.UTF_8);
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()));
        }
        run(asServerUser(
                bin.resolve("initdb").toString(),
                "-D",
                data.toString(),
                "-U",
                SUPERUSER,
                "--pwfile=" + pw,
                "--auth-host=scram-sha-256",
                "--auth-local=reject",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync"));
        tls = makeTls();
        port = freePort();
        start();
    }

    /** A CA, a server certificate it signs for localhost (copied into the data directory for the server), and an unrelated CA. */
    private Tls makeTls() throws IOException, InterruptedException {
        Path t = Files.createDirectory(dir.resolve("tls"));
        Path cnf = t.resolve("openssl.cnf");
        Files.writeString(
                cnf,
                String.join(
                        "\n",
                        "[req]",
                        "distinguished_name = dn",
                        "prompt = no",
                        "[dn]",
                        "CN = Standoff test",
                        "[ca]",
                        "basicConstraints = critical, CA:TRUE",
                        "keyUsage = critical, keyCertSign, cRLSign",
                        "subjectKeyIdentifier = hash",
                        "[server]",
                        "basicConstraints = CA:FALSE",
                        "keyUsage = critical, digitalSignature, keyEncipherment",
                        "extendedKeyUsage = serverAuth",
                        "subjectAltName = DNS:localhost",
                        ""));
        for (String ca : List.of("ca", "other-ca")) {
            run(List.of(
                    "openssl",
                    "req",
                    "-x509",
                    "-config",
                    cnf.toString(),
                    "-extensions",
                    "ca",
                    "-newkey",
                    "ec",
                    "-pkeyopt",
                    "ec_paramgen_curve:prime256v1",
                    "-nodes",
                    "-days",
                    "2",
                    "-subj",
                    "/CN=Standoff test " + ca,
                    "-keyout",
                    t.resolve(ca + ".key").toString(),
                    "-out",
                    t.resolve(ca + ".crt").toString()));
        }
        run(List.of(
                "openssl",
                "req",
                "-new",
                "-config",
                cnf.toString(),
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:prime256v1",
                "-nodes",
                "-subj",
                "/CN=localhost",
                "-keyout",
                data.resolve("server.key").toString(),
                "-out",
                t.resolve("server.csr").toString()));
        run(List.of(
                "openssl",
                "x509",
                "-req",
                "-in",
                t.resolve("server.csr").toString(),
                "-CA",
                t.resolve("ca.crt").toString(),
                "-CAkey",
                t.resolve("ca.key").toString(),
                "-CAcreateserial",
                "-days",
                "2",
                "-extfile",
                cnf.toString(),
                "-extensions",
                "server",
                "-out",
                data.resolve("server.crt").toString()));
        Files.setPosixFilePermissions(
                data.resolve("server.key"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        if (root) {
            run(List.of(
                    "chown",
                    "postgres:postgres",
                    data.resolve("server.key").toString(),
                    data.resolve("server.crt").toString()));
        }
        return new Tls(t.resolve("ca.crt"), t.resolve("other-ca.crt"), "localhost");
    }

    public Tls tls() {
        return tls;
    }

    /** Starts the server (again, after {@link #stop}) on the same port and data. */
    void start() throws IOException, InterruptedException {
        run(asServerUser(
                bin.resolve("pg_ctl").toString(),
                "-D",
                data.toString(),
                "-l",
                dir.resolve("log").toString(),
                "-w",
                "-t",
                "30",
                "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off "
                        + "-c synchronous_commit=off -c full_page_writes=off -c max_connections=40 -c ssl=on -c ssl_cert_file=server.crt "
                        + "-c ssl_key_file=server.key",
                "start"));
    }

    /** Stops the server at once, as a crash or a pulled cable would (the next start recovers). */
    void stop() throws IOException, InterruptedException {
        run(asServerUser(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
    }

    public int port() {
        return port;
    }

    /** A superuser connection to {@code database}. */
    public Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/" + database, SUPERUSER, SUPERUSER_PASSWORD);
    }

    /** Runs SQL as the superuser on {@code database}. */
    public void sql(String database, String... statements) throws SQLException {
        try (Connection c = superuser(database);
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** Ends every other session of {@code user}, as a dropped socket would. */
    int terminateSessionsOf(String user) throws SQLException {
        try (Connection c = superuser("postgres");
                Statement s = c.createStatement();
                var rs =
                        s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = '"
                                + user.replace("'", "''") + "' AND pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stop();
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private List<String> asServerUser(String... command) {
        List<String> out = new ArrayList<>();
        if (root) {
            out.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        out.addAll(List.of(command));
        return out;
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "cmd", ".log");
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", command));
        }
        if (p.exitValue() != 0) {
            String server = Files.exists(dir.resolve("log")) ? Files.readString(dir.resolve("log")) : "";
            throw new IOException("failed (" + p.exitValue() + "): " + String.join(" ", command) + "\n"
                    + Files.readString(log) + server);
        }
        Files.delete(log);
    }

    private static Path findBin() throws IOException, InterruptedException {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("standoff.pg.bin");
        if (property != null) {
            candidates.add(Path.of(property));
        }
        candidates.add(Path.of("/usr/lib/postgresql/15/bin"));
        try {
            Process p = new ProcessBuilder("pg_config", "--bindir")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() == 0 && !out.isEmpty()) {
                candidates.add(Path.of(out));
            }
        } catch (IOException e) {
            // no pg_config on the PATH: the fixed candidates decide
        }
        for (Path c : candidates) {
            if (Files.isExecutable(c.resolve("initdb")) && Files.isExecutable(c.resolve("pg_ctl"))) {
                return c;
            }
        }
        throw new IllegalStateException(
                "The registry tests need PostgreSQL 15 server binaries (initdb, pg_ctl), looked for in " + candidates
                        + ". Install them: apt-get install -y postgresql-15 postgresql-15-postgis-3 (.ci/run does this on CI), "
                        + "or point -Dstandoff.pg.bin at their folder.");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
