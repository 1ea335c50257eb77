package org.standoff.analysis;

/**
 * Receives progress from a long operation and may ask it to stop.
 *
 * <p>Implementations must be thread-safe: {@link #progress} is called from worker threads,
 * concurrently, in no particular order of {@code done} (which only grows per call site).
 */
public interface ProgressListener {

    /** A listener that ignores progress and never cancels. */
    ProgressListener NONE = (done, total) -> {};

    /** {@code done} of {@code total} items are finished. */
    void progress(long done, long total);

    /** Polled between batches; once true, the operation stops with a {@link java.util.concurrent.CancellationException}. */
    default boolean isCancelled() {
        return false;
    }
}
