package org.standoff.io.registry;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.standoff.io.registry.SharedItems.Kind;
import org.standoff.io.store.ProjectParts;
import org.standoff.io.store.StoreException;
import org.standoff.model.RuleSet;
import org.standoff.model.Zone;

/**
 * Syncs the project's zones and rule sets with the registry's {@code shared_item} table, the way
 * {@link SiteSync} syncs sites: every item has a version the database raises; a pull merges each
 * item field by field against the base both sides last agreed on (kept in the project's
 * {@code standoff_registry_items}), taking what only the registry changed and keeping what only
 * this project changed; a field both changed differently becomes a {@link Conflict} (its uid
 * {@code zone:ID} or {@code rule_set:ID}), held until resolved, and the item is not published
 * meanwhile. Only owners publish ({@link RegistryAccess#manage()}; the database grants decide);
 * everyone pulls. Deletions sync as tombstones. A publish is one registry transaction that
 * changes an item only at the version this project last saw; its answer is recorded in one
 * project transaction, and an answer lost in between is recognised at the next pull (both sides
 * then agree). Items are few: each pull reads every item changed since its cursor at once.
 *
 * <p><b>Does not</b> publish layers: a layer-buffer zone names its layer by the project's layer
 * id, so it screens in another project only where that layer has the same id. Not thread-safe.
 */
public final class ItemSync {

    /** What a pull or publish did to zones and rule sets. */
    public record Report(int added, int changed, int deleted, int conflicts, int published, int held, int stale) {
        static final Report NONE = new Report(0, 0, 0, 0, 0, 0, 0);

        /** In words, empty when nothing happened. */
        public String describe() {
            List<String> parts = new ArrayList<>();
            if (added + changed + deleted > 0) {
                parts.add("zones and rule sets: " + added + " new, " + changed + " changed, " + deleted + " deleted");
            }
            if (published > 0) {
                parts.add(published + " zone(s) or rule set(s) published");
            }
            if (held > 0) {
                parts.add(held + " held back by conflicts");
            }
            if (stale > 0) {
                parts.add(stale + " changed meanwhile by another owner: sync again");
            }
            return String.join("; ", parts);
        }
    }

    static final String BASES = "standoff_registry_items";
    static final String CONFLICTS = "standoff_registry_item_conflicts";
    private static final String CURSOR = "item_cursor";

    private ItemSync() {}

    /** One item as the registry has it. */
    private record Remote(
            Kind kind,
            String id,
            int version,
            long revision,
            boolean deleted,
            Map<String, String> fields,
            String by,
            String at) {}

    /** An item's base: the registry's version and fields this project last agreed with. */
    private record ItemBase(int version, boolean deleted, Map<String, String> fields) {}

