package org.standoff.io.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.standoff.model.Confidence;
import org.standoff.model.MiningSite;
import org.standoff.model.Parsed;
import org.standoff.model.SiteStatus;

/**
 * The registry side of a sync: reading changes after a cursor, and writing one batch of local
 * changes in one transaction. Every value is bound as a parameter. The columns mirror the
 * project file's sites table (a typed column plus the text as written for capacity and
 * foreign-controlled; status and confidence as code or text), so nothing written is lost and
 * PostGIS users see typed columns. Not thread-safe.
 */
final class RegistryServer {

    private static final String FIELDS =
            "name, operator, owner, owner_country, foreign_controlled, foreign_controlled_text, capacity_mw, "
                    + "capacity_text, status, address, source, confidence, notes";
    private static final String CHANGES =
            "SELECT uid, version, revision, deleted, public.ST_X(geom), public.ST_Y(geom), " + FIELDS
                    + ", updated_by, to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM site WHERE revision > ? "
                    + "ORDER BY revision LIMIT ?";
    private static final String INSERT = "INSERT INTO site (uid, version, revision, deleted, geom, " + FIELDS
            + ", created_by, created_at, updated_by, updated_at) VALUES (?, 0, 0, false, public.ST_SetSRID(public.ST_MakePoint(?, ?), 4326), "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', now(), '', now()) ON CONFLICT (uid) DO NOTHING";
    private static final String UPDATE =
            "UPDATE site SET deleted = false, geom = public.ST_SetSRID(public.ST_MakePoint(?, ?), 4326), "
                    + "name = ?, operator = ?, owner = ?, owner_country = ?, foreign_controlled = ?, foreign_controlled_text = ?, capacity_mw = ?, "
                    + "capacity_text = ?, status = ?, address = ?, source = ?, confidence = ?, notes = ? WHERE uid = ? AND version = ?";
    private static final String TOMBSTONE =
            "UPDATE site SET deleted = true WHERE uid = ? AND version = ? AND NOT deleted";

    private final Connection c;
    private final String schema;

    RegistryServer(RegistryConnection rc) {
        this.c = rc.jdbc();
        this.schema = rc.settings().schema();
    }

