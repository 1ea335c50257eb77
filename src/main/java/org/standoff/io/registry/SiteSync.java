package org.standoff.io.registry;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.standoff.io.registry.RegistryException.Problem;
import org.standoff.io.registry.RegistryServer.Change;
import org.standoff.io.registry.RegistryServer.Op;
import org.standoff.io.store.SiteStore;

/**
 * Syncs the sites of a project file with a team registry: {@link #pull} brings others' changes,
 * {@link #push} sends this project's (after pulling, as a push must start from the latest
 * versions).
 *
 * <p><b>Guarantees.</b> Every registry row has a version the database raises on each change; a
 * push of a change is taken only if the row still has the version this project last saw, so no
 * one's change is overwritten unseen. Conflicts (the same field changed on both sides since the
 * common base) are found by the pull of whoever syncs second, kept field by field in the
 * project ({@link #conflicts}) and never settled silently: the site is held back from pushes
 * until each field is resolved ({@link #resolve}). Deletions sync as tombstones. Work goes in
 * batches ({@link SyncOptions#batchSize()}); each batch is one transaction on each side, and a
 * pull's cursor moves in the same project transaction as the changes it covers, so a connection
 * dropped or a server restarted at any step leaves both sides consistent, and the next sync
 * finishes the job without duplicating or losing a change (a push whose answer was lost is
 * recognised by the next pull as already agreed).
 *
 * <p>A pull also brings the team's zones and rule sets, and a push by an owner publishes this
 * project's ({@link ItemSync}); their conflicts are listed and resolved with the sites'.
 *
 * <p><b>Does not</b> sync layers, or lock a site while someone
 * edits it: syncing is optimistic. An open project in the app must be saved before a sync and
 * reopened after it. Not thread-safe: one sync per project at a time. A pull reads the next
 * batch on a thread of its own while it writes the current one, on the connection given, which
 * the caller must not use until the pull returns.
 */
public final class SiteSync {

    /**
     * What a pull did. {@code conflicts} counts the site fields found in conflict in this pull;
     * {@code items} what it did to the team's zones and rule sets ({@link ItemSync}).
     */
    public record PullReport(
            int added, int changed, int deleted, int unchanged, int conflicts, long cursor, ItemSync.Report items) {}

    /**
     * What a push did, after its pull: sites added, changed and deleted on the registry;
     * {@code held} sites not sent because of open conflicts; {@code stale} changes refused because
     * someone changed the site in the meantime (sync again).
     */
    public record PushReport(
            PullReport pulled, int added, int changed, int deleted, int held, int stale, ItemSync.Report published) {}

    /** What a project has not synced yet, counted without asking the server. */
    public record LocalStatus(
            boolean linked, int synced, int added, int changed, int deleted, int held, int conflicts, long cursor) {}

    /** How to settle one {@link Conflict}. */
    public enum Resolution {
        /** Keep this project's value (or deletion); the next push sends it. */
        KEEP_MINE,
        /** Take the registry's value (or deletion), here and now. */
        TAKE_THEIRS
    }

    private SiteSync() {}

