package org.standoff.io.registry;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One throwaway {@link PgCluster} for all registry test classes of a run, started by the first
 * and stopped when the run ends (JUnit's root store closes it), with login roles for the test
 * analysts: alice and bob (editors), victor (viewer), olga (owner). Each test makes its own
 * database ({@link #newRegistry}), so tests do not see each other's sites.
 */
public final class RegistryTestCluster implements BeforeAllCallback {

    public static final String PASSWORD = "s3cret-'quote\"";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String TEMPLATE = "regtemplate";
    private static PgCluster cluster;
    private static boolean templateReady;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RegistryTestCluster.class, k -> {
                    try {
                        cluster = new PgCluster(Path.of("target", "pg"));
                        for (String user : new String[] {"alice", "bob", "victor", "olga"}) {
                            cluster.sql(
                                    "postgres",
                                    "CREATE ROLE " + user + " LOGIN PASSWORD '" + PASSWORD.replace("'", "''") + "'");
                        }
                        return (AutoCloseable) () -> cluster.close();
                    } catch (Exception e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                });
    }

    public static PgCluster cluster() {
        return cluster;
    }

    /** A new database holding a registry made by the superuser, with the test analysts' roles granted. */
    public static synchronized String newRegistry() throws Exception {
        if (!templateReady) {
            cluster.sql("postgres", "CREATE DATABASE " + TEMPLATE);
            try (RegistryConnection rc = RegistryConnection.open(
                    settings(TEMPLATE, PgCluster.SUPERUSER), PgCluster.SUPERUSER_PASSWORD.toCharArray())) {
                RegistrySchema.init(rc, PgCluster.SUPERUSER_PASSWORD.toCharArray());
            }
            cluster.sql(
                    TEMPLATE,
                    "GRANT standoff_editor TO alice, bob",
                    "GRANT standoff_viewer TO victor",
                    "GRANT standoff_owner TO olga");
            templateReady = true;
        }
        String db = "reg" + DATABASES.incrementAndGet();
        // a copy of a registry made once by init: much faster than init per test (PostGIS takes a second)
        cluster.sql("postgres", "CREATE DATABASE " + db + " TEMPLATE " + TEMPLATE);
        return db;
    }

    public static RegistrySettings settings(String db, String user) {
        return RegistrySettings.of("127.0.0.1", cluster.port(), db, "standoff", user, SslMode.DISABLE);
    }

    static RegistryConnection connect(String db, String user) throws RegistryException {
        return RegistryConnection.open(settings(db, user), PASSWORD.toCharArray());
    }
}