    /** Brings the registry's zone and rule-set changes since the last pull into {@code project}. */
    public static Report pull(Path project, RegistryConnection rc) throws RegistryException {
        long cursor = RegistryLink.update(project, l -> {
            tables(l.connection());
            String v = l.settings().get(CURSOR);
            return v == null ? 0L : Long.parseLong(v);
        });
        List<Remote> changes = new ArrayList<>();
        try (PreparedStatement ps = rc.jdbc()
                .prepareStatement(
                        "SELECT kind, item_id, version, revision, deleted, body::text, published_by, "
                                + "to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM shared_item WHERE revision > ? ORDER BY revision")) {
            rc.jdbc().setAutoCommit(true);
            ps.setLong(1, cursor);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changes.add(new Remote(
                            Kind.of(rs.getString(1)),
                            rs.getString(2),
                            rs.getInt(3),
                            rs.getLong(4),
                            rs.getBoolean(5),
                            SharedItems.fieldsOf(rs.getString(6)),
                            rs.getString(7),
                            rs.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw RegistryConnection.translate(e, rc.settings(), "pulling zones and rule sets");
        }
        if (changes.isEmpty()) {
            return Report.NONE;
        }
        long next = changes.get(changes.size() - 1).revision();
        return RegistryLink.update(project, l -> {
            Report r = new Merge(l.connection(), project.toString()).apply(changes);
            l.putSetting(CURSOR, Long.toString(next));
            return r;
        });
    }

    /** Sends this project's zone and rule-set changes; the caller has checked the role may ({@link RegistryAccess#manage()}). */
    public static Report publish(Path project, RegistryConnection rc) throws RegistryException {
        record Send(Kind kind, String id, String name, ItemBase base, Map<String, String> fields) {}
        List<Send> sends = new ArrayList<>();
        int[] held = {0};
        RegistryLink.update(project, l -> {
            Connection c = l.connection();
            tables(c);
            Map<String, ItemBase> bases = bases(c);
            Set<String> conflicted = conflicted(c);
            Map<String, Map<String, String>> mine = local(c, project.toString());
            Map<String, String> names = new LinkedHashMap<>();
            for (Map.Entry<String, Map<String, String>> e : mine.entrySet()) {
                names.put(e.getKey(), SharedItems.display(e.getValue().get("name")));
            }
            Set<String> all = new TreeSet<>(mine.keySet());
            all.addAll(bases.keySet());
            for (String key : all) {
                ItemBase b = bases.get(key);
                Map<String, String> m = mine.get(key);
                if (conflicted.contains(key)) {
                    held[0]++;
                } else if (m != null && (b == null || b.deleted() || !b.fields().equals(m))) {
                    sends.add(new Send(kindOf(key), idOf(key), names.get(key), b, m));
                } else if (m == null && b != null && !b.deleted()) {
                    sends.add(new Send(
                            kindOf(key),
                            idOf(key),
                            SharedItems.display(b.fields().get("name")),
                            b,
                            null)); // deleted here
                }
            }
            return null;
        });
        if (sends.isEmpty()) {
            return new Report(0, 0, 0, 0, 0, held[0], 0);
        }
        boolean[] taken = new boolean[sends.size()];
        Connection pg = rc.jdbc();
        try {
            pg.setAutoCommit(false);
            try (Statement s = pg.createStatement()) {
                s.execute("SET LOCAL synchronous_commit = on");
            }
            try (PreparedStatement ins = pg.prepareStatement(
                            "INSERT INTO shared_item (kind, item_id, version, revision, deleted, name, body, "
                                    + "published_by, published_at) VALUES (?, ?, 0, 0, false, ?, ?::jsonb, '', now()) ON CONFLICT (kind, item_id) DO NOTHING");
                    PreparedStatement upd =
                            pg.prepareStatement("UPDATE shared_item SET deleted = ?, name = ?, body = ?::jsonb "
                                    + "WHERE kind = ? AND item_id = ? AND version = ?")) {
                for (int i = 0; i < sends.size(); i++) {
                    Send s = sends.get(i);
                    String name = s.name() == null ? s.id() : s.name();
                    if (s.base() == null) {
                        ins.setString(1, s.kind().code);
                        ins.setString(2, s.id());
                        ins.setString(3, name);
                        ins.setString(4, SharedItems.body(s.fields()));
                        taken[i] = ins.executeUpdate() == 1;
                    } else {
                        upd.setBoolean(1, s.fields() == null);
                        upd.setString(2, name);
                        upd.setString(
                                3,
                                SharedItems.body(s.fields() == null ? s.base().fields() : s.fields()));
                        upd.setString(4, s.kind().code);
                        upd.setString(5, s.id());
                        upd.setInt(6, s.base().version());
                        taken[i] = upd.executeUpdate() == 1;
                    }
                }
            }
            pg.commit();
        } catch (SQLException e) {
            try {
                pg.rollback();
            } catch (SQLException again) {
                e.addSuppressed(again);
            }
            throw RegistryConnection.translate(e, rc.settings(), "publishing zones and rule sets");
        } finally {
            try {
                pg.setAutoCommit(true);
            } catch (SQLException closed) {
                // the connection is gone; the error above is the one to report
            }
        }
        return RegistryLink.update(project, l -> {
            Connection c = l.connection();
            int published = 0;
            int stale = 0;
            for (int i = 0; i < sends.size(); i++) {
                Send s = sends.get(i);
                if (!taken[i]) {
                    stale++; // another owner changed it (or took the id) meanwhile: the next pull merges it
                    continue;
                }
                published++;
                String key = key(s.kind(), s.id());
                int version = s.base() == null ? 1 : s.base().version() + 1;
                putBase(
                        c,
                        key,
                        new ItemBase(
                                version,
                                s.fields() == null,
                                s.fields() == null ? s.base().fields() : s.fields()));
            }
            return new Report(0, 0, 0, 0, published, held[0], stale);
        });
    }

    /** The open conflicts on zones and rule sets, as {@link Conflict}s whose uid is {@code kind:id}. */
    static List<Conflict> conflicts(Connection c) throws SQLException {
        tables(c);
        List<Conflict> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT item, field, base, mine, theirs, their_version, changed_by, "
                        + "changed_at, name FROM " + CONFLICTS + " ORDER BY item, field")) {
            while (rs.next()) {
                out.add(new Conflict(
                        rs.getString(1),
                        null,
                        rs.getString(9),
                        rs.getString(2),
                        SharedItems.display(rs.getString(3)),
                        SharedItems.display(rs.getString(4)),
                        SharedItems.display(rs.getString(5)),
                        rs.getInt(6),
                        rs.getString(7),
                        rs.getString(8)));
            }
        }
        return out;
    }

