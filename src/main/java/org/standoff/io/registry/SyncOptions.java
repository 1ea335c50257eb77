package org.standoff.io.registry;

import java.time.Clock;
import java.util.Objects;

/**
 * How a sync runs: how many sites go in one batch (one registry transaction and one project
 * file transaction each, the unit a dropped connection can cut between), who hears of progress
 * and may cancel, and the clock that stamps sites added by a pull. Immutable.
 */
public record SyncOptions(int batchSize, Listener listener, Clock clock) {

    /** The steps a listener hears of; after each, what it covers is committed on the side named. */
    public enum Step {
        /** A batch of changes was read from the registry (nothing written yet). */
        PULL_FETCHED,
        /** That batch and the cursor after it are committed in the project file. */
        PULL_APPLIED,
        /** The local changes to push are listed and new sites given registry ids (committed in the project file). */
        PUSH_PREPARED,
        /** A batch of local changes is committed in the registry, not yet recorded in the project file. */
        PUSH_SENT,
        /** That batch's new versions are committed in the project file. */
        PUSH_RECORDED
    }

    /** Progress and cancel. A listener that throws aborts the sync at that step (tests use this). */
    public interface Listener {
        /** @param done sites handled so far in this pull or push */
        void step(Step step, int done);

        /** Polled between batches; the sync stops there, consistent, when true. */
        default boolean cancelled() {
            return false;
        }
    }

    public static final Listener SILENT = (step, done) -> {};

    public SyncOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(clock, "clock");
    }

    /** Batches of 20,000, no listener, the system clock. */
    public static SyncOptions defaults() {
        return new SyncOptions(20_000, SILENT, Clock.systemUTC());
    }

    public SyncOptions withListener(Listener l) {
        return new SyncOptions(batchSize, l, clock);
    }

    public SyncOptions withBatchSize(int n) {
        return new SyncOptions(n, listener, clock);
    }
}
