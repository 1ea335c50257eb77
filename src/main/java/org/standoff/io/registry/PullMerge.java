package org.standoff.io.registry;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.standoff.io.store.SiteStore;
import org.standoff.io.store.StoreException;
import org.standoff.model.MiningSite;

/**
 * Applies one batch of pulled changes to the project file, inside its transaction: a three-way
 * merge per field between the common {@link Base}, this project's site and the registry's.
 *
 * <p>A field only the registry changed is taken; a field only this project changed is kept (and
 * pushed later); a field both changed to the same value is simply agreed; a field both changed
 * differently becomes a {@link Conflict}, keeping this project's value until resolved. A site
 * deleted on one side and changed on the other is a {@link Conflict#WHOLE_SITE} conflict; deleted
 * on one side and untouched on the other, it is deleted on both. The base becomes the registry's
 * version in every case, so a change is merged once. Changes already seen (a version at or below
 * the base's, such as this project's own pushes coming back) are skipped: applying a batch twice
 * changes nothing. Not thread-safe; one per batch.
 */
final class PullMerge {

    /** What one batch did to the project. */
    record Counts(int added, int changed, int deleted, int unchanged, int conflicts) {
        Counts plus(Counts o) {
            return new Counts(
                    added + o.added,
                    changed + o.changed,
                    deleted + o.deleted,
                    unchanged + o.unchanged,
                    conflicts + o.conflicts);
        }
    }

    private final LocalCopy local;
    private final SiteStore sites;
    private final Instant now;
    private int added;
    private int changed;
    private int deleted;
    private int unchanged;
    private int conflicts;
    /** Local sites this batch left equal to their new base: their change marks are cleared. */
    private final List<Long> inSync = new ArrayList<>();

    PullMerge(LocalCopy local, SiteStore sites, Instant now) {
        this.local = local;
        this.sites = sites;
        this.now = now;
    }

    Counts apply(List<RemoteSite> batch) throws SQLException, StoreException {
        List<MiningSite> newSites = new ArrayList<>();
        List<RemoteSite> newRemote = new ArrayList<>();
        List<String> uids = new ArrayList<>(batch.size());
        batch.forEach(r -> uids.add(r.uid().toString()));
        Map<String, Base> known = local.bases(uids);
        for (RemoteSite r : batch) {
            Base b = known.get(r.uid().toString());
            if (b == null) {
                if (r.deleted()) {
                    unchanged++;
                } else {
                    newSites.add(r.site().withTimestamps(now, now));
                    newRemote.add(r);
                }
            } else if (b.version() >= r.version()) {
                unchanged++;
            } else {
                merge(b, r);
            }
        }
        if (!newSites.isEmpty()) {
            List<Long> ids = sites.insertAllNew(newSites);
            String created =
                    now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
            List<Base> bases = new ArrayList<>(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                RemoteSite r = newRemote.get(i);
                bases.add(
                        new Base(r.uid().toString(), ids.get(i), r.version(), false, created, Base.fieldsOf(r.site())));
            }
            local.putAll(bases);
            added += ids.size();
        }
        local.clean(inSync, local.dirtyMark());
        return new Counts(added, changed, deleted, unchanged, conflicts);
    }

    private void merge(Base b, RemoteSite r) throws SQLException, StoreException {
        String uid = b.uid();
        String[] theirs = Base.fieldsOf(r.site());
        MiningSite mine = b.siteId() == null ? null : sites.get(b.siteId()).orElse(null);
        if (mine != null
                && b.created() != null
                && mine.created() != null
                && !b.created().equals(mine.created().toString())) {
            mine = null; // the id now belongs to a new local site: the synced one was deleted here
        }
        if (b.version() == 0) {
            // this project's own insert, which reached the registry without the answer reaching us
            local.put(new Base(uid, mine == null ? null : b.siteId(), r.version(), r.deleted(), b.created(), theirs));
            if (mine != null && !r.deleted() && java.util.Arrays.equals(theirs, Base.fieldsOf(mine))) {
                inSync.add(mine.id());
            }
            unchanged++;
            return;
        }
        if (mine == null) {
            if (r.deleted()) {
                local.remove(uid);
                unchanged++;
            } else {
                conflict(new Conflict(
                        uid,
                        null,
                        r.site().name(),
                        Conflict.WHOLE_SITE,
                        null,
                        "deleted",
                        "changed",
                        r.version(),
                        r.updatedBy(),
                        at(r)));
                local.put(new Base(uid, null, r.version(), false, b.created(), theirs));
            }
            return;
        }
        Map<String, Conflict> existing = local.conflictsOf(uid);
        if (r.deleted()) {
            if (!b.differsFrom(mine) && existing.isEmpty()) {
                sites.delete(mine.id());
                local.remove(uid);
                inSync.add(mine.id());
                deleted++;
            } else {
                conflict(new Conflict(
                        uid,
                        mine.id(),
                        mine.name(),
                        Conflict.WHOLE_SITE,
                        null,
                        "changed",
                        "deleted",
                        r.version(),
                        r.updatedBy(),
                        at(r)));
                local.put(new Base(uid, mine.id(), r.version(), true, b.created(), b.fields()));
            }
            return;
        }
        if (existing.containsKey(Conflict.WHOLE_SITE)) {
            local.removeConflict(uid, Conflict.WHOLE_SITE); // they restored the site they had deleted: merge as usual
        }
        MiningSite merged = mine;
        for (SyncField f : SyncField.values()) {
            String base = b.field(f);
            String my = f.encode(mine);
            String their = theirs[f.ordinal()];
            boolean theyChanged = !Objects.equals(base, their);
            boolean iChanged = !Objects.equals(base, my);
            if (theyChanged && !iChanged) {
                merged = f.apply(merged, their);
            } else if (theyChanged && !Objects.equals(my, their)) {
                conflict(new Conflict(
                        uid, mine.id(), mine.name(), f.column(), base, my, their, r.version(), r.updatedBy(), at(r)));
            } else if (existing.containsKey(f.column()) && Objects.equals(my, their)) {
                local.removeConflict(uid, f.column()); // both sides now agree
            }
        }
        if (!merged.equals(mine)) {
            sites.update(merged);
            changed++;
        } else {
            unchanged++;
        }
        local.put(new Base(uid, mine.id(), r.version(), false, b.created(), theirs));
        if (java.util.Arrays.equals(theirs, Base.fieldsOf(merged))
                && local.conflictsOf(uid).isEmpty()) {
            inSync.add(mine.id());
        }
    }

    private void conflict(Conflict k) throws SQLException {
        local.putConflict(k);
        conflicts++;
    }

    private static String at(RemoteSite r) {
        return r.updatedAt();
    }
}
