package org.standoff.io.registry;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.standoff.io.registry.RegistryServer.Change;
import org.standoff.io.registry.RegistryServer.Op;
import org.standoff.io.store.SiteStore;
import org.standoff.io.store.StoreException;
import org.standoff.model.MiningSite;

/**
 * The local changes of a project since its last sync, found by comparing every site with its
 * {@link Base}: new sites (no base; given a registry id here, before anything is sent, so a
 * retried insert is the same row), changed sites, deleted ones (a base without its site), and
 * sites restored after the registry deleted them. Sites with an open {@link Conflict} are held
 * back whole. Works inside the project file's transaction. Not thread-safe.
 */
final class PushPlan {

    /** What is pending: the changes to send, and the sites held back by conflicts. */
    record Pending(List<Change> changes, int held, int synced) {
        int count(Op op) {
            return (int) changes.stream().filter(c -> c.op() == op).count();
        }
    }

    private PushPlan() {
    }

    /**
     * Lists the pending changes. With {@code write}, also records what the list needs in the
     * project file (registry ids for new sites, a reused site id's old base set loose, bases of
     * sites deleted on both sides dropped); without, only looks.
     */
    static Pending pending(LocalCopy local, SiteStore store, boolean write) throws SQLException, StoreException {
        List<MiningSite> sites = store.all();
        Set<String> conflicted = local.conflictedUids();
        Map<Long, Base> bySite = new HashMap<>();
        List<Base> loose = new ArrayList<>();
        for (Base b : local.bases()) {
            if (b.siteId() == null) {
                loose.add(b);
            } else {
                bySite.put(b.siteId(), b);
            }
        }
        List<Change> changes = new ArrayList<>();
        int held = 0;
        int synced = 0;
        for (MiningSite s : sites) {
            Base b = bySite.remove(s.id());
            String created = s.created() == null ? null : s.created().toString();
            if (b != null && b.created() != null && created != null && !b.created().equals(created)) {
                Base old = new Base(b.uid(), null, b.version(), b.deleted(), b.created(), b.fields());
                loose.add(old); // the id was reused by a new site: the synced one was deleted
                if (write) {
                    local.put(old);
                }
                b = null;
            }
            if (b == null) {
                String uid = UUID.randomUUID().toString();
                if (write) {
                    local.put(new Base(uid, s.id(), 0, false, created, Base.NONE));
                }
                changes.add(new Change(Op.INSERT, uid, 0, s));
            } else if (conflicted.contains(b.uid())) {
                held++;
            } else if (b.version() == 0) {
                changes.add(new Change(Op.INSERT, b.uid(), 0, s));
            } else if (b.deleted() || b.differsFrom(s)) {
                changes.add(new Change(Op.UPDATE, b.uid(), b.version(), s));
            } else {
                synced++;
            }
        }
        loose.addAll(bySite.values());
        for (Base b : loose) {
            if (conflicted.contains(b.uid())) {
                held++;
            } else if (b.version() == 0 || b.deleted()) {
                if (write) {
                    local.remove(b.uid()); // never known to the registry, or deleted on both sides
                }
            } else {
                changes.add(new Change(Op.TOMBSTONE, b.uid(), b.version(), null));
            }
        }
        return new Pending(changes, held, synced);
    }

    /** What recording one sent batch did. */
    record Recorded(int added, int changed, int deleted, int stale) {}

    /** Records in the project file what the registry took of {@code batch}: the new versions become the bases. */
    static Recorded record(LocalCopy local, List<Change> batch, RegistryServer.Sent sent) throws SQLException {
        int added = 0;
        int changed = 0;
        int deleted = 0;
        int stale = 0;
        for (int i = 0; i < batch.size(); i++) {
            Change ch = batch.get(i);
            if (!sent.applied()[i]) {
                stale++; // changed on the registry meanwhile: the next pull merges it
                continue;
            }
            Base old = local.base(ch.uid());
            String created = old == null ? null : old.created();
            switch (ch.op()) {
                case INSERT -> {
                    local.put(new Base(ch.uid(), ch.site().id(), 1, false, created, Base.fieldsOf(ch.site())));
                    added++;
                }
                case UPDATE -> {
                    local.put(new Base(ch.uid(), ch.site().id(), ch.version() + 1, false, created, Base.fieldsOf(ch.site())));
                    changed++;
                }
                case TOMBSTONE -> {
                    local.remove(ch.uid());
                    deleted++;
                }
            }
        }
        if (sent.revisionBefore() == local.cursor()) {
            local.setCursor(sent.revisionAfter()); // nobody else wrote in between: our own changes need no pull
        }
        return new Recorded(added, changed, deleted, stale);
    }
}
