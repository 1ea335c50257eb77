package org.standoff.io.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.standoff.model.MiningSite;
import org.standoff.model.SiteProblem;
import org.standoff.model.SiteValidator;

/**
 * The mining sites of a Standoff GeoPackage: the {@code standoff_sites} feature table (schema
 * in {@link StandoffSchema} and {@code docs/SITES.md}).
 *
 * <p><b>Use.</b> A whole-file save loads every site at once ({@code ProjectWriter}); the team
 * registry's sync reads, inserts, updates and deletes single sites and bulk-inserts a pull's new ones on
 * the project file's own connection ({@link #attach}). Nothing else writes sites here: the app
 * edits sites in memory and saves the project.
 *
 * <p><b>Guarantees.</b> Attaching creates the GeoPackage core tables and the Standoff tables when
 * absent, and refuses files from a newer Standoff. Every write is all-or-nothing, in one
 * transaction (or one savepoint inside the caller's transaction). A site whose location is unusable (see {@link SiteValidator#locationProblems}) is
 * refused with a {@link StoreException}; every other doubtful value is stored as is. Inserting a
 * site with id 0 assigns a new id; a positive id is kept (so an undo can restore a deleted site
 * exactly) and must be free. On insert, {@code created_at} and {@code updated_at} are the site's
 * own when it has them (so an undone delete comes back unchanged), else now; an update keeps
 * {@code created_at} and sets {@code updated_at} to now.
 *
 * <p><b>Does not</b> build the rest of the project file (layers, zones, settings), make atomic
 * saves, or keep an undo history: callers keep the old records. It does not maintain an R-tree
 * index or the {@code gpkg_contents} bounds.
 *
 * <p><b>Thread safety.</b> Not thread-safe: use a store (and its connection) from one thread at
 * a time. The store never closes the connection; its owner does.
 */
public final class SiteStore {

    private final Connection connection;
    private final String what;
    private final Clock clock;
    private final SiteRows rows = new SiteRows();

    private SiteStore(Connection connection, String what, Clock clock) {
        this.connection = connection;
        this.what = what;
        this.clock = clock;
    }

    /**
     * Works on a connection the caller owns (e.g. the project file's), preparing its schema.
     */
    public static SiteStore attach(Connection connection, Clock clock) throws StoreException {
        Objects.requireNonNull(connection, "connection");
        StandoffSchema.prepare(connection, "the project file");
        return new SiteStore(connection, "the project file", clock);
    }

