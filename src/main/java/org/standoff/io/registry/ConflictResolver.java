package org.standoff.io.registry;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.standoff.io.registry.SiteSync.Resolution;
import org.standoff.io.store.SiteStore;
import org.standoff.io.store.StoreException;
import org.standoff.model.MiningSite;

/**
 * Settles one {@link Conflict} in the project file, inside its transaction. After a pull the
 * base is already the registry's version, so keeping mine only closes the conflict (the
 * difference from the base is then an ordinary local change, pushed next), and taking theirs
 * writes the registry's value into the site (or deletes it, or brings it back). Stateless.
 */
final class ConflictResolver {

    private ConflictResolver() {}

    static void resolve(LocalCopy l, SiteStore store, Conflict k, Resolution r) throws SQLException, StoreException {
        Conflict open = l.conflictsOf(k.uid()).get(k.field());
        Base b = l.base(k.uid());
        if (open == null || b == null) {
            throw new StoreException("the project has no open conflict on " + k.field() + " of site " + k.uid()
                    + " (resolved already?)");
        }
        if (r == Resolution.KEEP_MINE) {
            l.removeConflict(k.uid(), k.field());
            return;
        }
        if (!Conflict.WHOLE_SITE.equals(k.field())) {
            MiningSite site = store.get(b.siteId())
                    .orElseThrow(() -> new StoreException("site " + b.siteId() + " of the conflict is gone"));
            store.update(SyncField.ofColumn(k.field()).apply(site, open.theirs()));
            l.removeConflict(k.uid(), k.field());
            return;
        }
        if ("deleted".equals(open.mine())) {
            // deleted here, changed there: bring the registry's version back
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            MiningSite site = MiningSite.at(null, 0, 0);
            for (SyncField f : SyncField.values()) {
                site = f.apply(site, b.field(f));
            }
            long id = store.insert(site.withTimestamps(now, now));
            l.removeConflicts(k.uid());
            l.put(new Base(b.uid(), id, b.version(), false, now.toString(), b.fields()));
        } else {
            // deleted there, changed here: delete it here too
            if (b.siteId() != null) {
                store.delete(b.siteId());
            }
            l.remove(k.uid());
        }
    }
}