    /** Brings the registry's changes since the last pull into {@code project}. */
    public static PullReport pull(Path project, RegistryConnection rc, SyncOptions options) throws RegistryException {
        UUID registryId = RegistrySchema.check(rc);
        RegistryServer server = new RegistryServer(rc);
        long cursor = RegistryLink.update(project, l -> {
            RegistryLink.checkSame(l, project, registryId, rc.settings());
            return l.cursor();
        });
        PullMerge.Counts total = new PullMerge.Counts(0, 0, 0, 0, 0);
        int done = 0;
        // the next batch is read from the registry while this one is written to the project file:
        // the server, the driver's decoding and SQLite then work at once (reading changes nothing)
        ExecutorService fetcher = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "registry-pull-fetch");
            t.setDaemon(true);
            return t;
        });
        long first = cursor;
        Future<List<RemoteSite>> ahead = fetcher.submit(() -> server.changesAfter(first, options.batchSize()));
        try {
            while (!options.listener().cancelled()) {
                List<RemoteSite> batch = fetched(ahead, rc);
                ahead = null;
                if (batch.isEmpty()) {
                    break;
                }
                options.listener().step(SyncOptions.Step.PULL_FETCHED, done);
                long next = batch.get(batch.size() - 1).revision();
                if (batch.size() == options.batchSize()) {
                    ahead = fetcher.submit(() -> server.changesAfter(next, options.batchSize()));
                }
                PullMerge.Counts counts = RegistryLink.update(project, l -> {
                    l.bulkWrites();
                    l.putSetting(
                            LocalCopy.PULLING,
                            "1"); // within this transaction only: the sites it writes are not local changes
                    PullMerge.Counts c = new PullMerge(
                                    l,
                                    SiteStore.attach(connectionOf(l), options.clock()),
                                    options.clock().instant())
                            .apply(batch);
                    l.setCursor(next);
                    l.putSetting(LocalCopy.PULLING, null);
                    return c;
                });
                total = total.plus(counts);
                cursor = next;
                done += batch.size();
                options.listener().step(SyncOptions.Step.PULL_APPLIED, done);
                if (batch.size() < options.batchSize()) {
                    break;
                }
            }
        } finally {
            if (ahead != null) {
                awaitQuietly(ahead); // the connection is the caller's again only once the read ahead is over
            }
            fetcher.shutdown();
        }
        ItemSync.Report items = options.listener().cancelled() ? ItemSync.Report.NONE : ItemSync.pull(project, rc);
        return new PullReport(
                total.added(), total.changed(), total.deleted(), total.unchanged(), total.conflicts(), cursor, items);
    }

    private static List<RemoteSite> fetched(Future<List<RemoteSite>> batch, RegistryConnection rc)
            throws RegistryException {
        try {
            return batch.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw RegistryConnection.translate(sql, rc.settings(), "pulling");
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException(
                    Problem.OTHER,
                    rc.settings().where() + ": the pull was interrupted; what was done is kept. Pull again.",
                    e);
        }
    }

    private static void awaitQuietly(Future<?> f) {
        try {
            f.get();
        } catch (ExecutionException e) {
            // a read ahead whose batch is not used: its failure, if the connection is gone, shows at the next use
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Pulls, then sends this project's changes; see the class comment. */
    public static PushReport push(Path project, RegistryConnection rc, SyncOptions options) throws RegistryException {
        PullReport pulled = pull(project, rc, options);
        PushPlan.Pending pending = RegistryLink.update(
                project, l -> PushPlan.pending(l, SiteStore.attach(connectionOf(l), options.clock()), true));
        if (!pending.changes().isEmpty()) {
            RegistryAccess access = RegistryAccess.of(rc);
            if (!access.edit()) {
                throw new RegistryException(
                        Problem.NOT_ALLOWED,
                        rc.settings().where() + ": " + access.describe() + "; "
                                + pending.changes().size()
                                + " local changes stay in the project, unsent. Ask the registry's owner for the role "
                                + rc.settings().editorRole()
                                + ".");
            }
        }
        options.listener().step(SyncOptions.Step.PUSH_PREPARED, 0);
        RegistryServer server = new RegistryServer(rc);
        List<Change> changes = pending.changes();
        int added = 0;
        int changed = 0;
        int deleted = 0;
        int stale = 0;
        for (int from = 0; from < changes.size() && !options.listener().cancelled(); from += options.batchSize()) {
            List<Change> batch = changes.subList(from, Math.min(changes.size(), from + options.batchSize()));
            RegistryServer.Sent sent;
            try {
                sent = server.send(batch);
            } catch (SQLException e) {
                throw RegistryConnection.translate(e, rc.settings(), "pushing");
            }
            int done = from + batch.size();
            options.listener().step(SyncOptions.Step.PUSH_SENT, done);
            PushPlan.Recorded r = RegistryLink.update(project, l -> PushPlan.record(l, batch, sent, pending.mark()));
            added += r.added();
            changed += r.changed();
            deleted += r.deleted();
            stale += r.stale();
            options.listener().step(SyncOptions.Step.PUSH_RECORDED, done);
        }
        ItemSync.Report published =
                !options.listener().cancelled() && RegistryAccess.of(rc).manage()
                        ? ItemSync.publish(project, rc)
                        : ItemSync.Report.NONE;
        return new PushReport(pulled, added, changed, deleted, pending.held(), stale, published);
    }

    /** What {@code project} has not pushed yet, and its open conflicts; no server needed. */
    public static LocalStatus status(Path project) throws RegistryException {
        return RegistryLink.update(project, l -> {
            boolean linked = l.settings().containsKey("schema");
            PushPlan.Pending p =
                    PushPlan.pending(l, SiteStore.attach(connectionOf(l), java.time.Clock.systemUTC()), false);
            return new LocalStatus(
                    linked,
                    p.synced(),
                    p.count(Op.INSERT),
                    p.count(Op.UPDATE),
                    p.count(Op.TOMBSTONE),
                    p.held(),
                    l.conflicts(Map.of()).size()
                            + ItemSync.conflicts(l.connection()).size(),
                    l.cursor());
        });
    }

    /** The open conflicts of {@code project}, by site. */
    public static List<Conflict> conflicts(Path project) throws RegistryException {
        return RegistryLink.update(project, l -> {
            List<Conflict> items = ItemSync.conflicts(l.connection());
            List<Conflict> open = l.conflicts(Map.of());
            if (open.isEmpty()) {
                return items; // no need to read the sites (a 100,000-site pull spent a tenth of its CPU here)
            }
            Map<Long, String> names = new HashMap<>();
            SiteStore store = SiteStore.attach(connectionOf(l), java.time.Clock.systemUTC());
            for (Conflict k : open) {
                if (k.siteId() != null && !names.containsKey(k.siteId())) {
                    store.get(k.siteId()).ifPresent(s -> names.put(s.id(), s.name()));
                }
            }
            List<Conflict> all = new java.util.ArrayList<>(l.conflicts(names));
            all.addAll(items);
            return all;
        });
    }

    /** Settles one conflict in {@code project} (see {@link Resolution}); the next push sends the outcome. */
    public static void resolve(Path project, Conflict conflict, Resolution resolution) throws RegistryException {
        RegistryLink.update(project, l -> {
            if (ItemSync.isItem(conflict.uid())) {
                ItemSync.resolve(l.connection(), project.toString(), conflict, resolution);
            } else {
                ConflictResolver.resolve(
                        l, SiteStore.attach(connectionOf(l), java.time.Clock.systemUTC()), conflict, resolution);
            }
            return null;
        });
    }

    /** The registry id of the site {@code siteId} of {@code project}, or null when it was never synced. */
    public static String registryId(Path project, long siteId) throws RegistryException {
        return RegistryLink.update(project, l -> {
            for (Base b : l.bases()) {
                if (b.siteId() != null && b.siteId() == siteId && b.version() > 0) {
                    return b.uid();
                }
            }
            return null;
        });
    }

    private static java.sql.Connection connectionOf(LocalCopy l) {
        return l.connection();
    }
}