    /** Up to {@code limit} changes with a revision above {@code cursor}, oldest first. */
    List<RemoteSite> changesAfter(long cursor, int limit) throws SQLException {
        c.setAutoCommit(true);
        List<RemoteSite> out = new ArrayList<>(Math.min(limit, 10_000));
        try (PreparedStatement ps = c.prepareStatement(CHANGES)) {
            ps.setLong(1, cursor);
            ps.setInt(2, limit);
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    private static RemoteSite read(ResultSet rs) throws SQLException {
        MiningSite s = new MiningSite(
                0,
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getObject(11) != null ? Parsed.of(rs.getBoolean(11)) : Parsed.unrecognised(rs.getString(12)),
                rs.getObject(13) != null ? Parsed.of(rs.getDouble(13)) : Parsed.unrecognised(rs.getString(14)),
                SiteStatus.fromStored(rs.getString(15)),
                rs.getDouble(5),
                rs.getDouble(6),
                rs.getString(16),
                rs.getString(17),
                Confidence.fromStored(rs.getString(18)),
                rs.getString(19),
                null,
                null);
        return new RemoteSite(
                (UUID) rs.getObject(1),
                rs.getInt(2),
                rs.getLong(3),
                rs.getBoolean(4),
                s,
                rs.getString(20),
                rs.getString(21));
    }

    /** What to do to one registry row. */
    enum Op {
        INSERT,
        UPDATE,
        TOMBSTONE
    }

    /**
     * One change to send: {@code version} is the base version the update or tombstone expects;
     * {@code siteId} the local site it comes from (a tombstone's: the deleted site's, or null).
     */
    record Change(Op op, String uid, int version, MiningSite site, Long siteId) {}

    /**
     * What a batch did: per change, whether the registry took it (false: the row was changed by
     * someone else since the base, or an insert found the id taken), and the highest revision
     * before and after it, taken under the writers' lock.
     */
    record Sent(boolean[] applied, long revisionBefore, long revisionAfter) {}

    /** Writes {@code changes} in one transaction under the writers' lock; all or nothing. */
    Sent send(List<Change> changes) throws SQLException {
        c.setAutoCommit(false);
        try {
            try (Statement durable = c.createStatement()) {
                // an acknowledged commit must survive a server crash even where the server runs with
                // synchronous_commit off: the project records it as the new base right after
                durable.execute("SET LOCAL synchronous_commit = on");
            }
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, schema + ".site");
                lock.execute();
            }
            long before = maxRevision();
            boolean[] applied = new boolean[changes.size()];
            try (PreparedStatement ins = c.prepareStatement(INSERT);
                    PreparedStatement upd = c.prepareStatement(UPDATE);
                    PreparedStatement del = c.prepareStatement(TOMBSTONE)) {
                List<Integer> insIdx = new ArrayList<>();
                List<Integer> updIdx = new ArrayList<>();
                List<Integer> delIdx = new ArrayList<>();
                for (int i = 0; i < changes.size(); i++) {
                    Change ch = changes.get(i);
                    switch (ch.op()) {
                        case INSERT -> {
                            ins.setObject(1, UUID.fromString(ch.uid()));
                            ins.setDouble(2, ch.site().lon());
                            ins.setDouble(3, ch.site().lat());
                            bindFields(ins, 4, ch.site());
                            ins.addBatch();
                            insIdx.add(i);
                        }
                        case UPDATE -> {
                            upd.setDouble(1, ch.site().lon());
                            upd.setDouble(2, ch.site().lat());
                            bindFields(upd, 3, ch.site());
                            upd.setObject(16, UUID.fromString(ch.uid()));
                            upd.setInt(17, ch.version());
                            upd.addBatch();
                            updIdx.add(i);
                        }
                        case TOMBSTONE -> {
                            del.setObject(1, UUID.fromString(ch.uid()));
                            del.setInt(2, ch.version());
                            del.addBatch();
                            delIdx.add(i);
                        }
                    }
                }
                mark(applied, insIdx, insIdx.isEmpty() ? new int[0] : ins.executeBatch());
                mark(applied, updIdx, updIdx.isEmpty() ? new int[0] : upd.executeBatch());
                mark(applied, delIdx, delIdx.isEmpty() ? new int[0] : del.executeBatch());
            }
            long after = maxRevision();
            c.commit();
            return new Sent(applied, before, after);
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException again) {
                e.addSuppressed(again);
            }
            throw e;
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException closed) {
                // the connection is gone; the caller reports the first error
            }
        }
    }

    private static void mark(boolean[] applied, List<Integer> indexes, int[] counts) {
        for (int k = 0; k < counts.length; k++) {
            applied[indexes.get(k)] = counts[k] > 0 || counts[k] == Statement.SUCCESS_NO_INFO;
        }
    }

    private long maxRevision() throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(max(revision), 0) FROM site")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Binds name .. notes (13 parameters) from index {@code i}. */
    private static void bindFields(PreparedStatement ps, int i, MiningSite s) throws SQLException {
        ps.setString(i++, s.name());
        ps.setString(i++, s.operator());
        ps.setString(i++, s.owner());
        ps.setString(i++, s.ownerCountry());
        Boolean foreign = s.foreignControlled().value();
        if (foreign == null) {
            ps.setNull(i++, Types.BOOLEAN);
        } else {
            ps.setBoolean(i++, foreign);
        }
        ps.setString(i++, s.foreignControlled().text());
        Double mw = s.capacityMw().value();
        if (mw == null) {
            ps.setNull(i++, Types.DOUBLE);
        } else {
            ps.setDouble(i++, mw);
        }
        ps.setString(i++, s.capacityMw().text());
        ps.setString(i++, s.status().isEmpty() ? null : s.status().display(SiteStatus::code));
        ps.setString(i++, s.address());
        ps.setString(i++, s.source());
        ps.setString(i++, s.confidence().isEmpty() ? null : s.confidence().display(Confidence::code));
        ps.setString(i, s.notes());
    }

    /** One entry of a site's audit trail. */
    record HistoryRow(
            int version, String operation, String changedBy, Instant changedAt, String source, String changesJson) {}

    List<HistoryRow> history(UUID uid) throws SQLException {
        c.setAutoCommit(true);
        List<HistoryRow> out = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement("SELECT version, operation, changed_by, changed_at, source, changes::text "
                        + "FROM site_history WHERE site_uid = ? ORDER BY id")) {
            ps.setObject(1, uid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HistoryRow(
                            rs.getInt(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getTimestamp(4).toInstant(),
                            rs.getString(5),
                            rs.getString(6)));
                }
            }
        }
        return out;
    }
}
