package org.standoff.io.registry;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.standoff.io.registry.RegistryException.Problem;
import org.standoff.io.store.ProjectFile;
import org.standoff.io.store.StoreException;

/**
 * A project file's link to a team registry: the connection settings kept in its
 * {@code standoff_registry} table (host, port, database, schema, user, sslmode, CA file, service
 * name; never a password), and the id of the registry it syncs with, remembered at the first
 * sync so that a project never merges with a different registry by mistake. Stateless.
 */
public final class RegistryLink {

    private RegistryLink() {}

    /**
     * Links {@code project} to the registry {@code settings} point at. With {@code reset}, or when
     * the project was never synced, the project forgets any earlier registry: its sites are new
     * to the next push. Without it, relinking keeps what was synced (a changed host name or port
     * of the same registry).
     */
    public static void link(Path project, RegistrySettings settings, boolean reset) throws RegistryException {
        update(project, l -> {
            if (reset) {
                l.reset();
                l.putSetting("registry_id", null);
            }
            l.putSetting("host", settings.host());
            l.putSetting("port", settings.port() == 0 ? null : Integer.toString(settings.port()));
            l.putSetting("database", settings.database());
            l.putSetting("schema", settings.schema());
            l.putSetting("user", settings.user());
            l.putSetting("sslmode", settings.sslMode().code());
            l.putSetting("sslrootcert", settings.sslRootCert());
            l.putSetting("service", settings.service());
            return null;
        });
    }

    /** The settings kept in {@code project}, or empty if it is not linked. */
    public static Optional<RegistrySettings> settings(Path project) throws RegistryException {
        Map<String, String> m;
        try {
            m = ProjectFile.query(
                    project,
                    c -> LocalCopy.isLinked(c) ? new LocalCopy.Reader(c).settings() : Map.<String, String>of());
        } catch (StoreException e) {
            throw new RegistryException(Problem.OTHER, e.getMessage(), e);
        }
        if (!m.containsKey("schema")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RegistrySettings(
                    m.get("host"),
                    m.get("port") == null ? 0 : Integer.parseInt(m.get("port")),
                    m.get("database"),
                    m.get("schema"),
                    m.get("user"),
                    m.get("sslmode") == null ? null : SslMode.parse(m.get("sslmode")),
                    m.get("sslrootcert"),
                    m.get("service")));
        } catch (IllegalArgumentException e) {
            throw new RegistryException(
                    Problem.BAD_SETTINGS,
                    project + ": the registry settings in standoff_registry are not usable (" + e.getMessage()
                            + "); link the project again.",
                    e);
        }
    }

    /** Remembers {@code id} at the first sync; refuses a registry other than the one remembered. */
    static void checkSame(LocalCopy l, Path project, UUID id, RegistrySettings s) throws SQLException, RegistryFailure {
        String known = l.settings().get("registry_id");
        if (known == null) {
            l.putSetting("registry_id", id.toString());
        } else if (!known.equals(id.toString())) {
            throw new RegistryFailure(new RegistryException(
                    Problem.NOT_LINKED,
                    project + " was synced with another registry (id " + known + "), not " + "the one at " + s.where()
                            + " (id " + id + "). Link it again with reset to sync its sites with this one as new."));
        }
    }

    /** Local work on the registry tables of a project file. */
    @FunctionalInterface
    interface LocalWork<T> {
        T run(LocalCopy l) throws SQLException, StoreException;
    }

    static <T> T update(Path project, LocalWork<T> work) throws RegistryException {
        try {
            return ProjectFile.update(project, c -> {
                try (LocalCopy l = new LocalCopy(c)) {
                    l.track();
                    return work.run(l);
                }
            });
        } catch (RegistryFailure f) {
            throw f.failure();
        } catch (StoreException e) {
            if (e.getCause() instanceof RegistryFailure f) {
                throw f.failure();
            }
            throw new RegistryException(Problem.OTHER, e.getMessage(), e);
        }
    }

    /**
     * Carries a {@link RegistryException} out of the project file's transaction (which takes only
     * store errors), so that the transaction is rolled back and the user sees the registry's words.
     */
    static final class RegistryFailure extends StoreException {
        private static final long serialVersionUID = 1L;
        private final RegistryException failure;

        RegistryFailure(RegistryException failure) {
            super(failure.getMessage(), failure);
            this.failure = failure;
        }

        RegistryException failure() {
            return failure;
        }
    }
}