    /** True if {@code uid} names a zone or rule set rather than a site. */
    static boolean isItem(String uid) {
        return uid != null && (uid.startsWith(Kind.ZONE.code + ":") || uid.startsWith(Kind.RULE_SET.code + ":"));
    }

    /** Settles one conflict on a zone or rule set; the next publish sends the outcome. */
    static void resolve(Connection c, String what, Conflict k, SiteSync.Resolution how)
            throws SQLException, StoreException {
        tables(c);
        String raw;
        String theirs;
        try (PreparedStatement ps =
                c.prepareStatement("SELECT theirs FROM " + CONFLICTS + " WHERE item = ? AND field = ?")) {
            ps.setString(1, k.uid());
            ps.setString(2, k.field());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("the project has no open conflict on " + k.field() + " of " + k.uid()
                            + " (resolved already?)");
                }
                raw = rs.getString(1);
            }
        }
        theirs = raw;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + CONFLICTS + " WHERE item = ? AND field = ?")) {
            ps.setString(1, k.uid());
            ps.setString(2, k.field());
            ps.executeUpdate();
        }
        if (how == SiteSync.Resolution.KEEP_MINE) {
            return;
        }
        ItemBase b = bases(c).get(k.uid());
        Map<String, Map<String, String>> mine = local(c, what);
        Map<String, String> m = mine.get(k.uid());
        if (Conflict.WHOLE_SITE.equals(k.field())) {
            // take theirs whole: their deletion, or their version back
            write(c, what, k.uid(), b == null || b.deleted() ? null : b.fields());
            return;
        }
        if (m != null) {
            Map<String, String> changed = new LinkedHashMap<>(m);
            changed.put(k.field(), theirs);
            write(c, what, k.uid(), changed);
        }
    }

    private static final class Merge {
        private final Connection c;
        private final String what;
        private int added;
        private int changed;
        private int deleted;
        private int conflicts;

        Merge(Connection c, String what) {
            this.c = c;
            this.what = what;
        }

        Report apply(List<Remote> changes) throws SQLException, StoreException {
            Map<String, ItemBase> bases = bases(c);
            Map<String, Map<String, String>> mine = local(c, what);
            for (Remote r : changes) {
                String key = key(r.kind(), r.id());
                ItemBase b = bases.get(key);
                Map<String, String> m = mine.get(key);
                if (b != null && b.version() >= r.version()) {
                    continue; // seen already (this project's own publish coming back)
                }
                ItemBase theirs = new ItemBase(r.version(), r.deleted(), r.fields());
                if (r.deleted()) {
                    if (m == null) {
                        removeBase(c, key);
                    } else if (b != null && b.fields().equals(m) && !hasConflicts(key)) {
                        write(c, what, key, null);
                        mine.remove(key);
                        removeBase(c, key);
                        deleted++;
                    } else {
                        conflict(key, r, Conflict.WHOLE_SITE, null, "\"changed\"", "\"deleted\"", name(m, r));
                        putBase(c, key, new ItemBase(r.version(), true, b == null ? r.fields() : b.fields()));
                    }
                    continue;
                }
                if (m == null) {
                    if (b == null || b.deleted()) {
                        write(c, what, key, r.fields());
                        mine.put(key, r.fields());
                        added++;
                    } else {
                        conflict(
                                key,
                                r,
                                Conflict.WHOLE_SITE,
                                null,
                                "\"deleted\"",
                                "\"changed\"",
                                name(null, r)); // deleted here, changed there
                    }
                    putBase(c, key, theirs);
                    continue;
                }
                Map<String, String> base = b == null ? Map.of() : b.fields();
                Map<String, String> merged = new LinkedHashMap<>(m);
                Set<String> keys = new TreeSet<>(r.fields().keySet());
                keys.addAll(m.keySet());
                for (String f : keys) {
                    String was = base.get(f);
                    String my = m.get(f);
                    String their = r.fields().get(f);
                    boolean theyChanged = !Objects.equals(was, their);
                    boolean iChanged = !Objects.equals(was, my);
                    if (theyChanged && !iChanged) {
                        merged.put(f, their);
                    } else if (theyChanged && !Objects.equals(my, their)) {
                        conflict(key, r, f, was, my, their, name(m, r));
                    }
                }
                if (!merged.equals(m)) {
                    write(c, what, key, merged);
                    mine.put(key, merged);
                    changed++;
                }
                putBase(c, key, theirs);
            }
            return new Report(added, changed, deleted, conflicts, 0, 0, 0);
        }

        private boolean hasConflicts(String key) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + CONFLICTS + " WHERE item = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        }

        private static String name(Map<String, String> mine, Remote r) {
            String n = SharedItems.display(
                    mine != null ? mine.get("name") : r.fields().get("name"));
            return (r.kind() == Kind.ZONE ? "zone" : "rule set") + " \"" + (n == null ? r.id() : n) + "\"";
        }

        private void conflict(String key, Remote r, String field, String base, String mine, String theirs, String name)
                throws SQLException {
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT OR REPLACE INTO " + CONFLICTS + " (item, field, base, mine, theirs, "
                            + "their_version, changed_by, changed_at, name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, key);
                ps.setString(2, field);
                ps.setString(3, base);
                ps.setString(4, mine);
                ps.setString(5, theirs);
                ps.setInt(6, r.version());
                ps.setString(7, r.by());
                ps.setString(8, r.at());
                ps.setString(9, name);
                ps.executeUpdate();
            }
            conflicts++;
        }
    }

    private static void tables(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + BASES
                    + " (item TEXT PRIMARY KEY NOT NULL, version INTEGER NOT NULL, "
                    + "deleted INTEGER NOT NULL, body TEXT NOT NULL)");
            s.execute(
                    "CREATE TABLE IF NOT EXISTS " + CONFLICTS
                            + " (item TEXT NOT NULL, field TEXT NOT NULL, base TEXT, mine TEXT, theirs TEXT, "
                            + "their_version INTEGER NOT NULL, changed_by TEXT, changed_at TEXT, name TEXT, PRIMARY KEY (item, field))");
        }
    }

    private static Map<String, ItemBase> bases(Connection c) throws SQLException {
        Map<String, ItemBase> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT item, version, deleted, body FROM " + BASES)) {
            while (rs.next()) {
                out.put(
                        rs.getString(1),
                        new ItemBase(rs.getInt(2), rs.getInt(3) != 0, SharedItems.fieldsOf(rs.getString(4))));
            }
        }
        return out;
    }

    private static void putBase(Connection c, String key, ItemBase b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO " + BASES + " (item, version, deleted, body) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, key);
            ps.setInt(2, b.version());
            ps.setInt(3, b.deleted() ? 1 : 0);
            ps.setString(4, SharedItems.body(b.fields()));
            ps.executeUpdate();
        }
    }

    private static void removeBase(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + BASES + " WHERE item = ?")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }

    private static Set<String> conflicted(Connection c) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT DISTINCT item FROM " + CONFLICTS)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** This project's zones and rule sets, by {@code kind:id}, as fields. */
    private static Map<String, Map<String, String>> local(Connection c, String what)
            throws SQLException, StoreException {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Zone z : ProjectParts.zones(c, what)) {
            out.put(key(Kind.ZONE, z.id()), SharedItems.fields(z));
        }
        for (RuleSet r : ProjectParts.ruleSets(c, what)) {
            out.put(key(Kind.RULE_SET, r.id()), SharedItems.fields(r));
        }
        return out;
    }

    /** Puts an item into the project (replacing the one of that id, in place), or removes it ({@code fields} null). */
    private static void write(Connection c, String what, String key, Map<String, String> fields)
            throws SQLException, StoreException {
        String id = idOf(key);
        try {
            if (kindOf(key) == Kind.ZONE) {
                List<Zone> zones = new ArrayList<>(ProjectParts.zones(c, what));
                int at = indexOf(zones.stream().map(Zone::id).toList(), id);
                Zone z = fields == null ? null : SharedItems.zone(id, fields);
                place(zones, at, z);
                ProjectParts.replaceZones(c, what, zones);
            } else {
                List<RuleSet> sets = new ArrayList<>(ProjectParts.ruleSets(c, what));
                int at = indexOf(sets.stream().map(RuleSet::id).toList(), id);
                place(sets, at, fields == null ? null : SharedItems.ruleSet(id, fields));
                ProjectParts.replaceRuleSets(c, what, sets);
            }
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            throw new StoreException(
                    what + ": the registry's " + key + " cannot be used (" + e.getMessage() + "); it was not applied",
                    e);
        }
    }

    private static <T> void place(List<T> list, int at, T item) {
        if (item == null) {
            if (at >= 0) {
                list.remove(at);
            }
        } else if (at >= 0) {
            list.set(at, item);
        } else {
            list.add(item);
        }
    }

    private static int indexOf(List<String> ids, String id) {
        return ids.indexOf(id);
    }

    private static String key(Kind kind, String id) {
        return kind.code + ":" + id;
    }

    private static Kind kindOf(String key) {
        return Kind.of(key.substring(0, key.indexOf(':')));
    }

    private static String idOf(String key) {
        return key.substring(key.indexOf(':') + 1);
    }
}
