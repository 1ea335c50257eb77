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

    /**
     * What is pending: the changes to send, the sites held back by conflicts, how many of the
     * sites looked at were found in sync, and the change mark the list covers.
     */
    record Pending(List<Change> changes, int held, int synced, long mark) {
        int count(Op op) {
            return (int) changes.stream().filter(c -> c.op() == op).count();
        }
    }

    /** Above this many written sites, reading all sites at once is faster than one by one. */
    private static final int READ_ALL_ABOVE = 2000;

    private PushPlan() {}

    /**
     * Lists the pending changes, looking only at the sites written since they were last found
     * in sync ({@link LocalCopy#dirtySites}) and at bases whose site is gone. With {@code write},
     * also records what the list needs in the project file (registry ids for new sites, a reused
     * site id's old base set loose, bases of sites deleted on both sides dropped, the marks of
     * sites found in sync cleared); without, only looks.
     */
    static Pending pending(LocalCopy local, SiteStore store, boolean write) throws SQLException, StoreException {
        long mark = local.dirtyMark();
        Set<Long> dirty = local.dirtySites();
        List<MiningSite> sites = new ArrayList<>();
        if (dirty.size() > READ_ALL_ABOVE) {
            for (MiningSite s : store.all()) {
                if (dirty.contains(s.id())) {
                    sites.add(s);
                }
            }
        } else {
            for (long id : dirty) {
                store.get(id).ifPresent(sites::add);
            }
        }
        Set<String> conflicted = local.conflictedUids();
        Map<Long, Base> bySite = new HashMap<>();
        List<Base> loose = new ArrayList<>();
        for (Base b : dirty.size() > READ_ALL_ABOVE ? local.bases() : local.bases(dirty)) {
            if (b.siteId() == null) {
                loose.add(b);
            } else if (dirty.contains(b.siteId())) {
                bySite.put(b.siteId(), b);
            }
        }
        Set<Long> siteIds = new java.util.HashSet<>();
        sites.forEach(x -> siteIds.add(x.id()));
        Set<Long> baseSiteIds = new java.util.HashSet<>(bySite.keySet());
        List<Change> changes = new ArrayList<>();
        List<Long> inSync = new ArrayList<>();
        int held = 0;
        for (MiningSite s : sites) {
            Base b = bySite.remove(s.id());
            String created = s.created() == null ? null : s.created().toString();
            if (b != null
                    && b.created() != null
                    && created != null
                    && !b.created().equals(created)) {
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
                changes.add(new Change(Op.INSERT, uid, 0, s, s.id()));
            } else if (conflicted.contains(b.uid())) {
                held++;
            } else if (b.version() == 0) {
                changes.add(new Change(Op.INSERT, b.uid(), 0, s, s.id()));
            } else if (b.deleted() || b.differsFrom(s)) {
                changes.add(new Change(Op.UPDATE, b.uid(), b.version(), s, s.id()));
            } else {
                inSync.add(s.id());
            }
        }
        loose.addAll(bySite.values()); // dirty ids whose site is gone: deleted here
        for (Base b : loose) {
            if (conflicted.contains(b.uid())) {
                held++;
            } else if (b.version() == 0 || b.deleted()) {
                if (write) {
                    local.remove(b.uid()); // never known to the registry, or deleted on both sides
                }
                if (b.siteId() != null) {
                    inSync.add(b.siteId());
                }
            } else {
                changes.add(new Change(Op.TOMBSTONE, b.uid(), b.version(), null, b.siteId()));
            }
        }
        for (long id : dirty) {
            if (!siteIds.contains(id) && !baseSiteIds.contains(id)) {
                inSync.add(id); // added and deleted again before any push, or never synced: nothing to send
            }
        }
        if (write) {
            local.clean(inSync, mark);
        }
        return new Pending(
                changes,
                held,
                Math.max(
                        0,
                        local.linkedBases()
                                - (int) changes.stream()
                                        .filter(c -> c.op() == Op.UPDATE)
                                        .count()),
                mark);
    }

    /** What recording one sent batch did. */
    record Recorded(int added, int changed, int deleted, int stale) {}

    /** Records in the project file what the registry took of {@code batch}: the new versions become the bases. */
    static Recorded record(LocalCopy local, List<Change> batch, RegistryServer.Sent sent, long mark)
            throws SQLException {
        int added = 0;
        int changed = 0;
        int deleted = 0;
        int stale = 0;
        List<Long> recorded = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Change ch = batch.get(i);
            if (!sent.applied()[i]) {
                stale++; // changed on the registry meanwhile: the next pull merges it
                continue;
            }
            if (ch.siteId() != null) {
                recorded.add(ch.siteId());
            }
            Base old = local.base(ch.uid());
            String created = old == null ? null : old.created();
            switch (ch.op()) {
                case INSERT -> {
                    local.put(new Base(ch.uid(), ch.site().id(), 1, false, created, Base.fieldsOf(ch.site())));
                    added++;
                }
                case UPDATE -> {
                    local.put(new Base(
                            ch.uid(), ch.site().id(), ch.version() + 1, false, created, Base.fieldsOf(ch.site())));
                    changed++;
                }
                case TOMBSTONE -> {
                    local.remove(ch.uid());
                    deleted++;
                }
            }
        }
        local.clean(recorded, mark);
        if (sent.revisionBefore() == local.cursor()) {
            local.setCursor(sent.revisionAfter()); // nobody else wrote in between: our own changes need no pull
        }
        return new Recorded(added, changed, deleted, stale);
    }
}