    /** Every site, by id. */
    public List<MiningSite> all() throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement(SiteRows.SELECT + " ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            List<MiningSite> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rows.read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw failure("cannot read sites", e);
        }
    }

    /** The site with {@code id}, if there is one. */
    public Optional<MiningSite> get(long id) throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement(SiteRows.SELECT + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rows.read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("cannot read site " + id, e);
        }
    }

    /** Stores a new site and returns its id (the site's own id when positive). */
    public long insert(MiningSite site) throws StoreException {
        return applyChanges(List.of(site), List.of()).get(0);
    }

    /**
     * Bulk load for a whole-file save: inserts every site with prepared-statement batches and
     * does not report the ids (SQLite assigns them to sites with id 0). Same checks and
     * timestamps as {@link #insert}; on any failure nothing is stored.
     */
    void loadAll(List<MiningSite> sites) throws StoreException {
        for (MiningSite s : sites) {
            checkStorable(s);
        }
        Instant now = clock.instant();
        try {
            Transactions.inTransaction(connection, () -> {
                try (PreparedStatement ps = connection.prepareStatement(SiteRows.INSERT)) {
                    int batched = 0;
                    for (MiningSite s : sites) {
                        rows.bindInsert(
                                ps,
                                s,
                                s.created() != null ? s.created() : now,
                                s.updated() != null ? s.updated() : now);
                        ps.addBatch();
                        if (++batched % 5000 == 0) {
                            ps.executeBatch();
                        }
                    }
                    ps.executeBatch();
                }
                touchContents(now);
                return null;
            });
        } catch (SQLException e) {
            throw failure("cannot save the sites (two with the same id?); nothing was saved", e);
        }
    }

    /**
     * Stores many new sites in one transaction with prepared-statement batches (for a sync that
     * brings thousands of sites at once) and returns their ids in order. The ids are given here,
     * each above every id the table has ever used (as SQLite's AUTOINCREMENT would give them), so
     * an id is never reused; the sites' own ids are ignored. Same checks and timestamps as
     * {@link #insert}; on any failure nothing is stored.
     */
    public List<Long> insertAllNew(List<MiningSite> sites) throws StoreException {
        long next;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = '"
                        + StandoffSchema.SITES_TABLE + "'), 0), coalesce((SELECT max(id) FROM "
                        + StandoffSchema.SITES_TABLE + "), 0))")) {
            next = rs.next() ? rs.getLong(1) + 1 : 1;
        } catch (SQLException e) {
            throw failure("cannot find a free site id", e);
        }
        List<MiningSite> numbered = new ArrayList<>(sites.size());
        List<Long> ids = new ArrayList<>(sites.size());
        for (MiningSite s : sites) {
            numbered.add(s.withId(next));
            ids.add(next++);
        }
        loadAll(numbered);
        return ids;
    }

    /** Rewrites an existing site (found by id) and returns it as stored now. */
    public MiningSite update(MiningSite site) throws StoreException {
        applyChanges(List.of(), List.of(site));
        return get(site.id()).orElseThrow();
    }

    /** Inserts {@code inserts} and rewrites {@code updates} (existing sites, by id) in one transaction; returns the new ids in order. */
    private List<Long> applyChanges(List<MiningSite> inserts, List<MiningSite> updates) throws StoreException {
        for (MiningSite s : inserts) {
            checkStorable(s);
        }
        for (MiningSite s : updates) {
            checkStorable(s);
        }
        Instant now = clock.instant();
        try {
            return Transactions.inTransaction(connection, () -> {
                List<Long> ids = new ArrayList<>(inserts.size());
                if (!inserts.isEmpty()) {
                    insertRows(inserts, now, ids);
                }
                if (!updates.isEmpty()) {
                    updateRows(updates, now);
                }
                touchContents(now);
                return ids;
            });
        } catch (SQLException e) {
            throw failure("nothing was saved", e);
        }
    }

    private void insertRows(List<MiningSite> sites, Instant now, List<Long> ids) throws SQLException, StoreException {
        try (PreparedStatement ps = connection.prepareStatement(SiteRows.INSERT);
                PreparedStatement lastId = connection.prepareStatement("SELECT last_insert_rowid()")) {
            for (MiningSite s : sites) {
                rows.bindInsert(
                        ps, s, s.created() != null ? s.created() : now, s.updated() != null ? s.updated() : now);
                try {
                    ps.executeUpdate();
                } catch (SQLException e) {
                    if (s.id() > 0 && get(s.id()).isPresent()) {
                        throw new StoreException(
                                what + ": a site with id " + s.id() + " already exists; nothing was saved", e);
                    }
                    throw e;
                }
                // What SQLite assigned, or the explicit id; asked on the same connection, so exact.
                try (ResultSet rs = lastId.executeQuery()) {
                    rs.next();
                    ids.add(rs.getLong(1));
                }
            }
        }
    }

    private void updateRows(List<MiningSite> sites, Instant now) throws SQLException, StoreException {
        try (PreparedStatement ps = connection.prepareStatement(SiteRows.UPDATE)) {
            for (MiningSite s : sites) {
                rows.bindUpdate(ps, s, now);
                if (ps.executeUpdate() != 1) {
                    throw new StoreException(
                            what + ": there is no site with id " + s.id() + " to update; nothing was saved");
                }
            }
        }
    }

    /** Deletes one site; false if there was none with that id. */
    public boolean delete(long id) throws StoreException {
        Instant now = clock.instant();
        try {
            return Transactions.inTransaction(connection, () -> {
                int n;
                try (PreparedStatement ps =
                        connection.prepareStatement("DELETE FROM " + StandoffSchema.SITES_TABLE + " WHERE id = ?")) {
                    ps.setLong(1, id);
                    n = ps.executeUpdate();
                }
                touchContents(now);
                return n == 1;
            });
        } catch (SQLException e) {
            throw failure("nothing was deleted", e);
        }
    }

    private void checkStorable(MiningSite s) throws StoreException {
        List<SiteProblem> problems = SiteValidator.locationProblems(s.lon(), s.lat());
        if (!problems.isEmpty() || s.id() < 0) {
            String name = s.name() == null ? "a site without a name" : "site \"" + s.name() + "\"";
            String why = s.id() < 0
                    ? "its id " + s.id() + " is negative"
                    : problems.get(0).message();
            throw new StoreException(what + ": cannot save " + name + ": " + why + " Nothing was saved.");
        }
    }

    /** GeoPackage readers use last_change to notice edits. */
    private void touchContents(Instant now) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE gpkg_contents SET last_change = ? WHERE table_name = '" + StandoffSchema.SITES_TABLE + "'")) {
            ps.setString(1, SiteRows.datetime(now));
            ps.executeUpdate();
        }
    }

    private StoreException failure(String doing, SQLException e) {
        return new StoreException(what + ": " + doing + " (" + e.getMessage() + ")", e);
    }
}
