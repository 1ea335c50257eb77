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
 * so the registry tests fail rather than pass silently. Not thread-safe.
 */
public final class PgCluster implements AutoCloseable {

    public static final String SUPERUSER = "postgres";
    public static final String SUPERUSER_PASSWORD = "super-" + UUID.randomUUID();

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final int port;
    private final boolean root;

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
        run(asServerUser(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "--pwfile=" + pw,
                "--auth-host=scram-sha-256", "--auth-local=reject", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"));
        port = freePort();
        start();
    }

    /** Starts the server (again, after {@link #stop}) on the same port and data. */
    void start() throws IOException, InterruptedException {
        run(asServerUser(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(), "-w", "-t", "30",
                "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off "
                        + "-c synchronous_commit=off -c full_page_writes=off -c max_connections=40",
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
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, SUPERUSER, SUPERUSER_PASSWORD);
    }

    /** Runs SQL as the superuser on {@code database}. */
    public void sql(String database, String... statements) throws SQLException {
        try (Connection c = superuser(database); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** Ends every other session of {@code user}, as a dropped socket would. */
    int terminateSessionsOf(String user) throws SQLException {
        try (Connection c = superuser("postgres"); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = '" + user.replace("'", "''")
                        + "' AND pid <> pg_backend_pid()")) {
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
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
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
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", command));
        }
        if (p.exitValue() != 0) {
            String server = Files.exists(dir.resolve("log")) ? Files.readString(dir.resolve("log")) : "";
            throw new IOException("failed (" + p.exitValue() + "): " + String.join(" ", command) + "\n" + Files.readString(log) + server);
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
            Process p = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
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
        throw new IllegalStateException("The registry tests need PostgreSQL 15 server binaries (initdb, pg_ctl), looked for in " + candidates
                + ". Install them: apt-get install -y postgresql-15 postgresql-15-postgis-3 (.ci/run does this on CI), "
                + "or point -Dstandoff.pg.bin at their folder.");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
