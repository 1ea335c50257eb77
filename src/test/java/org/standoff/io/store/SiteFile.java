package org.standoff.io.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.standoff.model.MiningSite;

/**
 * Test fixture: a GeoPackage opened for its sites alone, the way the registry's sync works on
 * the project file's connection ({@link SiteStore#attach}), closed with its connection. The
 * helpers that main code has no use for ({@link #insertAll}, {@link #count}) live here, not in
 * {@link SiteStore}.
 */
public final class SiteFile implements AutoCloseable {

    private final Connection connection;
    private final SiteStore store;

    private SiteFile(Connection connection, SiteStore store) {
        this.connection = connection;
        this.store = store;
    }

    public static SiteFile open(Path file) throws SQLException, StoreException {
        return open(file, Clock.systemUTC());
    }

    public static SiteFile open(Path file, Clock clock) throws SQLException, StoreException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            return new SiteFile(c, SiteStore.attach(c, clock));
        } catch (StoreException e) {
            c.close();
            throw e;
        }
    }

    public SiteStore store() {
        return store;
    }

    public Connection connection() {
        return connection;
    }

    public List<MiningSite> all() throws StoreException {
        return store.all();
    }

    public Optional<MiningSite> get(long id) throws StoreException {
        return store.get(id);
    }

    public int count() throws StoreException {
        return store.all().size();
    }

    public long insert(MiningSite site) throws StoreException {
        return store.insert(site);
    }

    /** One insert per site, for setting up a file; not one transaction. */
    public List<Long> insertAll(List<MiningSite> sites) throws StoreException {
        List<Long> ids = new ArrayList<>();
        for (MiningSite s : sites) {
            ids.add(store.insert(s));
        }
        return ids;
    }

    public List<Long> insertAllNew(List<MiningSite> sites) throws StoreException {
        return store.insertAllNew(sites);
    }

    public MiningSite update(MiningSite site) throws StoreException {
        return store.update(site);
    }

    /** Rewrites the sites in one transaction of the connection, as a save's many edits would. */
    public void updateAll(List<MiningSite> sites) throws SQLException, StoreException {
        connection.setAutoCommit(false);
        try {
            for (MiningSite s : sites) {
                store.update(s);
            }
            connection.commit();
        } finally {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    public boolean delete(long id) throws StoreException {
        return store.delete(id);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
